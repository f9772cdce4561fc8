import { queryOptions } from '@tanstack/react-query';
import { getPortal, listEveryPortal } from '@/cloudflare-api/get-portals';
import { nextWaitingPoll } from '@/cloudflare-api/waiting-poll';

/** Keys go from generic to specific so `all(accountId)` invalidates every portal view of an account. */
export const portalQueries = {
  all: (accountId: string) => ['accounts', accountId, 'portals'] as const,
  /** The whole account, every page: the account view's health and the server page's blast radius come from it. */
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
