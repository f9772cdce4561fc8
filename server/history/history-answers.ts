import {
  HISTORY_WINDOWS,
  type AccountHistory,
  type MonitorStatus,
  type PortalHistory,
  type ServerHistory,
  type ServerHistorySummary,
  type StatusSpan,
  type SyncRecord,
} from '../../src/lib/cloudflare/contract.ts';
import type { CapabilityChangeRow, HistoryReader, SpanRow, SyncRow } from './history-store.ts';
import { availability, failingSince, flapsSince, SEVEN_DAYS_MS, WINDOWS } from './history-views.ts';

const iso = (time: number) => new Date(time).toISOString();
const LONGEST_MS = WINDOWS['30d'].lengthMs;
/** The server page lists this many syncs, newest first. */
const SYNCS_SHOWN = 50;

/** What the routes answer while the monitor is off: the page then keeps sync history in the browser. */
export function monitorOff(intervalSeconds: number, retentionDays: number): MonitorStatus {
  return {
    enabled: false,
    interval_seconds: intervalSeconds,
    effective_interval_seconds: intervalSeconds,
    stretched_because: null,
    retention_days: retentionDays,
    store: 'none',
    last_sweep: null,
    observed_since: null,
  };
}

export function emptyServerHistory(monitor: MonitorStatus, serverId: string): ServerHistory {
  return { monitor, server_id: serverId, portal_id: null, failing_since: null, windows: [], spans: [], capability_changes: [], syncs: [] };
}

function byPair(spans: readonly SpanRow[]): Map<string, SpanRow[]> {
  const groups = new Map<string, SpanRow[]>();
  for (const span of spans) {
    const key = `${span.portalId}\u0000${span.serverId}`;
    const group = groups.get(key);
    if (group) group.push(span);
    else groups.set(key, [span]);
  }
  return groups;
}

/** A server's status is its own, the same in every portal: one portal's spans stand for it (the first, by id). */
function oneTimelinePerServer(spans: readonly SpanRow[]): Map<string, SpanRow[]> {
  const chosen = new Map<string, SpanRow[]>();
  const groups = [...byPair(spans).values()].sort((a, b) => (a[0]?.portalId ?? '').localeCompare(b[0]?.portalId ?? ''));
  for (const group of groups) {
    const serverId = group[0]?.serverId;
    if (serverId !== undefined && !chosen.has(serverId)) chosen.set(serverId, group);
  }
  return chosen;
}

function summary(serverId: string, spans: readonly SpanRow[], now: number, withStrip: boolean): ServerHistorySummary {
  const since = failingSince(spans);
  return {
    server_id: serverId,
    failing_since: since === null ? null : iso(since),
    flaps_7d: flapsSince(spans, now - SEVEN_DAYS_MS),
    segments: withStrip ? availability(spans, '7d', now).segments : [],
  };
}

function spanAnswer(span: SpanRow): StatusSpan {
  return {
    portal_id: span.portalId,
    status: span.status,
    authentication_status: span.authenticationStatus,
    error: span.error,
    error_details: span.errorDetails ?? null,
    started_at: iso(span.startedAt),
    ended_at: span.endedAt === null ? null : iso(span.endedAt),
    last_seen_at: iso(span.lastSeenAt),
  };
}

function changeAnswer(change: CapabilityChangeRow) {
  return {
    observed_at: iso(change.observedAt),
    tools_added: change.toolsAdded,
    tools_removed: change.toolsRemoved,
    prompts_added: change.promptsAdded,
    prompts_removed: change.promptsRemoved,
  };
}

function syncAnswer(sync: SyncRow): SyncRecord {
  return {
    server_id: sync.serverId,
    started_at: iso(sync.startedAt),
    duration_ms: sync.durationMs,
    trigger: sync.trigger,
    outcome: sync.outcome,
    status: sync.status,
    http_status: sync.httpStatus,
    error: sync.error,
    actor: sync.actor,
  };
}

export async function serverHistory(
  store: HistoryReader,
  monitor: MonitorStatus,
  { accountId, serverId, portalId, now }: { accountId: string; serverId: string; portalId: string | null; now: number },
): Promise<ServerHistory> {
  const from = now - LONGEST_MS;
  const [spans, changes, syncs] = await Promise.all([
    store.serverSpans(accountId, serverId, from),
    store.capabilityChanges(accountId, serverId, from),
    store.syncs(accountId, serverId, SYNCS_SHOWN),
  ]);
  const portals = [...new Set(spans.map((span) => span.portalId))].sort();
  const chosen = portalId !== null && portals.includes(portalId) ? portalId : (portals[0] ?? null);
  const timeline = spans.filter((span) => span.portalId === chosen);
  const since = failingSince(timeline);
  return {
    monitor,
    server_id: serverId,
    portal_id: chosen,
    failing_since: since === null ? null : iso(since),
    windows: chosen === null ? [] : HISTORY_WINDOWS.map((window) => availability(timeline, window, now)),
    spans: timeline.map(spanAnswer).reverse(),
    capability_changes: changes.map(changeAnswer),
    syncs: syncs.map(syncAnswer),
  };
}

export async function portalHistory(
  store: HistoryReader,
  monitor: MonitorStatus,
  { accountId, portalId, now }: { accountId: string; portalId: string; now: number },
): Promise<PortalHistory> {
  const spans = await store.portalSpans(accountId, portalId, now - LONGEST_MS);
  const servers = [...oneTimelinePerServer(spans)].map(([serverId, timeline]) => summary(serverId, timeline, now, true));
  return { monitor, portal_id: portalId, servers };
}

/** Only servers with something to say (failing now, or flapped this week): an account may hold thousands. */
export async function accountHistory(
  store: HistoryReader,
  monitor: MonitorStatus,
  { accountId, now }: { accountId: string; now: number },
): Promise<AccountHistory> {
  const spans = await store.accountSpans(accountId, now - LONGEST_MS);
  const servers = [...oneTimelinePerServer(spans)]
    .map(([serverId, timeline]) => summary(serverId, timeline, now, false))
    .filter((server) => server.failing_since !== null || server.flaps_7d > 0);
  return { monitor, servers };
}
