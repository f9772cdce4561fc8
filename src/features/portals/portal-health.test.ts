import { describe, expect, it } from 'vitest';
import type { Portal } from '@/cloudflare-api/portal-schema';
import { testPortal, testServer } from '@/testing/portal-builders';
import { arrangePortals, describeAccountSummary, portalHealth, summarizeAccount } from '@/features/portals/portal-health';

const server = testServer;
const portal = testPortal;

const docs = server('docs', 'error');
const portals = [
  portal('alpha', [server('ok', 'ready')], '2026-01-03T00:00:00Z'),
  portal('bravo', [docs, server('sentry', 'stale', 'stale')], '2026-01-01T00:00:00Z'),
  portal('charlie', [docs, server('flags', null)], '2026-01-04T00:00:00Z'),
  portal('delta', [server('linear', 'waiting')], '2026-01-02T00:00:00Z'),
  portal('echo', [docs, server('sentry', 'stale', 'stale'), server('pd', 'degraded')]),
];

describe('the account summary', () => {
  it('counts each server once however many portals include it', () => {
    const summary = summarizeAccount(portals);
    expect(summary).toMatchObject({ portals: 5, portalsNeedingAttention: 3, serverCount: 6 });
    expect(summary.servers).toEqual({ failing: 1, reauthenticate: 1, sync_to_finish: 0, not_synced: 1, unknown: 1 });
    expect(describeAccountSummary(summary)).toBe(
      '3 portals need attention · 1 server failing, 1 needs re-authentication, 1 not synced yet, 1 with an unknown status',
    );
  });

  it('names the noun on the first count whichever it is, and says when all is well', () => {
    expect(describeAccountSummary(summarizeAccount([portal('a', [server('s', 'stale', 'stale'), server('t', 'stale', 'stale')])]))).toBe(
      '1 portal needs attention · 2 servers need re-authentication',
    );
    expect(describeAccountSummary(summarizeAccount([portals[0]!, portals[3]!]))).toBe('All 2 portals are healthy · 2 servers, none needs attention');
  });

  it('counts a portal with unreadable servers as needing attention', () => {
    const unreadable = { ...portal('x', [server('ok', 'ready')]), unreadableServers: [{ index: 1, id: 'bad', name: null, problems: [] }] };
    expect(portalHealth(unreadable)).toMatchObject({ attention: 1, total: 2, unreadable: 1 });
  });
});

describe('arranging the portal list', () => {
  const ids = (list: Portal[]) => list.map((item) => item.id);

  it('sorts health first: portals that need attention, the worst status first, then by name', () => {
    expect(ids(arrangePortals(portals, { q: '', attentionOnly: false, sort: 'health' }))).toEqual(['echo', 'bravo', 'charlie', 'delta', 'alpha']);
  });

  it('filters to portals that need attention, and searches name, id and hostname', () => {
    expect(ids(arrangePortals(portals, { q: '', attentionOnly: true, sort: 'name' }))).toEqual(['bravo', 'charlie', 'echo']);
    expect(ids(arrangePortals(portals, { q: 'ECHO.example', attentionOnly: false, sort: 'name' }))).toEqual(['echo']);
  });

  it('sorts by last modified, newest first and unknown last', () => {
    expect(ids(arrangePortals(portals, { q: '', attentionOnly: false, sort: 'modified' }))).toEqual(['charlie', 'alpha', 'delta', 'bravo', 'echo']);
  });
});
