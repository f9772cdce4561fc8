import { useMutation, useQueryClient } from '@tanstack/react-query';
import { portalQueries } from '@/cloudflare-api/portal-queries';

/**
 * The demo's stand-ins for what happens outside this dashboard: an admin signing in again in Cloudflare One, and an
 * MCP server's owner fixing it. Only the embedded API answers these routes (demo mode).
 */
export type DemoControl = 'authenticate' | 'fix';

async function callDemoControl(control: DemoControl, serverId: string): Promise<void> {
  // BASE_URL is '/', or './' in the static demo, whose service worker answers the same routes.
  const url = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/__embedded-api/${control}`;
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ serverId }) });
  if (!response.ok) throw new Error(`The demo could not simulate this (${response.status}): ${await response.text()}`);
}

/** Runs a demo control, then re-reads the account's portals so every page shows its effect. */
export function useDemoControl(accountId: string, serverId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (control: DemoControl) => callDemoControl(control, serverId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: portalQueries.all(accountId) }),
  });
}
