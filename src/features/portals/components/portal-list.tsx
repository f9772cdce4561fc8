import { useCallback } from 'react';
import { Button } from '@/components/button';
import { DebouncedSearchField } from '@/components/debounced-search-field';
import { SortSelect } from '@/components/sort-select';
import type { Portal } from '@/cloudflare-api/portal-schema';
import { cn } from '@/lib/cn';
import { PortalRow } from '@/features/portals/components/portal-row';
import { arrangePortals, portalHealth } from '@/features/portals/portal-health';
import { PORTAL_SORTS, PORTALS_PER_PAGE, type PortalSort } from '@/features/portals/portal-list-params';
import { usePortalListState } from '@/features/portals/use-portal-list-state';

const SORT_LABELS: Record<PortalSort, string> = { health: 'Sort: health first', name: 'Sort: name', modified: 'Sort: last modified' };

interface PortalListProps {
  accountId: string;
  /** Every portal of the account: search, filter, sort and paging happen here, on what was read. */
  portals: readonly Portal[];
  /** Starts loading the portal page's code. */
  preloadPortalPage: () => void;
}

export function PortalList({ accountId, portals, preloadPortalPage }: PortalListProps) {
  const { state, change } = usePortalListState();
  const commitSearch = useCallback((q: string) => change({ q }, { replace: true }), [change]);
  const arranged = arrangePortals(portals, state);
  const needingAttention = portals.filter((portal) => portalHealth(portal).attention > 0).length;
  const totalPages = Math.max(1, Math.ceil(arranged.length / PORTALS_PER_PAGE));
  const page = Math.min(state.page, totalPages);
  const shown = arranged.slice((page - 1) * PORTALS_PER_PAGE, page * PORTALS_PER_PAGE);

  return (
    <section aria-labelledby="portal-list-heading" className="flex flex-col gap-3">
      <div className="flex flex-col gap-3 lg:flex-row lg:items-end lg:justify-between">
        <h2 id="portal-list-heading" className="text-lg font-semibold">
          Portals <span className="text-muted-foreground">({portals.length})</span>
        </h2>
        <div className="flex flex-wrap items-end gap-3">
          <button
            type="button"
            aria-pressed={state.attentionOnly}
            onClick={() => change({ attentionOnly: !state.attentionOnly })}
            className={cn(
              'inline-flex h-9 items-center gap-2 rounded-full border px-3 text-sm font-medium transition-colors',
              state.attentionOnly ? 'border-danger bg-danger text-card' : 'border-danger/40 bg-danger-soft text-danger hover:border-danger',
            )}
          >
            <span aria-hidden="true">{state.attentionOnly ? '✓' : '!'}</span>
            Needs attention ({needingAttention})
          </button>
          <DebouncedSearchField
            label="Search portals"
            value={state.q}
            onCommit={commitSearch}
            delayMs={150}
            placeholder="Name, id or hostname"
            className="w-56"
          />
          <SortSelect value={state.sort} options={PORTAL_SORTS} labels={SORT_LABELS} onChange={(sort) => change({ sort })} />
        </div>
      </div>
      {portals.length === 0 ? (
        <p className="rounded-xl border border-dashed border-border p-6 text-center text-muted-foreground">
          This account has no MCP server portals yet. Create one in Cloudflare One › Access › AI controls.
        </p>
      ) : arranged.length === 0 ? (
        <div className="flex flex-col items-center gap-3 rounded-xl border border-dashed border-border p-6 text-center text-muted-foreground">
          <p>{state.q ? `No portal matches “${state.q}”${state.attentionOnly ? ' among those that need attention' : ''}.` : 'No portal needs attention.'}</p>
          <Button size="sm" onClick={() => change({ q: '', attentionOnly: false })}>
            Show all portals
          </Button>
        </div>
      ) : (
        <>
          <ul className="divide-y divide-border rounded-xl border border-border bg-card">
            {shown.map((portal) => (
              <PortalRow key={portal.id} accountId={accountId} portal={portal} preloadPortalPage={preloadPortalPage} />
            ))}
          </ul>
          <nav aria-label="Pagination" className="flex items-center justify-between gap-3 text-sm">
            <p className="text-muted-foreground">
              Page {page} of {totalPages} · {arranged.length === portals.length ? `${portals.length} portals` : `${arranged.length} of ${portals.length} portals`}
            </p>
            <div className="flex gap-2">
              <Button size="sm" disabled={page <= 1} onClick={() => change({ page: page - 1 })}>
                Previous page
              </Button>
              <Button size="sm" disabled={page >= totalPages} onClick={() => change({ page: page + 1 })}>
                Next page
              </Button>
            </div>
          </nav>
        </>
      )}
    </section>
  );
}
