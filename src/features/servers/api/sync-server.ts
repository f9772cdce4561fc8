import { callEndpoint } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import { pauseSyncsFor, waitForSyncGate } from '@/features/servers/api/rate-limit-gate';
import { recordSyncAttempt, type SyncAttempt } from '@/features/servers/sync-history';
import type { SyncResult } from '@/cloudflare-api/server-schema';
import { SYNC_TRIGGER_HEADER, type SyncRecord } from '@/lib/cloudflare/contract';

/** Which button started a sync, for the server-side audit: a card's (or table row's), a bulk run, Retry, the server page. */
export type SyncTrigger = Exclude<SyncRecord['trigger'], 'unknown'>;

export async function syncServer(accountId: string, serverId: string, trigger: SyncTrigger): Promise<SyncResult> {
  const { result } = await callEndpoint(
    'syncServer',
    { account_id: accountId, server_id: serverId },
    { headers: { [SYNC_TRIGGER_HEADER]: trigger } },
  );
  return result;
}

/** The browser's own list (kept when the monitor is off) has coarser words for the same thing. */
const localTrigger = (trigger: SyncTrigger): SyncAttempt['trigger'] => (trigger === 'bulk' ? 'bulk' : 'manual');

/** Cloudflare's own SDK retries a 429 twice; so do we, after waiting as long as it asks. */
const MAX_RATE_LIMIT_RETRIES = 2;
const DEFAULT_RETRY_AFTER_SECONDS = 5;

async function syncRespectingRateLimit(accountId: string, serverId: string, trigger: SyncTrigger): Promise<SyncResult> {
  for (let attempt = 0; ; attempt++) {
    await waitForSyncGate();
    const started = Date.now();
    const record = (outcome: SyncAttempt['outcome'], error?: string | null) =>
      recordSyncAttempt(accountId, serverId, {
        at: new Date(started).toISOString(),
        trigger: attempt === 0 ? localTrigger(trigger) : 'automatic-retry',
        outcome,
        durationMs: Date.now() - started,
        error,
      });
    try {
      const result = await syncServer(accountId, serverId, trigger);
      if (syncResultKind(result) === 'needs-reauthentication') record('failed', result.error ?? 'Sync required: re-authenticate the server first');
      else if (isFailedSync(result)) record('failed', result.error_details?.cause ?? result.error);
      else record('succeeded');
      return result;
    } catch (error) {
      const rateLimited = error instanceof ApiError && error.status === 429;
      record(rateLimited ? 'rate-limited' : 'failed', error instanceof Error ? error.message : null);
      if (!rateLimited || attempt >= MAX_RATE_LIMIT_RETRIES) throw error;
      pauseSyncsFor(error.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS);
    }
  }
}

const inFlight = new Map<string, Promise<SyncResult>>();

/**
 * The only way the UI starts a sync. A server never has two syncs in flight:
 * a second request for the same server (a card's button during a bulk run)
 * joins the one already under way instead of sending another POST.
 */
export function syncServerOnce(accountId: string, serverId: string, trigger: SyncTrigger): Promise<SyncResult> {
  const key = `${accountId}/${serverId}`;
  const running = inFlight.get(key);
  if (running) return running;
  const promise = syncRespectingRateLimit(accountId, serverId, trigger).finally(() => inFlight.delete(key));
  inFlight.set(key, promise);
  return promise;
}

export type SyncResultKind = 'succeeded' | 'waiting' | 'needs-reauthentication' | 'failed';

/**
 * How a sync ended, from its result alone: a 200 can still carry a failed sync. `stale` after a sync means Cloudflare
 * still cannot fetch capabilities because the admin sign-in expired: only re-authenticating fixes that.
 */
export function syncResultKind(result: SyncResult): SyncResultKind {
  if (result.status === 'stale') return 'needs-reauthentication';
  if (result.status === 'error' || Boolean(result.error)) return 'failed';
  return result.status === 'waiting' ? 'waiting' : 'succeeded';
}

/** Nothing was fetched: the sync failed, or the server still needs re-authentication. */
export function isFailedSync(result: SyncResult): boolean {
  const kind = syncResultKind(result);
  return kind === 'failed' || kind === 'needs-reauthentication';
}
