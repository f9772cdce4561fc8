import { useCallback } from 'react';
import { parsePortalFilters, writePortalFilters, type PortalFilters } from '@/features/portals/portal-filters';
import { useSearchParamsWriter } from '@/lib/use-search-params-writer';

/** Given the filters as they are when it lands, what to change. */
export type PortalFiltersUpdate = (current: PortalFilters) => Partial<PortalFilters>;

/** The portal page's status filter, search and sort, read from and written to the query string. */
export function usePortalFilters() {
  const [searchParams, write] = useSearchParamsWriter();
  const filters = parsePortalFilters(searchParams);
  const changeFilters = useCallback(
    (update: PortalFiltersUpdate) =>
      write((base) => {
        const current = parsePortalFilters(base);
        const change = update(current);
        // Typing replaces the history entry; toggling a status or the sort adds one, so Back undoes it.
        return { next: writePortalFilters(base, { ...current, ...change }), replace: change.q !== undefined };
      }),
    [write],
  );
  const clearFilters = useCallback(() => changeFilters(() => ({ statuses: [], q: '' })), [changeFilters]);
  return { filters, changeFilters, clearFilters };
}
