/** The portal list's state in the URL: `?q=` (sent as the API's `search`) and `?page=`. */
export interface PortalListState {
  q: string;
  page: number;
}

export const PORTALS_PER_PAGE = 10;

export function parsePortalListState(params: URLSearchParams): PortalListState {
  const page = Number(params.get('page'));
  return { q: params.get('q') ?? '', page: Number.isInteger(page) && page >= 1 ? page : 1 };
}

/** A new search starts at page 1; defaults are left out of the URL. */
export function writePortalListState(params: URLSearchParams, state: PortalListState): URLSearchParams {
  const next = new URLSearchParams(params);
  if (state.q.trim() !== '') next.set('q', state.q);
  else next.delete('q');
  if (state.page > 1) next.set('page', String(state.page));
  else next.delete('page');
  return next;
}
