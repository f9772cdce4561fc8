import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { portalQueries } from '@/cloudflare-api/portal-queries';
import { Breadcrumbs, accountCrumbs } from '@/components/breadcrumbs';
import { Button } from '@/components/button';
import { DebouncedSearchField } from '@/components/debounced-search-field';
import { DocumentTitle } from '@/components/document-title';
import { QueryStates } from '@/components/query-states';
import { Skeleton } from '@/components/skeleton';
import { paths } from '@/lib/paths';
import { PortalRow } from '@/features/portals/components/portal-row';
import { parsePortalListState, PORTALS_PER_PAGE, writePortalListState } from '@/features/portals/portal-list-params';

interface PortalListPageProps {
  /** Checked by the route. */
  accountId: string;
  /** Starts loading the portal page's code, when a link to a portal is hovered or focused. */
  preloadPortalPage: () => void;
}

export function PortalListPage({ accountId, preloadPortalPage }: PortalListPageProps) {
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

  const info = query.data?.resultInfo;
  const totalPages = info?.total_pages ?? (info?.total_count != null ? Math.max(1, Math.ceil(info.total_count / PORTALS_PER_PAGE)) : 1);

  return (
    <div className="flex flex-col gap-4">
      <DocumentTitle title="Portals" />
      <Breadcrumbs items={[accountCrumbs(accountId, paths.portals.getHref(accountId))[0]!, { label: 'Portals' }]} />
      <QueryStates
        query={query}
        action={{ kind: 'list-portals' }}
        shown="list"
        loading={<PortalListSkeleton />}
        header={(freshness) => (
          <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
            <div>
              <h1 className="text-2xl font-semibold tracking-tight">MCP server portals</h1>
              <p className="font-mono text-sm text-muted-foreground">Account {accountId}</p>
              {freshness}
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
        )}
      >
        {({ result: portals }) =>
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
                  <PortalRow key={portal.id} accountId={accountId} portal={portal} preloadPortalPage={preloadPortalPage} />
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
        }
      </QueryStates>
    </div>
  );
}

function PortalListSkeleton() {
  return (
    <div aria-busy="true" className="flex flex-col gap-2">
      <p role="status" className="sr-only">
        Loading portals…
      </p>
      {Array.from({ length: 5 }, (_, index) => (
        <Skeleton key={index} className="h-16 w-full" />
      ))}
    </div>
  );
}
