import { useCallback, useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { parsePortalFilters, writePortalFilters, type PortalFilters } from '@/features/portals/portal-filters';

/** Given the filters as they are when it lands, what to change. */
export type PortalFiltersUpdate = (current: PortalFilters) => Partial<PortalFilters>;

/** The portal page's status filter, search and sort, read from and written to the query string. */
export function usePortalFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = parsePortalFilters(searchParams);
  // Navigations land in a React transition, so `searchParams` can lag behind what was just written: each change
  // builds on the last URL written until that one has rendered, so quick successive changes never undo one another.
  const written = useRef<URLSearchParams | null>(null);
  useEffect(() => {
    if (written.current?.toString() === searchParams.toString()) written.current = null;
  }, [searchParams]);
  const changeFilters = useCallback(
    (update: PortalFiltersUpdate) => {
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
  const clearFilters = useCallback(() => changeFilters(() => ({ statuses: [], q: '' })), [changeFilters]);
  return { filters, changeFilters, clearFilters };
}
