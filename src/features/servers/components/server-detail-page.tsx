import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { Breadcrumbs, accountCrumbs } from '@/components/breadcrumbs';
import { buttonVariants } from '@/components/button';
import { DataFreshness } from '@/components/data-freshness';
import { DocumentTitle } from '@/components/document-title';
import { ErrorPanel } from '@/components/error-panel';
import { describeApiError } from '@/lib/describe-api-error';
import { paths } from '@/lib/paths';
import { portalQueries } from '@/features/portals/api/portal-queries';
import { ServerDetail } from '@/features/servers/components/server-detail/server-detail';
import { ServerDetailSkeleton } from '@/features/servers/components/server-detail/server-detail-skeleton';
import { UnreadableServerCard, unreadableServerLabel } from '@/features/servers/components/unreadable-server-card';
import { ServerNotFound } from '@/features/servers/components/server-detail/server-not-found';

export function ServerDetailPage() {
  // The route (src/app/routes.tsx) has already rejected malformed ids, so all three are present and valid here.
  const { accountId = '', portalId = '', serverId = '' } = useParams();
  // Everything the API says about a server in a portal comes with the portal, so this page shares its cache entry.
  const query = useQuery(portalQueries.detail(accountId, portalId));
  const { data: portal, error } = query;
  const crumbs = accountCrumbs(accountId, paths.portals.getHref(accountId));
  const portalHref = paths.portal.getHref(accountId, portalId);
  const action = { kind: 'view-portal', portalId } as const;
  const retry = () => void query.refetch();

  // Data first: a failed background refresh keeps what we have on screen.
  if (portal) {
    const server = portal.servers.find((candidate) => candidate.id === serverId);
    const unreadable = server ? undefined : portal.unreadableServers.find((candidate) => candidate.id === serverId);
    const portalCrumb = { label: portal.name, href: portalHref };
    return (
      <div className="flex flex-col gap-6">
        <DocumentTitle title={server ? server.name : serverId} />
        <Breadcrumbs items={[...crumbs, portalCrumb, { label: server ? server.name : serverId }]} />
        {error ? (
          <ErrorPanel
            variant="banner"
            lead="Showing the last loaded data: the latest refresh failed."
            explanation={describeApiError(error, action)}
            onRetry={retry}
            retrying={query.isFetching}
          />
        ) : null}
        <DataFreshness className="-mb-3" updatedAt={query.dataUpdatedAt} refreshing={query.isFetching} onRefresh={retry} />
        {server ? (
          // Keyed so going Back from one server to another starts with that server's own search and sync state.
          <ServerDetail key={server.id} accountId={accountId} portalId={portalId} portalHostname={portal.hostname} server={server} />
        ) : unreadable ? (
          <>
            <h1 className="text-2xl font-semibold break-words">{unreadableServerLabel(unreadable)}</h1>
            <UnreadableServerCard server={unreadable} />
          </>
        ) : (
          <ServerNotFound accountId={accountId} portalId={portalId} portalName={portal.name} serverId={serverId} />
        )}
      </div>
    );
  }
  const knownCrumbs = [...crumbs, { label: portalId, href: portalHref }, { label: serverId }];
  if (error) {
    return (
      <>
        <DocumentTitle title={serverId} />
        <Breadcrumbs items={knownCrumbs} />
        <ErrorPanel explanation={describeApiError(error, action)} onRetry={retry} retrying={query.isFetching}>
          <Link to={paths.portals.getHref(accountId)} className={buttonVariants({ size: 'sm', variant: 'ghost' })}>
            All portals
          </Link>
        </ErrorPanel>
      </>
    );
  }
  return (
    <>
      <DocumentTitle title={null} />
      <Breadcrumbs items={knownCrumbs} />
      <ServerDetailSkeleton />
    </>
  );
}
