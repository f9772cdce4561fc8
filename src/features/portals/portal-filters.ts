import { SERVER_STATUSES, type PortalServer } from '@/cloudflare-api/server-schema';
import { SERVER_STATUS_LABELS } from '@/cloudflare-api/server-status-label';

/**
 * The portal page's filters live in the URL (`?status=error,stale&q=git&sort=name`)
 * so a link reproduces the view. Parsing is forgiving: unknown values are dropped.
 */
export const STATUS_FILTERS = [...SERVER_STATUSES, 'other'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

/** The URL keeps the API's values (`status=stale`); people read Cloudflare's words ("Sync required"). */
export const STATUS_FILTER_LABELS: Record<StatusFilter, string> = { ...SERVER_STATUS_LABELS, other: 'other' };

export const SORTS = ['status', 'name', 'last_synced'] as const;
export type Sort = (typeof SORTS)[number];

export interface PortalFilters {
  statuses: StatusFilter[];
  q: string;
  sort: Sort;
}

const DEFAULT_SORT: Sort = 'status';

function isStatusFilter(value: string): value is StatusFilter {
  return (STATUS_FILTERS as readonly string[]).includes(value);
}

function isSort(value: string): value is Sort {
  return (SORTS as readonly string[]).includes(value);
}

export function parsePortalFilters(params: URLSearchParams): PortalFilters {
  const statuses = (params.get('status') ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter(isStatusFilter);
  const sort = params.get('sort') ?? '';
  return {
    // Order-independent and duplicate-free, so equivalent URLs mean the same view.
    statuses: STATUS_FILTERS.filter((status) => statuses.includes(status)),
    q: params.get('q') ?? '',
    sort: isSort(sort) ? sort : DEFAULT_SORT,
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
  return next;
}

/** Which summary bucket a server's status falls in; unknown and absent statuses are "other". */
export function statusBucket(status: PortalServer['status']): StatusFilter {
  return status && isStatusFilter(status) && status !== 'other' ? status : 'other';
}

// Failing first: what needs attention sorts to the top.
const STATUS_RANK: Record<StatusFilter, number> = { error: 0, stale: 1, other: 2, waiting: 3, ready: 4 };

function syncedAt(server: PortalServer): number {
  const time = server.last_synced ? Date.parse(server.last_synced) : Number.NaN;
  return Number.isNaN(time) ? -Infinity : time;
}

export function countByStatus(servers: PortalServer[]): Record<StatusFilter, number> {
  const counts: Record<StatusFilter, number> = { ready: 0, waiting: 0, stale: 0, error: 0, other: 0 };
  for (const server of servers) counts[statusBucket(server.status)] += 1;
  return counts;
}

export function applyPortalFilters(servers: PortalServer[], filters: PortalFilters): PortalServer[] {
  const q = filters.q.trim().toLowerCase();
  const visible = servers.filter((server) => {
    if (filters.statuses.length > 0 && !filters.statuses.includes(statusBucket(server.status))) return false;
    if (q === '') return true;
    return [server.name, server.id, server.hostname].some((field) => field.toLowerCase().includes(q));
  });
  const byName = (a: PortalServer, b: PortalServer) => a.name.localeCompare(b.name);
  const compare: Record<Sort, (a: PortalServer, b: PortalServer) => number> = {
    name: byName,
    status: (a, b) => STATUS_RANK[statusBucket(a.status)] - STATUS_RANK[statusBucket(b.status)] || byName(a, b),
    // Most recently synced first; never-synced servers last.
    last_synced: (a, b) => syncedAt(b) - syncedAt(a) || byName(a, b),
  };
  return [...visible].sort(compare[filters.sort]);
}
