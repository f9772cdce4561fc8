import type { ErrorDetails } from '../../src/lib/cloudflare/contract.ts';

/** What one sweep (or one sync) saw of one server in one portal. */
export interface Observation {
  portalId: string;
  serverId: string;
  status: string | null;
  authenticationStatus: string | null;
  error: string | null;
  errorDetails: ErrorDetails | null;
  lastSynced: string | null;
  lastSuccessfulSync: string | null;
}

/** The current (open) span of a portal's server, as the store holds it. */
export interface OpenSpan extends Observation {
  id: number;
  startedAt: number;
  lastSeenAt: number;
}

export interface SpanPlan {
  /** Open spans that are still true: `last_seen_at` moves to the sweep's time. */
  touch: number[];
  /** Open spans whose sync times moved while the state stayed (Cloudflare's background syncs, every ~2 h). */
  syncTimes: { id: number; lastSynced: string | null; lastSuccessfulSync: string | null }[];
  /** Open spans that ended: at the sweep's time when the state changed, at their last sighting otherwise. */
  close: { id: number; endedAt: number }[];
  /** New open spans. */
  open: Observation[];
}

const pairKey = (portalId: string, serverId: string) => `${portalId}\u0000${serverId}`;

/**
 * The fields whose change is a transition. Sync times are not among them: they move at every background sync and
 * would make a new span every two hours of a healthy server.
 */
export function sameState(a: Observation, b: Observation): boolean {
  return a.status === b.status && a.authenticationStatus === b.authenticationStatus && a.error === b.error;
}

export interface PlanInput {
  open: readonly OpenSpan[];
  observations: readonly Observation[];
  /** Portals whose server lists this sweep read completely; a vanished server is closed only in these. */
  portalsSeen: ReadonlySet<string>;
  /** Whether the sweep read every page, so a portal missing from it was deleted. */
  complete: boolean;
  at: number;
  /** A span not seen for longer than this was not observed in between: it ends at its last sighting. */
  gapMs: number;
}

/**
 * Turns one sweep's observations into changes to the store, so that rows are written only for transitions. Pure, so
 * the whole sweep can be written in one atomic batch afterwards.
 */
export function planSpans({ open, observations, portalsSeen, complete, at, gapMs }: PlanInput): SpanPlan {
  const plan: SpanPlan = { touch: [], syncTimes: [], close: [], open: [] };
  const openByPair = new Map(open.map((span) => [pairKey(span.portalId, span.serverId), span]));
  const seen = new Set<string>();

  for (const observation of observations) {
    const key = pairKey(observation.portalId, observation.serverId);
    if (seen.has(key)) continue;
    seen.add(key);
    const current = openByPair.get(key);
    if (current === undefined) {
      plan.open.push(observation);
      continue;
    }
    if (at - current.lastSeenAt > gapMs) {
      // The monitor was away: what happened in between is unknown, so neither span claims that time.
      plan.close.push({ id: current.id, endedAt: current.lastSeenAt });
      plan.open.push(observation);
      continue;
    }
    if (!sameState(current, observation)) {
      plan.close.push({ id: current.id, endedAt: at });
      plan.open.push(observation);
      continue;
    }
    plan.touch.push(current.id);
    if (current.lastSynced !== observation.lastSynced || current.lastSuccessfulSync !== observation.lastSuccessfulSync) {
      plan.syncTimes.push({ id: current.id, lastSynced: observation.lastSynced, lastSuccessfulSync: observation.lastSuccessfulSync });
    }
  }

  for (const span of open) {
    const key = pairKey(span.portalId, span.serverId);
    if (seen.has(key)) continue;
    // Removed from a portal we read in full, or the portal itself is gone from a complete listing.
    if (portalsSeen.has(span.portalId) || complete) plan.close.push({ id: span.id, endedAt: span.lastSeenAt });
  }
  return plan;
}

/** What a sync's answer says of the server now, in the words a sweep would read. */
export interface SyncAnswered {
  status: string;
  error: string | null;
}

/**
 * A sync's answer as a transition of each of the server's open spans (one per portal): the timeline shows it at once,
 * without waiting for the next sweep. Sign-in and sync times are not in the answer, so they carry over.
 */
export function planSyncSpans(open: readonly OpenSpan[], answered: SyncAnswered): { close: number[]; open: Observation[] } {
  const plan: { close: number[]; open: Observation[] } = { close: [], open: [] };
  const healthy = answered.status === 'ready';
  for (const span of open) {
    const seen: Observation = {
      portalId: span.portalId,
      serverId: span.serverId,
      status: answered.status,
      authenticationStatus: span.authenticationStatus,
      error: healthy ? null : answered.error,
      errorDetails: healthy ? null : span.errorDetails,
      lastSynced: span.lastSynced,
      lastSuccessfulSync: span.lastSuccessfulSync,
    };
    if (sameState(span, seen)) continue;
    plan.close.push(span.id);
    plan.open.push(seen);
  }
  return plan;
}
