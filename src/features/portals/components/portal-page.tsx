import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { buttonVariants } from '@/components/button';
import { ErrorPanel } from '@/components/error-panel';
import { describeApiError } from '@/lib/describe-api-error';
import { paths } from '@/lib/paths';
import { portalQueries } from '@/features/portals/api/portal-queries';
import { PortalHeader } from '@/features/portals/components/portal-header';
import { PortalPageSkeleton } from '@/features/portals/components/portal-page-skeleton';
import { ServerCard } from '@/features/servers/components/server-card';

export function PortalPage() {
  // The route's loader has already rejected malformed ids, so both are present and valid here.
  const { accountId = '', portalId = '' } = useParams();
  const query = useQuery(portalQueries.detail(accountId, portalId));
  const { data: portal, error } = query;
  const action = { kind: 'view-portal', portalId } as const;
  const backToList = (
    <Link to={paths.portals.getHref(accountId)} className={buttonVariants({ size: 'sm', variant: 'ghost' })}>
      All portals
    </Link>
  );

  // Data first: a failed background refresh keeps what we have on screen.
  if (portal) {
    return (
      <div className="flex flex-col gap-6">
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
        <section aria-labelledby="servers-heading" className="flex flex-col gap-3">
          <h2 id="servers-heading" className="text-lg font-semibold">
            Servers <span className="text-muted-foreground">({portal.servers.length})</span>
          </h2>
          {portal.servers.length === 0 ? (
            <p className="rounded-xl border border-dashed border-border p-6 text-center text-muted-foreground">
              This portal has no MCP servers yet. Add servers to it in Cloudflare One › Access › AI controls.
            </p>
          ) : (
            <div className="grid grid-cols-1 items-start gap-4 md:grid-cols-2 xl:grid-cols-3">
              {portal.servers.map((server) => (
                <ServerCard key={server.id} accountId={accountId} server={server} />
              ))}
            </div>
          )}
        </section>
      </div>
    );
  }
  if (error) {
    return (
      <ErrorPanel explanation={describeApiError(error, action)} onRetry={() => void query.refetch()} retrying={query.isFetching}>
        {backToList}
      </ErrorPanel>
    );
  }
  return <PortalPageSkeleton />;
}
