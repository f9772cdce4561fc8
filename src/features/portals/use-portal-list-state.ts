import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { parsePortalListState, writePortalListState, type PortalListState } from '@/features/portals/portal-list-params';

/** The account view's search, attention filter, sort and page, read from and written to the query string. */
export function usePortalListState() {
  const [searchParams, setSearchParams] = useSearchParams();
  const state = parsePortalListState(searchParams);
  const change = useCallback(
    (update: Partial<PortalListState>, { replace = false }: { replace?: boolean } = {}) =>
      setSearchParams(
        (current) => {
          const base = parsePortalListState(current);
          // A new search, filter or sort starts again at the first page.
          const page = update.page ?? (Object.keys(update).length > 0 ? 1 : base.page);
          return writePortalListState(current, { ...base, ...update, page });
        },
        { replace },
      ),
    [setSearchParams],
  );
  return { state, change };
}
