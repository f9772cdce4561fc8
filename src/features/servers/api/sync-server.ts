import { cfFetch } from '@/lib/api-client';
import { endpoints } from '@/lib/cloudflare/endpoints';
import { syncResultSchema, type SyncResult } from '@/features/servers/api/server-schema';

export async function syncServer(accountId: string, serverId: string): Promise<SyncResult> {
  const { result } = await cfFetch(endpoints.syncServer(accountId, serverId), syncResultSchema, { method: 'POST' });
  return result;
}

/** A 200 can still carry a failed sync: Cloudflare reports it in `result.status`. */
export function isFailedSync(result: SyncResult): boolean {
  return result.status === 'error' || Boolean(result.error);
}
