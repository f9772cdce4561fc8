import { useMutation, useQueryClient } from '@tanstack/react-query';
import { portalQueries } from '@/cloudflare-api/portal-queries';
import { alertQueries } from '@/features/servers/alerts/alert-queries';
import { historyQueries } from '@/features/servers/history/history-queries';

/**
 * The demo's stand-ins for what happens outside this dashboard: an admin signing in again in Cloudflare One, an MCP
 * server's owner fixing it, and an outage beginning. Only the embedded API answers these routes (demo mode).
 */
export type DemoControl = 'authenticate' | 'fix' | 'break';

async function callDemoControl(control: DemoControl, serverId: string): Promise<void> {
  // BASE_URL is '/', or './' in the static demo, whose service worker answers the same routes.
  const url = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/__embedded-api/${control}`;
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ serverId }) });
  if (!response.ok) throw new Error(`The demo could not simulate this (${response.status}): ${await response.text()}`);
}

/**
 * Runs a demo control, then re-reads what it changes: the account's portals, and (an outage is swept at once) its
 * history and alerts.
 */
export function useDemoControl(accountId: string, serverId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (control: DemoControl) => callDemoControl(control, serverId),
    onSuccess: () =>
      Promise.all(
        [portalQueries.all(accountId), historyQueries.all(accountId), alertQueries.all(accountId)].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
}
