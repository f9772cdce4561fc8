import { useCallback, useId } from 'react';
import { DebouncedSearchField } from '@/components/debounced-search-field';
import { cn } from '@/lib/cn';
import { STATUS_FILTER_LABELS, STATUS_FILTERS, SORTS, type PortalFilters, type Sort, type StatusFilter } from '@/features/portals/portal-filters';
import type { PortalFiltersUpdate } from '@/features/portals/use-portal-filters';

const SORT_LABELS: Record<Sort, string> = { status: 'Status (failing first)', name: 'Name', last_synced: 'Last synced' };

interface PortalServerFiltersProps {
  counts: Record<StatusFilter, number>;
  filters: PortalFilters;
  /** Takes the change as a function of the filters when it lands, never of an earlier render's. */
  onChange: (update: PortalFiltersUpdate) => void;
}

/** Summary strip (each count toggles a status filter), search and sort; all kept in the URL by usePortalFilters. */
export function PortalServerFilters({ counts, filters, onChange }: PortalServerFiltersProps) {
  const sortId = useId();
  const commitSearch = useCallback((q: string) => onChange(() => ({ q })), [onChange]);
  const toggle = (status: StatusFilter) =>
    onChange((current) => ({
      statuses: current.statuses.includes(status) ? current.statuses.filter((item) => item !== status) : [...current.statuses, status],
    }));

  return (
    <div className="flex flex-col gap-3 lg:flex-row lg:items-end lg:justify-between">
      <div role="group" aria-label="Filter by status" className="flex flex-wrap gap-2">
        {STATUS_FILTERS.map((status) => {
          const pressed = filters.statuses.includes(status);
          return (
            <button
              key={status}
              type="button"
              aria-pressed={pressed}
              onClick={() => toggle(status)}
              className={cn(
                'rounded-full border px-3 py-1 text-sm transition-colors',
                pressed ? 'border-foreground bg-foreground text-background' : 'border-border bg-card hover:bg-muted',
              )}
            >
              <span className="font-semibold">{counts[status]}</span> {STATUS_FILTER_LABELS[status]}
            </button>
          );
        })}
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <DebouncedSearchField
          label="Search servers"
          value={filters.q}
          onCommit={commitSearch}
          delayMs={150}
          placeholder="Name, id or hostname"
          className="w-56"
        />
        <div className="flex flex-col gap-1">
          <label htmlFor={sortId} className="text-xs font-medium text-muted-foreground">
            Sort by
          </label>
          <select
            id={sortId}
            value={filters.sort}
            onChange={(event) => {
              const sort = SORTS.find((candidate) => candidate === event.target.value) ?? 'status';
              onChange(() => ({ sort }));
            }}
            className="h-9 rounded-md border border-border bg-card px-2 text-sm"
          >
            {SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {SORT_LABELS[sort]}
              </option>
            ))}
          </select>
        </div>
      </div>
    </div>
  );
}
