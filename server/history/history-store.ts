import { and, asc, desc, eq, gte, inArray, isNull, lt, min, or, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { LibSQLDatabase } from 'drizzle-orm/libsql';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import { chunks, MAX_PARAMS, rowsPerInsert, writeBatch } from './batches.ts';
import { capabilityChanges, type historyTables, serverCapabilities, statusSpans, sweeps, syncRecords } from './db-schema.ts';
import { planCapabilities, type CapabilitySet } from './plan-capabilities.ts';
import { planSpans, planSyncSpans, type Observation, type OpenSpan, type SyncAnswered } from './plan-spans.ts';

/**
 * The store's database on either host: libSQL on Node (drizzle-orm/libsql), D1 on the Worker (drizzle-orm/d1). Both
 * are drizzle's async SQLite with `batch`, which every write goes through.
 */
export type HistoryDb = BaseSQLiteDatabase<'async', unknown, typeof historyTables> & Pick<LibSQLDatabase<typeof historyTables>, 'batch'>;
export type SpanRow = typeof statusSpans.$inferSelect;
export type CapabilityChangeRow = typeof capabilityChanges.$inferSelect;
export type SyncRow = typeof syncRecords.$inferSelect;
export type SweepRow = typeof sweeps.$inferSelect;
export type NewSyncRecord = Omit<typeof syncRecords.$inferInsert, 'id'>;

export interface SweepSummary {
  startedAt: number;
  finishedAt: number;
  requests: number;
  portals: number;
  servers: number;
  outcome: 'complete' | 'failed';
  error: string | null;
}

export interface SweepInput {
  accountId: string;
  observations: readonly Observation[];
  capabilities: readonly CapabilitySet[];
  portalsSeen: ReadonlySet<string>;
  complete: boolean;
  at: number;
  gapMs: number;
  sweep: SweepSummary;
}

export interface SeedRows {
  spans: (typeof statusSpans.$inferInsert)[];
  capabilities: (typeof serverCapabilities.$inferInsert)[];
  capabilityChanges: (typeof capabilityChanges.$inferInsert)[];
  syncs: (typeof syncRecords.$inferInsert)[];
}

/** Sweeps are the monitor's own log, not history: two days are enough to see how it has been doing. */
const SWEEP_RETENTION_MS = 2 * 86_400_000;

export function createHistoryStore(db: HistoryDb) {
  const write = (statements: BatchItem<'sqlite'>[]) => writeBatch(db, statements);

  function insertSpans(rows: (typeof statusSpans.$inferInsert)[]): BatchItem<'sqlite'>[] {
    return chunks(rows, rowsPerInsert(13)).map((chunk) => db.insert(statusSpans).values(chunk));
  }

  async function openSpans(accountId: string, serverId?: string): Promise<OpenSpan[]> {
    const rows = await db
      .select()
      .from(statusSpans)
      .where(and(eq(statusSpans.accountId, accountId), isNull(statusSpans.endedAt), serverId === undefined ? undefined : eq(statusSpans.serverId, serverId)));
    return rows.map((row) => ({ ...row, errorDetails: row.errorDetails ?? null }));
  }

  const newSpan = (accountId: string, at: number) => (observation: Observation) => ({
    accountId,
    ...observation,
    startedAt: at,
    lastSeenAt: at,
    endedAt: null,
  });

  return {
    /** Writes one sweep: transitions, capability changes and the sweep's own row, atomically. */
    async recordSweep(input: SweepInput): Promise<{ transitions: number; capabilityChanges: number }> {
      const { accountId, at } = input;
      const [open, known] = await Promise.all([
        openSpans(accountId),
        db.select().from(serverCapabilities).where(eq(serverCapabilities.accountId, accountId)),
      ]);
      const spans = planSpans({ ...input, open });
      const capabilities = planCapabilities(known, input.capabilities);
      const statements: BatchItem<'sqlite'>[] = [
        ...chunks(spans.touch, MAX_PARAMS).map((ids) => db.update(statusSpans).set({ lastSeenAt: at }).where(inArray(statusSpans.id, ids))),
        ...spans.syncTimes.map(({ id, ...times }) => db.update(statusSpans).set(times).where(eq(statusSpans.id, id))),
        ...spans.close.map(({ id, endedAt }) => db.update(statusSpans).set({ endedAt }).where(eq(statusSpans.id, id))),
        ...insertSpans(spans.open.map(newSpan(accountId, at))),
        ...chunks(capabilities.upserts.map((set) => ({ accountId, ...set, observedAt: at })), rowsPerInsert(5)).map((chunk) =>
          db
            .insert(serverCapabilities)
            .values(chunk)
            .onConflictDoUpdate({
              target: [serverCapabilities.accountId, serverCapabilities.serverId],
              set: { tools: sql.raw('excluded.tools'), prompts: sql.raw('excluded.prompts'), observedAt: sql.raw('excluded.observed_at') },
            }),
        ),
        ...chunks(capabilities.changes, rowsPerInsert(8)).map((chunk) =>
          db.insert(capabilityChanges).values(chunk.map((change) => ({ accountId, observedAt: at, ...change }))),
        ),
        db.insert(sweeps).values({ accountId, ...input.sweep }),
      ];
      await write(statements);
      return { transitions: spans.open.length, capabilityChanges: capabilities.changes.length };
    },

    /** A failed sweep leaves history alone but is remembered, so the page can say the monitor is struggling. */
    async recordFailedSweep(accountId: string, sweep: SweepSummary): Promise<void> {
      await db.insert(sweeps).values({ accountId, ...sweep });
    },

    /**
     * Records a sync, and what its answer says about the server now: a sync that fails (or recovers) is a transition
     * the timeline shows at once, without waiting for the next sweep.
     */
    async recordSync(record: NewSyncRecord, answered: SyncAnswered | null): Promise<void> {
      const statements: BatchItem<'sqlite'>[] = [db.insert(syncRecords).values(record)];
      if (answered !== null) {
        const at = record.startedAt + record.durationMs;
        const plan = planSyncSpans(await openSpans(record.accountId, record.serverId), answered);
        statements.push(...plan.close.map((id) => db.update(statusSpans).set({ endedAt: at }).where(eq(statusSpans.id, id))));
        statements.push(...insertSpans(plan.open.map(newSpan(record.accountId, at))));
      }
      await write(statements);
    },

    /** Drops what is older than the retention period; an open span is never dropped, however old. */
    async prune(cutoff: number, now: number): Promise<void> {
      await write([
        db.delete(statusSpans).where(lt(statusSpans.endedAt, cutoff)),
        db.delete(capabilityChanges).where(lt(capabilityChanges.observedAt, cutoff)),
        db.delete(syncRecords).where(lt(syncRecords.startedAt, cutoff)),
        db.delete(sweeps).where(lt(sweeps.startedAt, Math.max(cutoff, now - SWEEP_RETENTION_MS))),
      ]);
    },

    /** Spans of one server (every portal) that were current at some time since `from`, oldest first. */
    async serverSpans(accountId: string, serverId: string, from: number): Promise<SpanRow[]> {
      return db
        .select()
        .from(statusSpans)
        .where(
          and(
            eq(statusSpans.accountId, accountId),
            eq(statusSpans.serverId, serverId),
            or(isNull(statusSpans.endedAt), gte(statusSpans.endedAt, from)),
          ),
        )
        .orderBy(asc(statusSpans.startedAt), asc(statusSpans.id));
    },

    async portalSpans(accountId: string, portalId: string, from: number): Promise<SpanRow[]> {
      return db
        .select()
        .from(statusSpans)
        .where(and(eq(statusSpans.accountId, accountId), eq(statusSpans.portalId, portalId), or(isNull(statusSpans.endedAt), gte(statusSpans.endedAt, from))))
        .orderBy(asc(statusSpans.startedAt), asc(statusSpans.id));
    },

    async accountSpans(accountId: string, from: number): Promise<SpanRow[]> {
      return db
        .select()
        .from(statusSpans)
        .where(and(eq(statusSpans.accountId, accountId), or(isNull(statusSpans.endedAt), gte(statusSpans.endedAt, from))))
        .orderBy(asc(statusSpans.startedAt), asc(statusSpans.id));
    },

    async capabilityChanges(accountId: string, serverId: string, from: number): Promise<CapabilityChangeRow[]> {
      return db
        .select()
        .from(capabilityChanges)
        .where(and(eq(capabilityChanges.accountId, accountId), eq(capabilityChanges.serverId, serverId), gte(capabilityChanges.observedAt, from)))
        .orderBy(desc(capabilityChanges.observedAt), desc(capabilityChanges.id));
    },

    async syncs(accountId: string, serverId: string, limit: number): Promise<SyncRow[]> {
      return db
        .select()
        .from(syncRecords)
        .where(and(eq(syncRecords.accountId, accountId), eq(syncRecords.serverId, serverId)))
        .orderBy(desc(syncRecords.startedAt), desc(syncRecords.id))
        .limit(limit);
    },

    async lastSweep(accountId: string): Promise<SweepRow | null> {
      const [row] = await db.select().from(sweeps).where(eq(sweeps.accountId, accountId)).orderBy(desc(sweeps.startedAt), desc(sweeps.id)).limit(1);
      return row ?? null;
    },

    async observedSince(accountId: string): Promise<number | null> {
      const [row] = await db.select({ first: min(statusSpans.startedAt) }).from(statusSpans).where(eq(statusSpans.accountId, accountId));
      return row?.first ?? null;
    },

    async hasHistory(accountId: string): Promise<boolean> {
      const rows = await db.select({ id: statusSpans.id }).from(statusSpans).where(eq(statusSpans.accountId, accountId)).limit(1);
      return rows.length > 0;
    },

    /** Writes prepared history (the demo's 30 days) in one batch. */
    async seed(rows: SeedRows): Promise<void> {
      await write([
        ...insertSpans(rows.spans),
        ...chunks(rows.capabilities, rowsPerInsert(5)).map((chunk) => db.insert(serverCapabilities).values(chunk)),
        ...chunks(rows.capabilityChanges, rowsPerInsert(8)).map((chunk) => db.insert(capabilityChanges).values(chunk)),
        ...chunks(rows.syncs, rowsPerInsert(11)).map((chunk) => db.insert(syncRecords).values(chunk)),
      ]);
    },

    /** Forgets one account's history (the demo's reset). */
    async clear(accountId: string): Promise<void> {
      await write([
        db.delete(statusSpans).where(eq(statusSpans.accountId, accountId)),
        db.delete(serverCapabilities).where(eq(serverCapabilities.accountId, accountId)),
        db.delete(capabilityChanges).where(eq(capabilityChanges.accountId, accountId)),
        db.delete(syncRecords).where(eq(syncRecords.accountId, accountId)),
        db.delete(sweeps).where(eq(sweeps.accountId, accountId)),
      ]);
    },
  };
}

export type HistoryStore = ReturnType<typeof createHistoryStore>;
/** What the routes read; the static demo answers it from memory (it has no database). */
export type HistoryReader = Pick<HistoryStore, 'serverSpans' | 'portalSpans' | 'accountSpans' | 'capabilityChanges' | 'syncs'>;
