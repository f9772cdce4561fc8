import { queryOptions } from '@tanstack/react-query';
import { getPortal, listPortals, type PortalListParams } from '@/features/portals/api/get-portals';

const WAITING_REFRESH_MS = 3_000;

/** Keys go from generic to specific so `all(accountId)` invalidates every portal view of an account. */
export const portalQueries = {
  all: (accountId: string) => ['accounts', accountId, 'portals'] as const,
  list: (accountId: string, params: PortalListParams = {}) =>
    queryOptions({
      queryKey: [...portalQueries.all(accountId), 'list', params] as const,
      queryFn: ({ signal }) => listPortals(accountId, params, { signal }),
    }),
  detail: (accountId: string, portalId: string) =>
    queryOptions({
      queryKey: [...portalQueries.all(accountId), 'detail', portalId] as const,
      queryFn: ({ signal }) => getPortal(accountId, portalId, { signal }),
      // Cloudflare settles a `waiting` server within seconds; re-read until it does so nobody has to reload.
      refetchInterval: (query) =>
        query.state.data?.servers.some((server) => server.status === 'waiting') ? WAITING_REFRESH_MS : false,
    }),
};
