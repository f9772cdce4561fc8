import { queryOptions } from '@tanstack/react-query';
import { callDashboardRoute } from '@/lib/api-client';

/**
 * Alerts follow the monitor's sweeps, and a retry waits seconds to minutes: a read every 15 s keeps up while alerts
 * are on. The page's own actions (a test, the demo's outage) answer once their delivery is done, then re-read.
 */
const REFRESH_MS = 15_000;

const refreshEvery = ({ state }: { state: { data?: { destination: string } } }) => (state.data && state.data.destination !== 'off' ? REFRESH_MS : false);

/**
 * The dashboard's alert routes: what the monitor announced and how each delivery went, read from its store (never
 * Cloudflare). Keys sit under the account, so `all(accountId)` refreshes the header, the page and a server's list.
 */
export const alertQueries = {
  all: (accountId: string) => ['accounts', accountId, 'alerts'] as const,
  overview: (accountId: string) =>
    queryOptions({
      queryKey: [...alertQueries.all(accountId), 'overview'] as const,
      queryFn: async ({ signal }) => (await callDashboardRoute('alertsOverview', { account_id: accountId }, { signal })).result,
      staleTime: 2_000,
      refetchInterval: refreshEvery,
    }),
  server: (accountId: string, serverId: string) =>
    queryOptions({
      queryKey: [...alertQueries.all(accountId), 'server', serverId] as const,
      queryFn: async ({ signal }) => (await callDashboardRoute('serverAlerts', { account_id: accountId, server_id: serverId }, { signal })).result,
      staleTime: 2_000,
      refetchInterval: refreshEvery,
    }),
};
