import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { Breadcrumbs, accountCrumbs } from '@/components/breadcrumbs';
import { Button } from '@/components/button';
import { DataFreshness } from '@/components/data-freshness';
import { DocumentTitle } from '@/components/document-title';
import { ErrorPanel } from '@/components/error-panel';
import { RelativeTime } from '@/components/relative-time';
import { Skeleton } from '@/components/skeleton';
import { describeApiError } from '@/lib/describe-api-error';
import { paths } from '@/lib/paths';
import type { Portal } from '@/features/portals/api/portal-schema';
import { portalQueries } from '@/features/portals/api/portal-queries';
import { DebouncedSearchField } from '@/components/debounced-search-field';
import { countByStatus, STATUS_FILTER_LABELS, STATUS_FILTERS } from '@/features/portals/portal-filters';
import { parsePortalListState, PORTALS_PER_PAGE, writePortalListState } from '@/features/portals/portal-list-params';

export function PortalListPage() {
  const { accountId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const { q, page } = parsePortalListState(searchParams);
  const query = useQuery({
    ...portalQueries.list(accountId, { page, perPage: PORTALS_PER_PAGE, search: q.trim() || undefined }),
    // Paging and searching keep the current rows until the next ones arrive: no blank flashes.
    placeholderData: keepPreviousData,
  });
  const commitSearch = useCallback(
    (value: string) => setSearchParams((current) => writePortalListState(current, { q: value, page: 1 }), { replace: true }),
    [setSearchParams],
  );
  const goToPage = (next: number) => setSearchParams((current) => writePortalListState(current, { q, page: next }));

  const portals = query.data?.result;
  const info = query.data?.resultInfo;
  const totalPages = info?.total_pages ?? (info?.total_count != null ? Math.max(1, Math.ceil(info.total_count / PORTALS_PER_PAGE)) : 1);

  return (
    <div className="flex flex-col gap-4">
      <DocumentTitle title="Portals" />
      <Breadcrumbs items={[accountCrumbs(accountId, paths.portals.getHref(accountId))[0]!, { label: 'Portals' }]} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">MCP server portals</h1>
          <p className="font-mono text-sm text-muted-foreground">Account {accountId}</p>
          {portals ? (
            <DataFreshness updatedAt={query.dataUpdatedAt} refreshing={query.isFetching} onRefresh={() => void query.refetch()} />
          ) : null}
        </div>
        {/* The API searches, so it sees one search per pause in typing, not one per keystroke. */}
        <DebouncedSearchField
          label="Search portals"
          value={q}
          onCommit={commitSearch}
          delayMs={300}
          placeholder="Name, id or hostname"
          className="w-72"
        />
      </div>
      {portals && query.error ? (
        <ErrorPanel
          variant="banner"
          lead="Showing the last loaded list: the latest refresh failed."
          explanation={describeApiError(query.error, { kind: 'list-portals' })}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : null}
      {portals ? (
        portals.length === 0 ? (
          <div className="flex flex-col items-center gap-3 rounded-xl border border-dashed border-border p-6 text-center text-muted-foreground">
            {q ? (
              <>
                <p>No portal matches “{q}”.</p>
                <Button size="sm" onClick={() => commitSearch('')}>
                  Clear search
                </Button>
              </>
            ) : (
              <p>This account has no MCP server portals yet. Create one in Cloudflare One › Access › AI controls.</p>
            )}
          </div>
        ) : (
          <>
            <ul aria-busy={query.isPlaceholderData} className="divide-y divide-border rounded-xl border border-border bg-card">
              {portals.map((portal) => (
                <PortalRow key={portal.id} accountId={accountId} portal={portal} />
              ))}
            </ul>
            <nav aria-label="Pagination" className="flex items-center justify-between gap-3 text-sm">
              <p className="text-muted-foreground">
                Page {page} of {totalPages}
                {info?.total_count != null ? ` · ${info.total_count} portal${info.total_count === 1 ? '' : 's'}` : ''}
              </p>
              <div className="flex gap-2">
                <Button size="sm" disabled={page <= 1} onClick={() => goToPage(page - 1)}>
                  Previous page
                </Button>
                <Button size="sm" disabled={page >= totalPages} onClick={() => goToPage(page + 1)}>
                  Next page
                </Button>
              </div>
            </nav>
          </>
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
          {Array.from({ length: 5 }, (_, index) => (
            <Skeleton key={index} className="h-16 w-full" />
          ))}
        </div>
      )}
    </div>
  );
}

function PortalRow({ accountId, portal }: { accountId: string; portal: Portal }) {
  const queryClient = useQueryClient();
  const counts = countByStatus(portal.servers);
  // Hovering or focusing a link is a strong hint: fetch the portal and the page's code before the click.
  const prefetch = () => {
    void queryClient.prefetchQuery(portalQueries.detail(accountId, portal.id));
    void import('@/features/portals/components/portal-page');
  };
  const unreadable = portal.unreadableServers.length;
  const summary = [
    ...STATUS_FILTERS.filter((status) => counts[status] > 0).map((status) => `${counts[status]} ${STATUS_FILTER_LABELS[status]}`),
    ...(unreadable > 0 ? [`${unreadable} unreadable`] : []),
  ].join(' · ');
  const total = portal.servers.length + unreadable;
  return (
    <li className="flex flex-col gap-1 px-4 py-3 hover:bg-muted sm:flex-row sm:items-center sm:justify-between">
      <div className="flex min-w-0 flex-col">
        <Link
          to={paths.portal.getHref(accountId, portal.id)}
          onMouseEnter={prefetch}
          onFocus={prefetch}
          dir="auto"
          className="line-clamp-3 font-medium break-words hover:underline"
          title={portal.name}
        >
          {portal.name}
        </Link>
        <span className="line-clamp-2 text-sm break-all text-muted-foreground" title={portal.hostname}>
          {portal.hostname}
        </span>
      </div>
      <div className="flex flex-col text-sm sm:items-end">
        <span>
          {total} server{total === 1 ? '' : 's'}
          {summary ? <span className="text-muted-foreground"> · {summary}</span> : null}
        </span>
        <span className="text-muted-foreground">
          Modified <RelativeTime value={portal.modified_at} fallback="at an unknown time" />
        </span>
      </div>
    </li>
  );
}
