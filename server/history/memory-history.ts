import type { HistoryReader, NewSyncRecord, SeedRows, SpanRow, SyncRow } from './history-store.ts';
import { planSyncSpans, type SyncAnswered } from './plan-spans.ts';

/**
 * History kept in plain arrays, for the static demo's service worker, which can hold no database: the seeded 30 days
 * plus the syncs made in this browser. It reads like the store, so the same answers are built from it.
 */
export function createMemoryHistory(rows: SeedRows) {
  let nextId = 1;
  const spans: SpanRow[] = rows.spans.map((span) => ({
    id: nextId++,
    status: null,
    authenticationStatus: null,
    error: null,
    errorDetails: null,
    lastSynced: null,
    lastSuccessfulSync: null,
    endedAt: null,
    ...span,
  }));
  const changes = rows.capabilityChanges.map((change) => ({ id: nextId++, ...change }));
  const syncs: SyncRow[] = rows.syncs.map((sync) => ({ id: nextId++, status: null, error: null, actor: null, ...sync }));

  const current = (from: number) => (span: SpanRow) => span.endedAt === null || span.endedAt >= from;
  const oldestFirst = (a: SpanRow, b: SpanRow) => a.startedAt - b.startedAt || a.id - b.id;

  const reader: HistoryReader = {
    serverSpans: async (accountId, serverId, from) =>
      spans.filter((span) => span.accountId === accountId && span.serverId === serverId && current(from)(span)).sort(oldestFirst),
    portalSpans: async (accountId, portalId, from) =>
      spans.filter((span) => span.accountId === accountId && span.portalId === portalId && current(from)(span)).sort(oldestFirst),
    accountSpans: async (accountId, from) => spans.filter((span) => span.accountId === accountId && current(from)(span)).sort(oldestFirst),
    capabilityChanges: async (accountId, serverId, from) =>
      changes
        .filter((change) => change.accountId === accountId && change.serverId === serverId && change.observedAt >= from)
        .sort((a, b) => b.observedAt - a.observedAt),
    syncs: async (accountId, serverId, limit) =>
      syncs
        .filter((sync) => sync.accountId === accountId && sync.serverId === serverId)
        .sort((a, b) => b.startedAt - a.startedAt || b.id - a.id)
        .slice(0, limit),
  };

  return {
    ...reader,
    /** As the store does: the sync is noted, and what it says of the server becomes its current state. */
    async recordSync(record: NewSyncRecord, answered: SyncAnswered | null): Promise<void> {
      syncs.push({ id: nextId++, status: null, error: null, actor: null, ...record });
      if (answered === null) return;
      const at = record.startedAt + record.durationMs;
      const open = spans.filter((span) => span.serverId === record.serverId && span.endedAt === null);
      const plan = planSyncSpans(
        open.map((span) => ({ ...span, errorDetails: span.errorDetails ?? null })),
        answered,
      );
      for (const span of open) if (plan.close.includes(span.id)) span.endedAt = at;
      for (const seen of plan.open) spans.push({ id: nextId++, accountId: record.accountId, ...seen, startedAt: at, lastSeenAt: at, endedAt: null });
    },
  };
}

export type MemoryHistory = ReturnType<typeof createMemoryHistory>;
