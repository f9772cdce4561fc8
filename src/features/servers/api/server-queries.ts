import { queryOptions } from '@tanstack/react-query';
import { getEffectiveRedirectUri } from '@/features/servers/api/get-effective-redirect-uri';

const HOUR = 60 * 60_000;

export const serverQueries = {
  /**
   * Kept outside `portalQueries.all`, so a sync's re-read of the portals leaves it alone: Cloudflare says the URI is
   * stable for the configuration's lifetime. One failed try is enough; the page shows a note and offers Try again.
   */
  effectiveRedirectUri: (accountId: string, portalId: string, serverId: string) =>
    queryOptions({
      queryKey: ['accounts', accountId, 'effective-redirect-uri', portalId, serverId] as const,
      queryFn: ({ signal }) => getEffectiveRedirectUri(accountId, portalId, serverId, { signal }),
      staleTime: HOUR,
      gcTime: 2 * HOUR,
      retry: false,
    }),
};
