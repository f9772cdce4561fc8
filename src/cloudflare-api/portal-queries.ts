import { queryOptions } from '@tanstack/react-query';
import { getPortal, listEveryPortal, listPortals, type PortalListParams } from '@/cloudflare-api/get-portals';
import { nextWaitingPoll } from '@/cloudflare-api/waiting-poll';

/** Keys go from generic to specific so `all(accountId)` invalidates every portal view of an account. */
export const portalQueries = {
  all: (accountId: string) => ['accounts', accountId, 'portals'] as const,
  list: (accountId: string, params: PortalListParams = {}) =>
    queryOptions({
      queryKey: [...portalQueries.all(accountId), 'list', params] as const,
      queryFn: ({ signal }) => listPortals(accountId, params, { signal }),
    }),
  /** The whole account, every page: what the server page's blast radius is worked out from. */
  everyPortal: (accountId: string) =>
    queryOptions({
      queryKey: [...portalQueries.all(accountId), 'every-portal'] as const,
      queryFn: ({ signal }) => listEveryPortal(accountId, { signal }),
    }),
  detail: (accountId: string, portalId: string) =>
    queryOptions({
      queryKey: [...portalQueries.all(accountId), 'detail', portalId] as const,
      queryFn: ({ signal }) => getPortal(accountId, portalId, { signal }),
      // Cloudflare settles a `waiting` server within seconds; re-read (backing off) until it does, so nobody has to reload.
      refetchInterval: (query) =>
        nextWaitingPoll(
          query,
          query.state.dataUpdateCount,
          query.state.data?.servers.some((server) => server.status === 'waiting') ?? false,
        ),
    }),
};
