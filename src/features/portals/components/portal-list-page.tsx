import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ErrorPanel } from '@/components/error-panel';
import { Skeleton } from '@/components/skeleton';
import { describeApiError } from '@/lib/describe-api-error';
import { paths } from '@/lib/paths';
import { portalQueries } from '@/features/portals/api/portal-queries';

/** The account's portals as a plain linked list; the richer list (search, paging) is a later step. */
export function PortalListPage() {
  const { accountId = '' } = useParams();
  const query = useQuery(portalQueries.list(accountId, { perPage: 100 }));
  const portals = query.data?.result;

  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">MCP server portals</h1>
        <p className="font-mono text-sm text-muted-foreground">Account {accountId}</p>
      </div>
      {portals ? (
        portals.length === 0 ? (
          <p className="rounded-xl border border-dashed border-border p-6 text-center text-muted-foreground">
            This account has no MCP server portals yet.
          </p>
        ) : (
          <ul className="divide-y divide-border rounded-xl border border-border bg-card">
            {portals.map((portal) => (
              <li key={portal.id}>
                <Link
                  to={paths.portal.getHref(accountId, portal.id)}
                  className="flex flex-col gap-0.5 px-4 py-3 hover:bg-muted sm:flex-row sm:items-baseline sm:justify-between"
                >
                  <span className="font-medium break-words">{portal.name}</span>
                  <span className="text-sm break-all text-muted-foreground">
                    {portal.hostname} · {portal.servers.length} server{portal.servers.length === 1 ? '' : 's'}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )
      ) : query.error ? (
        <ErrorPanel
          explanation={describeApiError(query.error, { kind: 'list-portals' })}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : (
        <div aria-busy="true" className="flex flex-col gap-2">
          <p role="status" className="sr-only">
            Loading portals…
          </p>
          {Array.from({ length: 3 }, (_, index) => (
            <Skeleton key={index} className="h-12 w-full" />
          ))}
        </div>
      )}
    </div>
  );
}
