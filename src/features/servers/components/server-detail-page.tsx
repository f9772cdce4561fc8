import { useQuery } from '@tanstack/react-query';
import { portalQueries } from '@/cloudflare-api/portal-queries';
import type { Portal } from '@/cloudflare-api/portal-schema';
import { AllPortalsLink } from '@/components/all-portals-link';
import { Breadcrumbs, accountCrumbs } from '@/components/breadcrumbs';
import { DocumentTitle } from '@/components/document-title';
import { QueryStates } from '@/components/query-states';
import { paths } from '@/lib/paths';
import { ServerDetail } from '@/features/servers/components/server-detail/server-detail';
import { ServerDetailSkeleton } from '@/features/servers/components/server-detail/server-detail-skeleton';
import { UnreadableServerCard, unreadableServerLabel } from '@/features/servers/components/unreadable-server-card';
import { ServerNotFound } from '@/features/servers/components/server-detail/server-not-found';

/** Ids the route has already checked. */
interface ServerIds {
  accountId: string;
  portalId: string;
  serverId: string;
}

export function ServerDetailPage({ accountId, portalId, serverId }: ServerIds) {
  // Everything the API says about a server in a portal comes with the portal, so this page shares its cache entry.
  const query = useQuery(portalQueries.detail(accountId, portalId));
  const { data: portal, error } = query;
  const server = portal?.servers.find((candidate) => candidate.id === serverId);
  const crumbs = [
    ...accountCrumbs(accountId, paths.portals.getHref(accountId)),
    { label: portal?.name ?? portalId, href: paths.portal.getHref(accountId, portalId) },
    { label: server?.name ?? serverId },
  ];
  return (
    <div className="flex flex-col gap-6">
      <DocumentTitle title={server?.name ?? (portal || error ? serverId : null)} />
      <Breadcrumbs items={crumbs} />
      <QueryStates
        query={query}
        action={{ kind: 'view-portal', portalId }}
        shown="data"
        loading={<ServerDetailSkeleton />}
        errorActions={<AllPortalsLink accountId={accountId} />}
        freshnessClassName="-mb-3"
      >
        {(loaded, freshness) => (
          <>
            {freshness}
            <ServerInPortal ids={{ accountId, portalId, serverId }} portal={loaded} />
          </>
        )}
      </QueryStates>
    </div>
  );
}

/** The server as its portal describes it; or its unreadable entry; or that the portal has no such server. */
function ServerInPortal({ ids: { accountId, portalId, serverId }, portal }: { ids: ServerIds; portal: Portal }) {
  const server = portal.servers.find((candidate) => candidate.id === serverId);
  if (server) {
    // Keyed so going Back from one server to another starts with that server's own search and sync state.
    return <ServerDetail key={server.id} accountId={accountId} portalId={portalId} portalHostname={portal.hostname} server={server} />;
  }
  const unreadable = portal.unreadableServers.find((candidate) => candidate.id === serverId);
  if (unreadable) {
    return (
      <>
        <h1 className="text-2xl font-semibold break-words">{unreadableServerLabel(unreadable)}</h1>
        <UnreadableServerCard server={unreadable} />
      </>
    );
  }
  return <ServerNotFound accountId={accountId} portalId={portalId} portalName={portal.name} serverId={serverId} />;
}

// The alerts page rides in this page's chunk: a third lazy chunk made the bundler split the shared code out of the
// entry into a preloaded chunk of its own, 3 KB more on the first load (npm run size).
export { AlertsPage } from '@/features/servers/alerts/alerts-page';
