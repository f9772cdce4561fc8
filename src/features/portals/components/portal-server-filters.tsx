import { useCallback, useId } from 'react';
import { DebouncedSearchField } from '@/components/debounced-search-field';
import { SortSelect } from '@/components/sort-select';
import { cn } from '@/lib/cn';
import { STATUS_TERMS, type StatusTone } from '@/cloudflare-api/server-health';
import { STATUS_FILTERS, SORTS, VIEWS, type PortalFilters, type ServerView, type Sort, type StatusFilter } from '@/features/portals/portal-filters';
import type { PortalFiltersUpdate } from '@/features/portals/use-portal-filters';

const VIEW_LABELS: Record<ServerView, string> = { cards: 'Cards', table: 'Table' };

const SORT_LABELS: Record<Sort, string> = { status: 'Sort: health first', name: 'Sort: name', last_synced: 'Sort: last synced' };

/** A chip in its status's colours, as the cards' badges are: the summary and the filter are one control. */
const CHIP_TONES: Record<StatusTone, string> = {
  success: 'border-success/40 bg-success-soft text-success hover:border-success',
  warning: 'border-warning/40 bg-warning-soft text-warning hover:border-warning',
  danger: 'border-danger/40 bg-danger-soft text-danger hover:border-danger',
  info: 'border-info/40 bg-info-soft text-info hover:border-info',
  neutral: 'border-border bg-muted text-muted-foreground hover:border-foreground/40',
};

interface PortalServerFiltersProps {
  counts: Record<StatusFilter, number>;
  filters: PortalFilters;
  /** Takes the change as a function of the filters when it lands, never of an earlier render's. */
  onChange: (update: PortalFiltersUpdate) => void;
}

/** Status chips (each count is a filter: press to show only those), search and sort; all kept in the URL by usePortalFilters. */
export function PortalServerFilters({ counts, filters, onChange }: PortalServerFiltersProps) {
  const groupLabelId = useId();
  const commitSearch = useCallback((q: string) => onChange(() => ({ q })), [onChange]);
  const toggle = (status: StatusFilter) =>
    onChange((current) => ({
      statuses: current.statuses.includes(status) ? current.statuses.filter((item) => item !== status) : [...current.statuses, status],
    }));

  return (
    <div className="flex flex-col gap-2 sm:gap-3 lg:flex-row lg:items-end lg:justify-between">
      <div role="group" aria-labelledby={groupLabelId} className="flex flex-wrap items-center gap-1.5 sm:gap-2">
        {/* On a phone the label would push the chips onto a third row; screen readers still hear it. */}
        <span id={groupLabelId} className="sr-only text-sm font-medium text-muted-foreground sm:not-sr-only">
          Show:
        </span>
        {STATUS_FILTERS.filter((status) => counts[status] > 0 || filters.statuses.includes(status)).map((status) => {
          const pressed = filters.statuses.includes(status);
          const { label, tone, symbol } = STATUS_TERMS[status];
          return (
            <button
              key={status}
              type="button"
              aria-pressed={pressed}
              onClick={() => toggle(status)}
              className={cn(
                'inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium transition-colors sm:gap-1.5 sm:px-3 sm:py-1 sm:text-sm',
                CHIP_TONES[tone],
                pressed && 'ring-2 ring-current ring-offset-1 ring-offset-background',
              )}
            >
              <span aria-hidden="true">{pressed ? '✓' : symbol}</span>
              <span className="font-semibold tabular-nums">{counts[status]}</span> {label}
            </button>
          );
        })}
        {filters.statuses.length > 0 ? (
          <button type="button" onClick={() => onChange(() => ({ statuses: [] }))} className="text-sm text-muted-foreground underline underline-offset-4 hover:text-foreground">
            Show every status
          </button>
        ) : null}
      </div>
      <div className="flex flex-wrap items-end gap-2 sm:gap-3">
        <DebouncedSearchField
          label="Search servers"
          value={filters.q}
          onCommit={commitSearch}
          delayMs={150}
          placeholder="Search: name, id, hostname"
          className="w-full sm:w-56"
          wrapperClassName="min-w-40 flex-1 sm:flex-none"
          labelVisibleFromSm
        />
        <SortSelect value={filters.sort} options={SORTS} labels={SORT_LABELS} onChange={(sort) => onChange(() => ({ sort }))} />
        <div role="group" aria-label="View" className="flex h-9 rounded-md border border-border bg-card p-0.5">
          {VIEWS.map((view) => (
            <button
              key={view}
              type="button"
              aria-pressed={filters.view === view}
              onClick={() => onChange(() => ({ view }))}
              className={cn(
                'rounded px-3 text-sm font-medium transition-colors',
                filters.view === view ? 'bg-foreground text-background' : 'text-muted-foreground hover:text-foreground',
              )}
            >
              {VIEW_LABELS[view]}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
