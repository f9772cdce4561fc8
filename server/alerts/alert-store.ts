import { and, asc, desc, eq, inArray, isNotNull, lt, lte, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { chunks, MAX_PARAMS, rowsPerInsert, writeBatch } from '../history/batches.ts';
import type { HistoryDb } from '../history/history-store.ts';
import type { AlertEventBody } from './alert-payload.ts';
import { alertDeliveries, alertEvents, alertServerStates } from './db-schema.ts';
import type { ServerAlertState } from './derive-alerts.ts';

export type DeliveryRow = typeof alertDeliveries.$inferSelect;
export type EventRow = typeof alertEvents.$inferSelect;

export interface Target {
  /** `webhook 1 (hooks.slack.com)`. */
  label: string;
  key: string;
  url: string;
}

export function createAlertStore(db: HistoryDb) {
  const write = (statements: BatchItem<'sqlite'>[]) => writeBatch(db, statements);

  function eventStatements(accountId: string, events: readonly AlertEventBody[], targets: readonly Target[], at: number): BatchItem<'sqlite'>[] {
    const eventRows = events.map((body) => ({
      id: body.id,
      accountId,
      serverId: body.server?.id ?? null,
      kind: body.kind,
      occurredAt: Date.parse(body.occurred_at),
      body,
    }));
    const deliveryRows = events.flatMap((body) =>
      targets.map((target) => ({
        eventId: body.id,
        accountId,
        target: target.label,
        targetKey: target.key,
        state: 'pending' as const,
        attempts: 0,
        createdAt: at,
        nextAttemptAt: at,
      })),
    );
    return [
      ...chunks(eventRows, rowsPerInsert(6)).map((chunk) => db.insert(alertEvents).values(chunk)),
      ...chunks(deliveryRows, rowsPerInsert(12)).map((chunk) => db.insert(alertDeliveries).values(chunk)),
    ];
  }

  return {
    async states(accountId: string): Promise<Map<string, ServerAlertState>> {
      const rows = await db.select().from(alertServerStates).where(eq(alertServerStates.accountId, accountId));
      return new Map(rows.map((row) => [row.serverId, { ...row }]));
    },

    /**
     * The sweep's alerts and the state that keeps them from repeating, with one delivery per webhook in the outbox:
     * one batch, so a crash leaves either all of it or none (then the next sweep derives the same alerts again).
     */
    async recordAlerts(accountId: string, states: readonly ServerAlertState[], events: readonly AlertEventBody[], targets: readonly Target[], at: number) {
      await write([
        // Multi-row upserts, 12 servers a statement: D1 counts statements per invocation, and a sweep sees every server.
        ...chunks(states.map((state) => ({ accountId, ...state, updatedAt: at })), rowsPerInsert(8)).map((chunk) =>
          db
            .insert(alertServerStates)
            .values(chunk)
            .onConflictDoUpdate({
              target: [alertServerStates.accountId, alertServerStates.serverId],
              set: {
                announced: sql.raw('excluded.announced'),
                pending: sql.raw('excluded.pending'),
                pendingSweeps: sql.raw('excluded.pending_sweeps'),
                tools: sql.raw('excluded.tools'),
                prompts: sql.raw('excluded.prompts'),
                updatedAt: sql.raw('excluded.updated_at'),
              },
            }),
        ),
        ...eventStatements(accountId, events, targets, at),
      ]);
    },

    /** Deliveries whose time has come, oldest first. */
    async due(now: number, limit: number): Promise<(DeliveryRow & { body: AlertEventBody })[]> {
      const rows = await db
        .select({ delivery: alertDeliveries, body: alertEvents.body })
        .from(alertDeliveries)
        .innerJoin(alertEvents, eq(alertEvents.id, alertDeliveries.eventId))
        .where(and(eq(alertDeliveries.state, 'pending'), lte(alertDeliveries.nextAttemptAt, now)))
        .orderBy(asc(alertDeliveries.nextAttemptAt), asc(alertDeliveries.id))
        .limit(limit);
      return rows.map((row) => ({ ...row.delivery, body: row.body }));
    },

    /** When the next pending delivery is due; null when none is pending. */
    async nextDue(): Promise<number | null> {
      const [row] = await db
        .select({ at: sql<number | null>`min(${alertDeliveries.nextAttemptAt})` })
        .from(alertDeliveries)
        .where(eq(alertDeliveries.state, 'pending'));
      return row?.at ?? null;
    },

    async updateDelivery(id: number, change: Partial<Omit<DeliveryRow, 'id' | 'eventId' | 'accountId'>>): Promise<void> {
      await db.update(alertDeliveries).set(change).where(eq(alertDeliveries.id, id));
    },

    async event(id: string): Promise<{ event: EventRow; deliveries: DeliveryRow[] } | null> {
      const [event] = await db.select().from(alertEvents).where(eq(alertEvents.id, id));
      if (event === undefined) return null;
      return { event, deliveries: await db.select().from(alertDeliveries).where(eq(alertDeliveries.eventId, id)).orderBy(asc(alertDeliveries.id)) };
    },

    /** The latest events, newest first, each with its deliveries; one server's when `serverId` is given. */
    async recentEvents(accountId: string, limit: number, serverId?: string): Promise<{ event: EventRow; deliveries: DeliveryRow[] }[]> {
      const events = await db
        .select()
        .from(alertEvents)
        .where(and(eq(alertEvents.accountId, accountId), serverId === undefined ? undefined : eq(alertEvents.serverId, serverId)))
        .orderBy(desc(alertEvents.occurredAt), desc(alertEvents.id))
        .limit(limit);
      const ids = events.map((event) => event.id);
      const deliveries: DeliveryRow[] = [];
      for (const chunk of chunks(ids, MAX_PARAMS)) {
        deliveries.push(...(await db.select().from(alertDeliveries).where(inArray(alertDeliveries.eventId, chunk)).orderBy(asc(alertDeliveries.id))));
      }
      return events.map((event) => ({ event, deliveries: deliveries.filter((delivery) => delivery.eventId === event.id) }));
    },

    /** Per webhook: the last delivery and the last failure, and how many are pending or given up. */
    async targetSummaries(accountId: string) {
      return db
        .select({
          target: alertDeliveries.target,
          lastDeliveredAt: sql<number | null>`max(${alertDeliveries.deliveredAt})`,
          lastFailedAt: sql<number | null>`max(case when ${alertDeliveries.lastError} is not null then ${alertDeliveries.lastAttemptAt} end)`,
          pending: sql<number>`sum(case when ${alertDeliveries.state} = 'pending' then 1 else 0 end)`,
          failed: sql<number>`sum(case when ${alertDeliveries.state} = 'failed' then 1 else 0 end)`,
        })
        .from(alertDeliveries)
        .where(eq(alertDeliveries.accountId, accountId))
        .groupBy(alertDeliveries.target);
    },

    /** The most recent attempt with its outcome (the header's "delivered 2 min ago" or "delivery failed"). */
    async lastAttempt(accountId: string): Promise<DeliveryRow | null> {
      const [row] = await db
        .select()
        .from(alertDeliveries)
        .where(and(eq(alertDeliveries.accountId, accountId), isNotNull(alertDeliveries.lastAttemptAt)))
        .orderBy(desc(alertDeliveries.lastAttemptAt), desc(alertDeliveries.id))
        .limit(1);
      return row ?? null;
    },

    /** The most recent attempt of one target that failed (and was not delivered since). */
    async lastFailure(accountId: string, target: string): Promise<DeliveryRow | null> {
      const [row] = await db
        .select()
        .from(alertDeliveries)
        .where(and(eq(alertDeliveries.accountId, accountId), eq(alertDeliveries.target, target), isNotNull(alertDeliveries.lastError)))
        .orderBy(desc(alertDeliveries.lastAttemptAt), desc(alertDeliveries.id))
        .limit(1);
      return row ?? null;
    },

    async queueEvent(accountId: string, event: AlertEventBody, targets: readonly Target[], at: number): Promise<void> {
      await write(eventStatements(accountId, [event], targets, at));
    },

    /** Drops events (and their deliveries) older than the history's retention. */
    async prune(cutoff: number): Promise<void> {
      const old = db.select({ id: alertEvents.id }).from(alertEvents).where(lt(alertEvents.occurredAt, cutoff));
      await write([db.delete(alertDeliveries).where(inArray(alertDeliveries.eventId, old)), db.delete(alertEvents).where(lt(alertEvents.occurredAt, cutoff))]);
    },

    /** Forgets one account's alerts (the demo's reset). */
    async clear(accountId: string): Promise<void> {
      await write([
        db.delete(alertServerStates).where(eq(alertServerStates.accountId, accountId)),
        db.delete(alertDeliveries).where(eq(alertDeliveries.accountId, accountId)),
        db.delete(alertEvents).where(eq(alertEvents.accountId, accountId)),
      ]);
    },
  };
}

export type AlertStore = ReturnType<typeof createAlertStore>;
