import { describe, expect, it } from 'vitest';
import type { PortalServer } from '@/cloudflare-api/server-schema';
import { applyPortalFilters, parsePortalFilters, writePortalFilters } from '@/features/portals/portal-filters';

const server = (id: string, status: string | undefined, lastSynced?: string): PortalServer => ({
  id,
  name: id.toUpperCase(),
  hostname: `https://${id}.example/mcp`,
  auth_type: 'bearer',
  tools: [],
  prompts: [],
  status,
  last_synced: lastSynced,
});

describe('portal filters in the URL', () => {
  it('reads comma-separated statuses, the query and the sort', () => {
    expect(parsePortalFilters(new URLSearchParams('status=stale,error&q=git&sort=name'))).toEqual({
      statuses: ['error', 'stale'],
      q: 'git',
      sort: 'name',
      view: 'cards',
    });
  });

  it('drops unknown statuses and sorts, falling back to the defaults', () => {
    expect(parsePortalFilters(new URLSearchParams('status=bogus,error,error&sort=random'))).toEqual({ statuses: ['error'], q: '', sort: 'status', view: 'cards' });
    expect(parsePortalFilters(new URLSearchParams(''))).toEqual({ statuses: [], q: '', sort: 'status', view: 'cards' });
  });

  it('writes only what differs from the defaults and keeps other parameters', () => {
    const params = writePortalFilters(new URLSearchParams('keep=1&q=old'), { statuses: ['error', 'stale'], q: '', sort: 'status', view: 'cards' });
    expect(params.toString()).toBe('keep=1&status=error%2Cstale');
    expect(parsePortalFilters(params).statuses).toEqual(['error', 'stale']);
  });

  it('opens a link written with the old "other" filter as both its meanings', () => {
    expect(parsePortalFilters(new URLSearchParams('status=other,error')).statuses).toEqual(['error', 'unknown', 'not_synced']);
  });

  it('round-trips every filter through the URL', () => {
    const filters = { statuses: ['unknown', 'not_synced', 'waiting'] as const, q: 'a b', sort: 'last_synced' as const, view: 'table' as const };
    const params = writePortalFilters(new URLSearchParams(), { ...filters, statuses: [...filters.statuses] });
    expect(parsePortalFilters(new URLSearchParams(params.toString()))).toEqual({ ...filters, statuses: [...filters.statuses] });
  });
});

describe('applying filters', () => {
  const servers = [
    server('alpha', 'ready', '2026-01-01T00:00:00Z'),
    server('beta', 'error', '2026-01-03T00:00:00Z'),
    server('gamma', 'degraded', '2026-01-02T00:00:00Z'),
    server('delta', undefined),
    server('epsilon', 'stale', '2026-01-04T00:00:00Z'),
  ];

  it('sorts failing servers first by default', () => {
    expect(applyPortalFilters(servers, { statuses: [], q: '', sort: 'status' }).map((s) => s.id)).toEqual(['beta', 'epsilon', 'gamma', 'delta', 'alpha']);
  });

  it('sorts by last sync, newest first and never-synced last', () => {
    expect(applyPortalFilters(servers, { statuses: [], q: '', sort: 'last_synced' }).map((s) => s.id)).toEqual(['epsilon', 'beta', 'gamma', 'alpha', 'delta']);
  });

  it('filters by status and by a query over name, id and hostname', () => {
    expect(applyPortalFilters(servers, { statuses: ['unknown'], q: '', sort: 'name' }).map((s) => s.id)).toEqual(['gamma']);
    expect(applyPortalFilters(servers, { statuses: ['not_synced', 'ready'], q: '', sort: 'name' }).map((s) => s.id)).toEqual(['alpha', 'delta']);
    expect(applyPortalFilters(servers, { statuses: [], q: 'EPS', sort: 'name' }).map((s) => s.id)).toEqual(['epsilon']);
    expect(applyPortalFilters(servers, { statuses: [], q: 'beta.example', sort: 'name' }).map((s) => s.id)).toEqual(['beta']);
  });
});
