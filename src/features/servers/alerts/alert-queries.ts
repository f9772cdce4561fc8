import { queryOptions } from '@tanstack/react-query';
import { callDashboardRoute } from '@/lib/api-client';
import type { AlertEvent } from '@/lib/cloudflare/contract';

/** While a delivery is being tried, its outcome arrives within seconds; otherwise alerts follow the monitor's sweeps. */
const WHILE_SENDING_MS = 2_000;
const WHILE_ON_MS = 15_000;

function refreshEvery({ state }: { state: { data?: { destination: string; events: AlertEvent[] } } }): number | false {
  const data = state.data;
  if (!data || data.destination === 'off') return false;
  const sending = data.events.some((event) => event.deliveries.some((delivery) => delivery.state === 'pending'));
  return sending ? WHILE_SENDING_MS : WHILE_ON_MS;
}

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
      staleTime: WHILE_SENDING_MS,
      refetchInterval: refreshEvery,
    }),
  server: (accountId: string, serverId: string) =>
    queryOptions({
      queryKey: [...alertQueries.all(accountId), 'server', serverId] as const,
      queryFn: async ({ signal }) => (await callDashboardRoute('serverAlerts', { account_id: accountId, server_id: serverId }, { signal })).result,
      staleTime: WHILE_SENDING_MS,
      refetchInterval: refreshEvery,
    }),
};
