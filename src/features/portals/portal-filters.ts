import type { PortalServer } from '@/cloudflare-api/server-schema';
import { isStatusKey, STATUS_KEYS, statusKeyOf, type StatusKey } from '@/cloudflare-api/server-health';
import { compareNames } from '@/lib/compare-names';

/**
 * The portal page's filters live in the URL (`?status=error,stale&q=git&sort=name&view=table`)
 * so a link reproduces the view. Parsing is forgiving: unknown values are dropped.
 */
export const STATUS_FILTERS = STATUS_KEYS;
export type StatusFilter = StatusKey;

export const SORTS = ['status', 'name', 'last_synced'] as const;
export type Sort = (typeof SORTS)[number];

/** Cards explain; the table fits a 40-server portal on a screen. */
export const VIEWS = ['cards', 'table'] as const;
export type ServerView = (typeof VIEWS)[number];

export interface PortalFilters {
  statuses: StatusFilter[];
  q: string;
  sort: Sort;
  view: ServerView;
}

const DEFAULT_SORT: Sort = 'status';
const DEFAULT_VIEW: ServerView = 'cards';

/** Links written before "other" was split into its two meanings still open the view they meant. */
const LEGACY_STATUS_FILTERS: Record<string, StatusFilter[]> = { other: ['unknown', 'not_synced'] };

function isSort(value: string): value is Sort {
  return (SORTS as readonly string[]).includes(value);
}

export function parsePortalFilters(params: URLSearchParams): PortalFilters {
  const statuses = (params.get('status') ?? '')
    .split(',')
    .map((value) => value.trim())
    .flatMap((value) => (isStatusKey(value) ? [value] : (LEGACY_STATUS_FILTERS[value] ?? [])));
  const sort = params.get('sort') ?? '';
  const view = VIEWS.find((candidate) => candidate === params.get('view')) ?? DEFAULT_VIEW;
  return {
    // Order-independent and duplicate-free, so equivalent URLs mean the same view.
    statuses: STATUS_FILTERS.filter((status) => statuses.includes(status)),
    q: params.get('q') ?? '',
    sort: isSort(sort) ? sort : DEFAULT_SORT,
    view,
  };
}

/** Writes filters into `params`, leaving other parameters alone and omitting defaults to keep URLs short. */
export function writePortalFilters(params: URLSearchParams, filters: PortalFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  // Canonical order, so the same view always has the same URL.
  const statuses = STATUS_FILTERS.filter((status) => filters.statuses.includes(status));
  if (statuses.length > 0) next.set('status', statuses.join(','));
  else next.delete('status');
  if (filters.q.trim() !== '') next.set('q', filters.q);
  else next.delete('q');
  if (filters.sort !== DEFAULT_SORT) next.set('sort', filters.sort);
  else next.delete('sort');
  if (filters.view !== DEFAULT_VIEW) next.set('view', filters.view);
  else next.delete('view');
  return next;
}

function syncedAt(server: PortalServer): number {
  const time = server.last_synced ? Date.parse(server.last_synced) : Number.NaN;
  return Number.isNaN(time) ? -Infinity : time;
}

/** Health-first: what needs attention sorts to the top, in the vocabulary's order. */
const rank = (server: PortalServer) => STATUS_KEYS.indexOf(statusKeyOf(server.status));

export function applyPortalFilters(servers: PortalServer[], filters: Omit<PortalFilters, 'view'>): PortalServer[] {
  const q = filters.q.trim().toLowerCase();
  const visible = servers.filter((server) => {
    if (filters.statuses.length > 0 && !filters.statuses.includes(statusKeyOf(server.status))) return false;
    if (q === '') return true;
    return [server.name, server.id, server.hostname].some((field) => field.toLowerCase().includes(q));
  });
  const byName = (a: PortalServer, b: PortalServer) => compareNames(a.name, b.name);
  const compare: Record<Sort, (a: PortalServer, b: PortalServer) => number> = {
    name: byName,
    status: (a, b) => rank(a) - rank(b) || byName(a, b),
    // Most recently synced first; never-synced servers last.
    last_synced: (a, b) => syncedAt(b) - syncedAt(a) || byName(a, b),
  };
  return [...visible].sort(compare[filters.sort]);
}
