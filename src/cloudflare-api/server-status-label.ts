import { SERVER_STATUSES, type KnownServerStatus } from '@/cloudflare-api/server-schema';

/**
 * Each status in Cloudflare's own words, as its dashboard shows them: `stale` reads "Sync required". URLs and data
 * keep the API's values; people read these.
 */
export const SERVER_STATUS_LABELS: Record<KnownServerStatus, string> = {
  ready: 'ready',
  waiting: 'waiting',
  stale: 'Sync required',
  error: 'error',
};

function isKnownServerStatus(status: string): status is KnownServerStatus {
  return (SERVER_STATUSES as readonly string[]).includes(status);
}

/** A status as people read it; one the dashboard does not know yet stays as received. */
export function serverStatusLabel(status: string): string {
  return isKnownServerStatus(status) ? SERVER_STATUS_LABELS[status] : status;
}
