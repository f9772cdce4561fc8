import { queryOptions } from '@tanstack/react-query';
import { callDashboardRoute } from '@/lib/api-client';
import type { MonitorStatus } from '@/lib/cloudflare/contract';

/** History changes once per sweep at most: re-read on the monitor's rhythm, never faster than this. */
const MIN_REFRESH_MS = 30_000;

/** Re-read after each sweep while the monitor runs; nothing new arrives while it is off (or in the static demo). */
function everySweep({ state }: { state: { data?: { monitor: MonitorStatus } } }): number | false {
  const monitor = state.data?.monitor;
  if (!monitor?.enabled || monitor.effective_interval_seconds <= 0) return false;
  return Math.max(MIN_REFRESH_MS, monitor.effective_interval_seconds * 1000);
}

/**
 * The dashboard's own history routes: what the monitor recorded, read from its store (never Cloudflare). Keys sit
 * beside the portal reads under the account, so `all(accountId)` refreshes every history view after a sync.
 */
export const historyQueries = {
  all: (accountId: string) => ['accounts', accountId, 'history'] as const,
  /** Since when each failing server of the account has been failing, and its flaps: the account view's Needs attention. */
  account: (accountId: string) =>
    queryOptions({
      queryKey: [...historyQueries.all(accountId), 'account'] as const,
      queryFn: async ({ signal }) => (await callDashboardRoute('accountHistory', { account_id: accountId }, { signal })).result,
      staleTime: MIN_REFRESH_MS,
      refetchInterval: everySweep,
    }),
  /** One read for every card of a portal page: each server's 7-day strip and "failing since". */
  portal: (accountId: string, portalId: string) =>
    queryOptions({
      queryKey: [...historyQueries.all(accountId), 'portal', portalId] as const,
      queryFn: async ({ signal }) =>
        (await callDashboardRoute('portalHistory', { account_id: accountId, portal_id: portalId }, { signal })).result,
      staleTime: MIN_REFRESH_MS,
      refetchInterval: everySweep,
    }),
  /** The server page's Status history and its sync audit, as seen in `portalId`. */
  server: (accountId: string, portalId: string, serverId: string) =>
    queryOptions({
      queryKey: [...historyQueries.all(accountId), 'server', serverId, portalId] as const,
      queryFn: async ({ signal }) =>
        (
          await callDashboardRoute(
            'serverHistory',
            { account_id: accountId, server_id: serverId },
            { query: { portal_id: portalId }, signal },
          )
        ).result,
      staleTime: MIN_REFRESH_MS,
      refetchInterval: everySweep,
    }),
};
