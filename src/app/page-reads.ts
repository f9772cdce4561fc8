import type { DefaultError, FetchQueryOptions, QueryClient, QueryKey } from '@tanstack/react-query';
import { matchPath } from 'react-router';
import { isAccountId, isResourceId } from '@/lib/cloudflare/contract';
import { clientConfigQuery } from '@/lib/client-config';
import { paths } from '@/lib/paths';
import { portalQueries } from '@/cloudflare-api/portal-queries';
import { serverQueries } from '@/features/servers/api/server-queries';
import { historyQueries } from '@/features/servers/history/history-queries';
import { alertQueries } from '@/features/servers/alerts/alert-queries';

/** The reads a page starts before it renders, in the order of its preload hint (the contract's PAGES). */
type PageReads = (client: QueryClient) => void;

/**
 * Like `usePrefetchQuery`: a query already in the cache (fresh, in flight or failed) is left to its own observers, so
 * opening a page never reads again what another page has just read.
 */
function prefetchIfAbsent<T, K extends QueryKey>(client: QueryClient, options: FetchQueryOptions<T, DefaultError, T, K>): void {
  if (client.getQueryState(options.queryKey) === undefined) void client.prefetchQuery(options);
}

function portalPageReads(accountId: string, portalId: string): PageReads {
  return (client) => {
    prefetchIfAbsent(client, portalQueries.detail(accountId, portalId));
    prefetchIfAbsent(client, historyQueries.portal(accountId, portalId));
  };
}

function serverPageReads(accountId: string, portalId: string, serverId: string): PageReads {
  return (client) => {
    // Everything the API says about a server in a portal comes with the portal: one request serves both pages.
    const known = client.getQueryData(portalQueries.detail(accountId, portalId).queryKey);
    prefetchIfAbsent(client, portalQueries.detail(accountId, portalId));
    // An OAuth server's page also shows its redirect URI: read beside the portal, not after it. Without the portal in
    // the cache (a deep link) the auth type is not known yet, so it is read then too.
    const authType = known?.servers.find((server) => server.id === serverId)?.auth_type;
    if (known === undefined || authType === 'oauth') prefetchIfAbsent(client, serverQueries.effectiveRedirectUri(accountId, portalId, serverId));
  };
}

/**
 * The page's own first reads at `pathname`: null for a page that is not in the contract's PAGES, or ids the route
 * itself would refuse (the server hints nothing for those either).
 */
function readsOfPage(pathname: string): PageReads | null {
  const match = [paths.portals, paths.portal, paths.server, paths.alerts]
    .map((route) => {
      const params: Partial<Record<'accountId' | 'portalId' | 'serverId', string>> | undefined = matchPath(route.path, pathname)?.params;
      return { route, params };
    })
    .find(({ params }) => params !== undefined);
  if (match === undefined) return null;
  const { accountId = '', portalId, serverId } = match.params ?? {};
  if (!isAccountId(accountId)) return null;
  if (portalId !== undefined && !isResourceId(portalId)) return null;
  if (serverId !== undefined && !isResourceId(serverId)) return null;
  if (match.route === paths.portals) return (client) => prefetchIfAbsent(client, portalQueries.everyPortal(accountId));
  if (match.route === paths.portal && portalId !== undefined) return portalPageReads(accountId, portalId);
  if (portalId !== undefined && serverId !== undefined) return serverPageReads(accountId, portalId, serverId);
  // The alerts page reads what the header reads.
  return () => undefined;
}

/** Starts the reads of the page at `pathname`: its route calls this as it renders, for a page opened from another. */
export function startOwnReads(client: QueryClient, pathname: string): void {
  readsOfPage(pathname)?.(client);
}

/**
 * A page load's reads, started by main.tsx before React renders anything: the page's own, then the header's, in the
 * order of the server's preload hint, so each `fetch` takes its preloaded answer at once. Started by the components
 * that need them, they waited for the first render to reach those, a few hundred milliseconds on a big portal
 * (docs/performance.md, seventh session).
 */
export function startPageLoadReads(client: QueryClient, pathname: string): void {
  const reads = readsOfPage(pathname);
  if (reads === null) return;
  reads(client);
  // The header's (app-layout.tsx, alerts-indicator.tsx): the page's account is the one the header shows.
  prefetchIfAbsent(client, clientConfigQuery);
  const accountId = matchPath('/accounts/:accountId/*', pathname)?.params.accountId ?? '';
  prefetchIfAbsent(client, alertQueries.overview(accountId));
}
