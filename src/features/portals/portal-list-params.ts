/**
 * The account view's state in the URL, so a link reproduces it: `?q=` (search), `?show=attention` (only portals that
 * need attention), `?sort=name|modified` (health first when absent) and `?page=`.
 */
export const PORTAL_SORTS = ['health', 'name', 'modified'] as const;
export type PortalSort = (typeof PORTAL_SORTS)[number];

export interface PortalListState {
  q: string;
  attentionOnly: boolean;
  sort: PortalSort;
  page: number;
}

export const PORTALS_PER_PAGE = 10;
const DEFAULT_SORT: PortalSort = 'health';

function isPortalSort(value: string): value is PortalSort {
  return (PORTAL_SORTS as readonly string[]).includes(value);
}

export function parsePortalListState(params: URLSearchParams): PortalListState {
  const page = Number(params.get('page'));
  const sort = params.get('sort') ?? '';
  return {
    q: params.get('q') ?? '',
    attentionOnly: params.get('show') === 'attention',
    sort: isPortalSort(sort) ? sort : DEFAULT_SORT,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** Defaults are left out of the URL; unrelated parameters are kept. */
export function writePortalListState(params: URLSearchParams, state: PortalListState): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string | null) => (value === null ? next.delete(key) : next.set(key, value));
  set('q', state.q.trim() !== '' ? state.q : null);
  set('show', state.attentionOnly ? 'attention' : null);
  set('sort', state.sort !== DEFAULT_SORT ? state.sort : null);
  set('page', state.page > 1 ? String(state.page) : null);
  return next;
}
