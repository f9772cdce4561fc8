/**
 * The demo's 30 days of history, leading up to the embedded API's data as it is now: every server mostly ready, a few
 * short outages, Internal docs flapping this week, Sentry's sign-in that expired once before and was fixed, Buildkite
 * failing for hours after an outage last week, a few tool changes, and syncs by several people. Deterministic for a
 * given `now`, so tests and screenshots see the same story. Fetch-free and Node-free: the static demo's worker runs it.
 */
import type { EmbeddedApiState, ErrorDetailsRecord, ServerRecord } from '../embedded-api/embedded-api-state.ts';
import type { SeedRows } from './history-store.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const HISTORY_DAYS = 30;
/** The monitor was off for a while about 20 days ago: nothing observed, for every server. */
const MONITOR_OFF = { fromDaysAgo: 20, hours: 4 };

interface State {
  status: string | null;
  authenticationStatus: string | null;
  error: string | null;
  errorDetails: ErrorDetailsRecord | null;
}

interface Segment extends State {
  from: number;
  to: number | null;
}

/** mulberry32, keyed by the server id: each server's story is its own, and the same at every start. */
function randomFor(key: string): () => number {
  let seed = 0;
  for (const char of key) seed = (Math.imul(seed, 31) + char.charCodeAt(0)) | 0;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let value = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const currentState = (record: ServerRecord): State => ({
  status: record.status ?? null,
  authenticationStatus: record.authentication_status ?? null,
  error: record.error ?? null,
  errorDetails: record.error_details ?? null,
});

/** How the server looked when it was fine: ready, and signed in if it signs in at all. */
function healthyState(record: ServerRecord): State {
  const auth = record.authentication_status ?? null;
  return { status: 'ready', authenticationStatus: auth === 'stale' || auth === 'required' ? 'connected' : auth, error: null, errorDetails: null };
}

const unreachable = (record: ServerRecord): State => ({
  ...healthyState(record),
  status: 'error',
  error: 'Could not connect to the MCP server',
  errorDetails: { cause: 'connect ECONNREFUSED', is_upstream: false, retryable: true },
});

const upstreamError = (record: ServerRecord): State => ({
  ...healthyState(record),
  status: 'error',
  error: 'The MCP server returned an error while listing its tools',
  errorDetails: { cause: 'MCP error -32603: Internal error', is_upstream: true, mcp_code: -32603, retryable: false, status_code: 500 },
});

const signInExpired = (record: ServerRecord): State => ({ ...healthyState(record), status: 'stale', authenticationStatus: 'stale' });

/** An earlier problem: when it began (ago) and how long it lasted. */
interface Episode {
  agoMs: number;
  forMs: number;
  state: State;
}

interface Story {
  /** How long the current state has held; null: since the history starts (or the server was created). */
  currentForMs: number | null;
  episodes: Episode[];
}

/** The demo's named stories; every other server gets a quiet month with the odd short outage. */
function storyOf(record: ServerRecord, random: () => number): Story {
  switch (record.id) {
    case 'buildkite':
      return { currentForMs: 3 * HOUR, episodes: [{ agoMs: 6 * DAY, forMs: 2 * HOUR, state: upstreamError(record) }] };
    case 'internal-docs':
      return {
        currentForMs: 12 * MINUTE,
        episodes: [
          { agoMs: 6 * DAY + 3 * HOUR, forMs: 25 * MINUTE, state: unreachable(record) },
          { agoMs: 4 * DAY + 9 * HOUR, forMs: 40 * MINUTE, state: unreachable(record) },
          { agoMs: 2 * DAY + 2 * HOUR, forMs: 15 * MINUTE, state: unreachable(record) },
        ],
      };
    case 'sentry':
      return { currentForMs: 2 * DAY, episodes: [{ agoMs: 13 * DAY, forMs: 26 * HOUR, state: signInExpired(record) }] };
    case 'intercom':
      return { currentForMs: 5 * HOUR, episodes: [] };
    case 'pagerduty':
      return { currentForMs: 26 * HOUR, episodes: [{ agoMs: 9 * DAY, forMs: 50 * MINUTE, state: unreachable(record) }] };
    case 'linear':
      return { currentForMs: 40 * MINUTE, episodes: [] };
    default:
      return { currentForMs: record.status === 'ready' ? null : (2 + Math.floor(random() * 40)) * HOUR, episodes: quietOutages(record, random) };
  }
}

/** Most servers: none, one or two short outages in the month, none in the last two days. */
function quietOutages(record: ServerRecord, random: () => number): Episode[] {
  const count = random() < 0.5 ? 0 : random() < 0.7 ? 1 : 2;
  return Array.from({ length: count }, () => ({
    agoMs: (3 + random() * 25) * DAY,
    forMs: (10 + random() * 170) * MINUTE,
    state: random() < 0.7 ? unreachable(record) : upstreamError(record),
  }));
}

/** A server's timeline, oldest first, without the monitor's gap. */
function timelineOf(record: ServerRecord, now: number, start: number, story: Story): Segment[] {
  const current = currentState(record);
  const currentFrom = story.currentForMs === null ? start : Math.max(start, now - story.currentForMs);
  const healthy = healthyState(record);
  const segments: Segment[] = [];
  let cursor = start;
  const episodes = story.episodes
    .map((episode) => ({ ...episode, from: now - episode.agoMs, to: now - episode.agoMs + episode.forMs }))
    .filter((episode) => episode.from > start && episode.to < currentFrom)
    .sort((a, b) => a.from - b.from);
  for (const episode of episodes) {
    if (episode.from <= cursor) continue;
    segments.push({ ...healthy, from: cursor, to: episode.from }, { ...episode.state, from: episode.from, to: episode.to });
    cursor = episode.to;
  }
  if (currentFrom > cursor && record.status !== null && record.status !== undefined) segments.push({ ...healthy, from: cursor, to: currentFrom });
  segments.push({ ...current, from: segments.length === 0 ? start : Math.max(cursor, currentFrom), to: null });
  return segments;
}

/** Splits the timeline around the monitor's time off: those hours belong to no span. */
function withoutMonitorGap(segments: Segment[], now: number): Segment[] {
  const gapFrom = now - MONITOR_OFF.fromDaysAgo * DAY;
  const gapTo = gapFrom + MONITOR_OFF.hours * HOUR;
  return segments.flatMap((segment) => {
    const to = segment.to ?? now;
    if (to <= gapFrom || segment.from >= gapTo) return [segment];
    const parts: Segment[] = [];
    if (segment.from < gapFrom) parts.push({ ...segment, to: gapFrom });
    if (to > gapTo) parts.push({ ...segment, from: Math.max(gapTo, segment.from) });
    return parts;
  });
}

const namesOf = (definitions: readonly { name?: unknown }[]) =>
  [...new Set(definitions.map((definition) => definition.name).filter((name): name is string => typeof name === 'string'))].sort();

/** Past changes consistent with today's names: what was added is there now, what was removed is not. */
function capabilityStories(state: EmbeddedApiState, accountId: string, now: number): SeedRows['capabilityChanges'] {
  const tools = (id: string) => namesOf(state.servers.get(id)?.record.tools ?? []);
  const prompts = (id: string) => namesOf(state.servers.get(id)?.record.prompts ?? []);
  const change = (serverId: string, daysAgo: number, part: Partial<Record<'toolsAdded' | 'toolsRemoved' | 'promptsAdded' | 'promptsRemoved', string[]>>) => ({
    accountId,
    serverId,
    observedAt: now - daysAgo * DAY,
    toolsAdded: part.toolsAdded ?? [],
    toolsRemoved: part.toolsRemoved ?? [],
    promptsAdded: part.promptsAdded ?? [],
    promptsRemoved: part.promptsRemoved ?? [],
  });
  const candidates = [
    state.servers.has('github') ? change('github', 9, { toolsAdded: tools('github').slice(-2) }) : null,
    state.servers.has('internal-docs') ? change('internal-docs', 6, { toolsRemoved: ['legacy_search'] }) : null,
    state.servers.has('linear') ? change('linear', 4, { toolsAdded: tools('linear').slice(0, 1) }) : null,
    state.servers.has('zendesk') ? change('zendesk', 15, { promptsRemoved: ['escalation_summary'], promptsAdded: prompts('zendesk').slice(0, 1) }) : null,
    state.servers.has('snowflake') ? change('snowflake', 21, { toolsAdded: tools('snowflake').slice(-1), toolsRemoved: ['run_query_v1'] }) : null,
    state.servers.has('statuspage') ? change('statuspage', 2, { promptsAdded: prompts('statuspage').slice(0, 1) }) : null,
  ];
  return candidates.filter((entry) => entry !== null && entry.toolsAdded.length + entry.toolsRemoved.length + entry.promptsAdded.length + entry.promptsRemoved.length > 0) as SeedRows['capabilityChanges'];
}

interface SyncStory {
  serverId: string;
  agoMs: number;
  trigger: 'card' | 'bulk' | 'retry' | 'server-page';
  outcome: 'succeeded' | 'failed';
  status: string | null;
  httpStatus: number;
  error: string | null;
  actor: string | null;
  durationMs: number;
}

const SYNC_STORIES: SyncStory[] = [
  { serverId: 'buildkite', agoMs: 3 * HOUR - 5 * MINUTE, trigger: 'card', outcome: 'failed', status: 'error', httpStatus: 200, error: 'MCP error -32603: Internal error', actor: 'ana@example.com', durationMs: 2_140 },
  { serverId: 'buildkite', agoMs: 2 * HOUR + 40 * MINUTE, trigger: 'server-page', outcome: 'failed', status: 'error', httpStatus: 200, error: 'MCP error -32603: Internal error', actor: 'ana@example.com', durationMs: 1_870 },
  { serverId: 'buildkite', agoMs: 6 * DAY - 2 * HOUR, trigger: 'card', outcome: 'succeeded', status: 'ready', httpStatus: 200, error: null, actor: 'ben@example.com', durationMs: 1_320 },
  { serverId: 'internal-docs', agoMs: 2 * DAY + 1 * HOUR + 50 * MINUTE, trigger: 'retry', outcome: 'succeeded', status: 'ready', httpStatus: 200, error: null, actor: null, durationMs: 640 },
  { serverId: 'internal-docs', agoMs: 4 * DAY + 8 * HOUR + 25 * MINUTE, trigger: 'retry', outcome: 'failed', status: 'error', httpStatus: 200, error: 'connect ECONNREFUSED', actor: 'chen@example.com', durationMs: 3_900 },
  { serverId: 'internal-docs', agoMs: 4 * DAY + 8 * HOUR + 20 * MINUTE, trigger: 'retry', outcome: 'succeeded', status: 'ready', httpStatus: 200, error: null, actor: 'chen@example.com', durationMs: 710 },
  { serverId: 'sentry', agoMs: 1 * DAY + 3 * HOUR, trigger: 'card', outcome: 'failed', status: 'stale', httpStatus: 200, error: 'Sync required: re-authenticate the server first', actor: 'ana@example.com', durationMs: 980 },
  { serverId: 'sentry', agoMs: 12 * DAY - 2 * HOUR, trigger: 'server-page', outcome: 'succeeded', status: 'ready', httpStatus: 200, error: null, actor: 'ben@example.com', durationMs: 1_450 },
  { serverId: 'github', agoMs: 9 * DAY - 10 * MINUTE, trigger: 'server-page', outcome: 'succeeded', status: 'ready', httpStatus: 200, error: null, actor: 'ben@example.com', durationMs: 2_600 },
  { serverId: 'github', agoMs: 5 * DAY, trigger: 'bulk', outcome: 'succeeded', status: 'ready', httpStatus: 200, error: null, actor: null, durationMs: 1_200 },
  { serverId: 'statuspage', agoMs: 5 * DAY + 1 * MINUTE, trigger: 'bulk', outcome: 'failed', status: null, httpStatus: 429, error: 'Please wait and consider throttling your request speed', actor: null, durationMs: 410 },
  { serverId: 'statuspage', agoMs: 5 * DAY - 4 * MINUTE, trigger: 'retry', outcome: 'succeeded', status: 'ready', httpStatus: 200, error: null, actor: null, durationMs: 1_050 },
  { serverId: 'linear', agoMs: 4 * DAY, trigger: 'card', outcome: 'succeeded', status: 'ready', httpStatus: 200, error: null, actor: 'dana@example.com', durationMs: 1_700 },
  { serverId: 'zendesk', agoMs: 15 * DAY, trigger: 'bulk', outcome: 'succeeded', status: 'ready', httpStatus: 200, error: null, actor: 'dana@example.com', durationMs: 2_200 },
];

export function createDemoHistory(state: EmbeddedApiState, accountId: string, now: number): SeedRows {
  const start = now - HISTORY_DAYS * DAY;
  const portalsOf = new Map<string, string[]>();
  for (const portal of state.portals) {
    for (const member of portal.servers) portalsOf.set(member.serverId, [...(portalsOf.get(member.serverId) ?? []), portal.record.id]);
  }

  const spans: SeedRows['spans'] = [];
  const capabilities: SeedRows['capabilities'] = [];
  for (const [serverId, { record }] of state.servers) {
    const portals = portalsOf.get(serverId) ?? [];
    if (portals.length === 0) continue;
    const created = record.created_at ? Date.parse(record.created_at) : start;
    const story = storyOf(record, randomFor(serverId));
    const timeline = withoutMonitorGap(timelineOf(record, now, Math.max(start, Number.isNaN(created) ? start : created), story), now);
    for (const portalId of portals) {
      for (const [index, segment] of timeline.entries()) {
        const last = index === timeline.length - 1;
        spans.push({
          accountId,
          portalId,
          serverId,
          status: segment.status,
          authenticationStatus: segment.authenticationStatus,
          error: segment.error,
          errorDetails: segment.errorDetails,
          // The current span carries the API's own sync times; earlier ones the time they began (a sync made them).
          lastSynced: last ? (record.last_synced ?? null) : new Date(segment.from).toISOString(),
          lastSuccessfulSync: last ? (record.last_successful_sync ?? null) : new Date(segment.from).toISOString(),
          startedAt: segment.from,
          lastSeenAt: segment.to ?? now,
          endedAt: segment.to,
        });
      }
    }
    capabilities.push({ accountId, serverId, tools: namesOf(record.tools), prompts: namesOf(record.prompts ?? []), observedAt: now });
  }

  const syncs: SeedRows['syncs'] = SYNC_STORIES.filter((sync) => state.servers.has(sync.serverId)).map(({ agoMs, ...sync }) => ({
    accountId,
    ...sync,
    startedAt: now - agoMs,
  }));

  return { spans, capabilities, capabilityChanges: capabilityStories(state, accountId, now), syncs };
}
