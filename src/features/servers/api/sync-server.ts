import { cfFetch } from '@/lib/api-client';
import { endpoints } from '@/lib/cloudflare/endpoints';
import { syncResultSchema, type SyncResult } from '@/features/servers/api/server-schema';

export async function syncServer(accountId: string, serverId: string): Promise<SyncResult> {
  const { result } = await cfFetch(endpoints.syncServer(accountId, serverId), syncResultSchema, { method: 'POST' });
  return result;
}

const inFlight = new Map<string, Promise<SyncResult>>();

/**
 * The only way the UI starts a sync. A server never has two syncs in flight:
 * a second request for the same server (a card's button during a bulk run)
 * joins the one already under way instead of sending another POST.
 */
export function syncServerOnce(accountId: string, serverId: string): Promise<SyncResult> {
  const key = `${accountId}/${serverId}`;
  const running = inFlight.get(key);
  if (running) return running;
  const promise = syncServer(accountId, serverId).finally(() => inFlight.delete(key));
  inFlight.set(key, promise);
  return promise;
}

/** A 200 can still carry a failed sync: Cloudflare reports it in `result.status`. */
export function isFailedSync(result: SyncResult): boolean {
  return result.status === 'error' || Boolean(result.error);
}
