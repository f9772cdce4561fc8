import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { Breadcrumbs, accountCrumbs } from '@/components/breadcrumbs';
import { Alert } from '@/components/alert';
import { Button } from '@/components/button';
import { ErrorBoundary } from '@/components/error-boundary';
import { DataFreshness } from '@/components/data-freshness';
import { DocumentTitle } from '@/components/document-title';
import { buttonVariants } from '@/components/button';
import { ErrorPanel } from '@/components/error-panel';
import { describeApiError } from '@/lib/describe-api-error';
import { paths } from '@/lib/paths';
import { portalQueries } from '@/features/portals/api/portal-queries';
import { PortalHeader } from '@/features/portals/components/portal-header';
import { PortalPageSkeleton } from '@/features/portals/components/portal-page-skeleton';
import { PortalServerFilters } from '@/features/portals/components/portal-server-filters';
import { applyPortalFilters, countByStatus, parsePortalFilters, writePortalFilters, type PortalFilters } from '@/features/portals/portal-filters';
import { ServerCard } from '@/features/servers/components/server-card';
import { ServerCardFailure } from '@/features/servers/components/server-card-failure';
import { UnreadableServerCard } from '@/features/servers/components/unreadable-server-card';
import { BulkSyncBar } from '@/features/servers/bulk-sync/bulk-sync-bar';
import { useBulkSync } from '@/features/servers/bulk-sync/use-bulk-sync';
import { bulkRunChanges } from '@/features/servers/bulk-sync/bulk-changes';

export function PortalPage() {
  // The route (src/app/routes.tsx) has already rejected malformed ids, so both are present and valid here.
  const { accountId = '', portalId = '' } = useParams();
  const query = useQuery(portalQueries.detail(accountId, portalId));
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = parsePortalFilters(searchParams);
  // Navigations land in a React transition, so `searchParams` can lag behind what was just written: each change
  // builds on the last URL written until that one has rendered, so quick successive changes never undo one another.
  const written = useRef<URLSearchParams | null>(null);
  useEffect(() => {
    if (written.current?.toString() === searchParams.toString()) written.current = null;
  }, [searchParams]);
  const changeFilters = useCallback(
    (update: (current: PortalFilters) => Partial<PortalFilters>) => {
      const base = written.current ?? searchParams;
      const current = parsePortalFilters(base);
      const change = update(current);
      const next = writePortalFilters(base, { ...current, ...change });
      written.current = next;
      // Typing replaces the history entry; toggling a status or the sort adds one, so Back undoes it.
      setSearchParams(next, { replace: change.q !== undefined });
    },
    [searchParams, setSearchParams],
  );
  const clearFilters = () => changeFilters(() => ({ statuses: [], q: '' }));
  const crumbs = accountCrumbs(accountId, paths.portals.getHref(accountId));
  const bulk = useBulkSync(accountId, portalId);
  const { data: portal, error } = query;
  const action = { kind: 'view-portal', portalId } as const;
  const backToList = (
    <Link to={paths.portals.getHref(accountId)} className={buttonVariants({ size: 'sm', variant: 'ghost' })}>
      All portals
    </Link>
  );

  // Data first: a failed background refresh keeps what we have on screen.
  if (portal) {
    const visible = applyPortalFilters(portal.servers, filters);
    const bulkChanges = bulkRunChanges(bulk.run, portal.servers);
    const unreadable = portal.unreadableServers;
    return (
      <div className="flex flex-col gap-6">
        <DocumentTitle title={portal.name} />
        <Breadcrumbs items={[...crumbs, { label: portal.name }]} />
        {error ? (
          <ErrorPanel
            variant="banner"
            lead="Showing the last loaded data: the latest refresh failed."
            explanation={describeApiError(error, action)}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        ) : null}
        <PortalHeader portal={portal} />
        <DataFreshness className="-mt-3" updatedAt={query.dataUpdatedAt} refreshing={query.isFetching} onRefresh={() => void query.refetch()} />
        <section aria-labelledby="servers-heading" className="flex flex-col gap-3">
          <h2 id="servers-heading" className="text-lg font-semibold">
            Servers <span className="text-muted-foreground">({portal.servers.length + unreadable.length})</span>
          </h2>
          {unreadable.length > 0 ? (
            <Alert tone="warning" role="status">
              {unreadable.length === 1 ? '1 server' : `${unreadable.length} servers`} could not be read: Cloudflare
              described {unreadable.length === 1 ? 'it' : 'them'} in a shape the dashboard does not understand. Their
              cards, at the end of the list, name the fields at fault; the other servers are shown as usual.
            </Alert>
          ) : null}
          {portal.servers.length > 0 ? (
            <BulkSyncBar servers={portal.servers} run={bulk.run} onStart={bulk.start} onCancel={bulk.cancel} onDismiss={bulk.dismiss} />
          ) : null}
          {portal.servers.length > 0 ? (
            <PortalServerFilters counts={countByStatus(portal.servers)} filters={filters} onChange={changeFilters} />
          ) : null}
          {portal.servers.length === 0 && unreadable.length === 0 ? (
            <p className="rounded-xl border border-dashed border-border p-6 text-center text-muted-foreground">
              This portal has no MCP servers yet. Add servers to it in Cloudflare One › Access › AI controls.
            </p>
          ) : portal.servers.length > 0 && visible.length === 0 ? (
            <div className="flex flex-col items-center gap-3 rounded-xl border border-dashed border-border p-6 text-center">
              <p className="text-muted-foreground">No server matches these filters. {portal.servers.length} are hidden.</p>
              <Button size="sm" onClick={clearFilters}>
                Clear filters
              </Button>
            </div>
          ) : null}
          {visible.length > 0 || unreadable.length > 0 ? (
            <div className="grid grid-cols-1 items-start gap-4 md:grid-cols-2 xl:grid-cols-3">
              {visible.map((server) => (
                <ErrorBoundary
                  key={server.id}
                  fallback={(failure, reset) => (
                    <ServerCardFailure
                      serverName={server.name}
                      detailHref={paths.server.getHref(accountId, portalId, server.id)}
                      error={failure}
                      onRetry={reset}
                    />
                  )}
                >
                  <ServerCard
                    accountId={accountId}
                    portalId={portalId}
                    server={server}
                    bulkState={bulk.run?.items[server.id]}
                    bulkChanges={bulkChanges?.get(server.id)}
                  />
                </ErrorBoundary>
              ))}
              {unreadable.map((server) => (
                <UnreadableServerCard key={`unreadable-${server.index}`} server={server} />
              ))}
            </div>
          ) : null}
        </section>
      </div>
    );
  }
  if (error) {
    return (
      <>
        <DocumentTitle title={portalId} />
        <Breadcrumbs items={[...crumbs, { label: portalId }]} />
        <ErrorPanel explanation={describeApiError(error, action)} onRetry={() => void query.refetch()} retrying={query.isFetching}>
          {backToList}
        </ErrorPanel>
      </>
    );
  }
  return (
    <>
      <DocumentTitle title={null} />
      <Breadcrumbs items={[...crumbs, { label: portalId }]} />
      <PortalPageSkeleton />
    </>
  );
}
