import { useCallback } from 'react';
import { parsePortalListState, writePortalListState, type PortalListState } from '@/features/portals/portal-list-params';
import { useSearchParamsWriter } from '@/lib/use-search-params-writer';

/** The account view's search, attention filter, sort and page, read from and written to the query string. */
export function usePortalListState() {
  const [searchParams, write] = useSearchParamsWriter();
  const state = parsePortalListState(searchParams);
  const change = useCallback(
    (update: Partial<PortalListState>, { replace = false }: { replace?: boolean } = {}) =>
      write((current) => {
        const base = parsePortalListState(current);
        // A new search, filter or sort starts again at the first page.
        const page = update.page ?? (Object.keys(update).length > 0 ? 1 : base.page);
        return { next: writePortalListState(current, { ...base, ...update, page }), replace };
      }),
    [write],
  );
  return { state, change };
}
