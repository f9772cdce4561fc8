import type { PortalServer } from './server-schema.ts';

/**
 * The one status vocabulary: every page, chip, count, filter and notice says a status with these words. `stale` reads
 * "Sync required", as in Cloudflare's dashboard; a status this dashboard does not know yet is shown as received.
 * The order is health-first: what needs attention most comes first.
 */
export const STATUS_KEYS = ['error', 'stale', 'unknown', 'not_synced', 'waiting', 'ready'] as const;
export type StatusKey = (typeof STATUS_KEYS)[number];

export type StatusTone = 'success' | 'warning' | 'danger' | 'info' | 'neutral';

export interface StatusTerm {
  /** How people read it in a badge, chip or count: "2 Sync required", "1 not synced yet". */
  label: string;
  tone: StatusTone;
  /** Beside the label, so a status never depends on colour alone. */
  symbol: string;
}

export const STATUS_TERMS: Record<StatusKey, StatusTerm> = {
  error: { label: 'error', tone: 'danger', symbol: '✕' },
  stale: { label: 'Sync required', tone: 'warning', symbol: '!' },
  unknown: { label: 'unknown', tone: 'warning', symbol: '?' },
  not_synced: { label: 'not synced yet', tone: 'neutral', symbol: '○' },
  waiting: { label: 'waiting', tone: 'info', symbol: '…' },
  ready: { label: 'ready', tone: 'success', symbol: '✓' },
};

export function isStatusKey(value: string): value is StatusKey {
  return (STATUS_KEYS as readonly string[]).includes(value);
}

/** Which word a status from the API is read as: no status is "not synced yet", one not in the reference "unknown". */
export function statusKeyOf(status: PortalServer['status']): StatusKey {
  if (status === null || status === undefined) return 'not_synced';
  if (status === 'ready' || status === 'waiting' || status === 'stale' || status === 'error') return status;
  return 'unknown';
}

/** A status as people read it. An unknown one stays exactly as received, so nothing Cloudflare says is hidden. */
export function statusWord(status: PortalServer['status']): string {
  const key = statusKeyOf(status);
  return key === 'unknown' && typeof status === 'string' ? status : STATUS_TERMS[key].label;
}

export function countStatuses(servers: readonly Pick<PortalServer, 'status'>[]): Record<StatusKey, number> {
  const counts: Record<StatusKey, number> = { error: 0, stale: 0, unknown: 0, not_synced: 0, waiting: 0, ready: 0 };
  for (const server of servers) counts[statusKeyOf(server.status)] += 1;
  return counts;
}

type AuthFacts = Pick<PortalServer, 'status' | 'authentication_status'>;

/**
 * Cloudflare cannot fetch this server's capabilities until an admin signs in: its admin credential is missing or
 * expired, or its status is `stale` ("Sync required") without a working sign-in. Syncing alone fixes none of these.
 */
export function needsReauthentication({ status, authentication_status: auth }: AuthFacts): boolean {
  if (auth === 'required' || auth === 'stale') return true;
  return status === 'stale' && auth !== 'connected';
}

/** Still `stale`, but the admin sign-in works again: the one step left is a sync. */
export function reauthenticatedAwaitingSync({ status, authentication_status: auth }: AuthFacts): boolean {
  return status === 'stale' && auth === 'connected';
}

/**
 * What an admin has to act on, in the words the account view sums up: re-authentication comes first (nothing else
 * helps until it is done), then failures, then statuses that are not healthy yet. Null for a healthy server, and for
 * a `waiting` one, which Cloudflare settles by itself.
 */
export type AttentionKind = 'reauthenticate' | 'failing' | 'unknown' | 'not_synced' | 'sync_to_finish';

export function attentionKind(server: AuthFacts): AttentionKind | null {
  if (needsReauthentication(server)) return 'reauthenticate';
  if (reauthenticatedAwaitingSync(server)) return 'sync_to_finish';
  const key = statusKeyOf(server.status);
  if (key === 'error') return 'failing';
  if (key === 'unknown') return 'unknown';
  if (key === 'not_synced') return 'not_synced';
  return null;
}

export function needsAttention(server: AuthFacts): boolean {
  return attentionKind(server) !== null;
}
