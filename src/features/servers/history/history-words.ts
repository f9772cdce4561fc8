import { statusKeyOf } from '@/cloudflare-api/server-health';

/** "not ready 4 times": how often the monitor saw the server leave `ready` (its flaps), the current time included. */
export function describeFlaps(count: number): string | null {
  if (count === 0) return null;
  return `not ready ${count === 1 ? 'once' : `${count} times`}`;
}

/** What the server has been since it last left `ready`, in the status's own words: an error is failing, stale is not. */
export function sinceLabel(status: string | null | undefined): string {
  const key = statusKeyOf(status);
  if (key === 'error') return 'Failing since';
  if (key === 'stale') return 'Sync required since';
  return 'Not ready since';
}
