/**
 * The monitor against the embedded API, through the same proxy code as the page: what a sweep costs, where it lands
 * in the store, and how it behaves under Cloudflare's rate limit.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createEmbeddedApi } from '../embedded-api/create-embedded-api.ts';
import type { EmbeddedApiState } from '../embedded-api/embedded-api-state.ts';
import { createDemoState } from '../embedded-api/demo-data.ts';
import { createLargeState } from '../embedded-api/large-data.ts';
import { createHistoryStore } from '../history/history-store.ts';
import { openHistoryDb } from '../history/open-history-db.ts';
import { startWithHistory } from '../history/test-support.ts';
import { createMonitor } from './monitor.ts';
import { SWEEP_PAGE_SIZE } from './sweep-account.ts';

let stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops) await stop();
  stops = [];
});

async function start(env: Record<string, string> = {}) {
  const app = await startWithHistory(env);
  stops.push(app.stop);
  return app;
}

const listReads = (paths: string[]) => paths.filter((path) => path.includes('/portals?'));

/** The large dataset's 500 portals, without its 300-tool servers: the count of requests is what these tests look at. */
function fiveHundredPortals(now: number): EmbeddedApiState {
  const state = createLargeState(now);
  for (const server of state.servers.values()) server.record.tools = server.record.tools.slice(0, 3);
  return state;
}

type MonitorOptions = Parameters<typeof createMonitor>[0];

/**
 * A monitor over its own embedded API and a memory store. `around` wraps its calls to the API (a 429 first, a slow
 * answer); `overrides` replace any other option.
 */
async function monitorOn(
  createState: (now: number) => EmbeddedApiState,
  { around, ...overrides }: Partial<Omit<MonitorOptions, 'callApi'>> & { around?: (path: string, call: () => Promise<Response>) => Promise<Response> } = {},
) {
  const api = createEmbeddedApi({ credentials: { kind: 'token', token: 'monitor-test' }, createState });
  const { db, close } = await openHistoryDb({ url: ':memory:' });
  stops.push(async () => close());
  const logs: string[] = [];
  const call = (path: string) =>
    api.handle(new Request(`http://embedded-api.invalid/client/v4${path}`, { headers: { authorization: 'Bearer monitor-test' } }), { caller: 'monitor' });
  const monitor = createMonitor({
    store: createHistoryStore(db),
    accountId: api.accountId,
    intervalSeconds: 60,
    retentionDays: 90,
    storeLabel: 'memory',
    log: (line) => logs.push(line),
    callApi: (path) => (around ? around(path, () => call(path)) : call(path)),
    ...overrides,
  });
  return { api, monitor, logs };
}

describe('a sweep', () => {
  it('hands the alerts one sighting per server, naming every portal it is in; their failure is logged, history kept', async () => {
    const seen: { serverId: string; portals: number }[][] = [];
    const { monitor, logs } = await monitorOn(createDemoState, {
      afterSweep: async (sightings) => {
        seen.push(sightings.map((sighting) => ({ serverId: sighting.serverId, portals: sighting.portals.length })));
        throw new Error('alert store unavailable');
      },
    });
    await monitor.sweepNow();
    const servers = seen[0] ?? [];
    expect(new Set(servers.map((entry) => entry.serverId)).size).toBe(servers.length);
    expect(servers.find((entry) => entry.serverId === 'github')?.portals).toBeGreaterThan(1);
    expect(logs).toContain('Alerts for this sweep could not be raised: alert store unavailable. The next sweep tries again.');
    expect((await monitor.status()).last_sweep).toMatchObject({ outcome: 'complete' });
  });

  it('reads the 25 demo portals with one list request and no portal read', async () => {
    const { history, embeddedApi } = await start();
    const before = embeddedApi.monitorRequests().length;
    await history.monitor.sweepNow();
    const paths = embeddedApi.monitorRequests().slice(before).map((entry) => `${entry.method} ${entry.path}`);
    expect(paths).toEqual([`GET /accounts/${embeddedApi.accountId}/access/ai-controls/mcp/portals?page=1&per_page=${SWEEP_PAGE_SIZE}`]);
    // The page's own log is untouched: tests that count the page's calls stay exact.
    expect(embeddedApi.requests()).toEqual([]);
  });

  it('reads 500 portals with 5 list requests', async () => {
    const { api, monitor } = await monitorOn(fiveHundredPortals);
    await monitor.sweepNow();
    const paths = api.monitorRequests().map((entry) => entry.path);
    expect(paths).toHaveLength(5);
    expect(listReads(paths)).toHaveLength(5);
    expect((await monitor.status()).last_sweep).toMatchObject({ requests: 5, portals: 500, outcome: 'complete' });
  });

  it('records a transition once, and nothing more while the state holds', async () => {
    const { history, embeddedApi, read } = await start();
    const serverId = 'github';
    const spansBefore = (await read<{ spans: unknown[] }>(`/api/history/accounts/${embeddedApi.accountId}/servers/${serverId}`)).spans.length;
    const github = embeddedApi.state().servers.get(serverId);
    if (!github) throw new Error('no github');
    github.record.status = 'error';
    github.record.error = 'connection refused';
    await history.monitor.sweepNow();
    await history.monitor.sweepNow();
    const after = await read<{ spans: { status: string; error: string | null; ended_at: string | null }[]; failing_since: string | null }>(
      `/api/history/accounts/${embeddedApi.accountId}/servers/${serverId}`,
    );
    expect(after.spans.length).toBe(spansBefore + 1);
    expect(after.spans[0]).toMatchObject({ status: 'error', error: 'connection refused', ended_at: null });
    expect(after.failing_since).not.toBeNull();
  });

  it('stops for a failing list, remembers why, and keeps the history it had', async () => {
    const { history, embeddedApi, read } = await start();
    const before = await read<{ spans: unknown[] }>(`/api/history/accounts/${embeddedApi.accountId}/servers/github`);
    embeddedApi.setScenario({ fault: { kind: 'internal-error', on: 'read' } });
    await history.monitor.sweepNow();
    const status = await history.monitor.status();
    expect(status.last_sweep).toMatchObject({ outcome: 'failed', requests: 1 });
    expect(status.last_sweep?.error).toContain('HTTP 500');
    const after = await read<{ spans: unknown[] }>(`/api/history/accounts/${embeddedApi.accountId}/servers/github`);
    expect(after.spans).toEqual(before.spans);
  });
});

describe('the rate limit', () => {
  it('pauses for Retry-After on a 429 and then carries on', async () => {
    const waits: number[] = [];
    let answered = 0;
    const { monitor, logs } = await monitorOn(createDemoState, {
      sleep: async (ms) => {
        waits.push(ms);
      },
      around: async (_path, call) => {
        answered += 1;
        if (answered === 1) return new Response('{"success":false,"errors":[{"code":971,"message":"slow down"}]}', { status: 429, headers: { 'retry-after': '7' } });
        return call();
      },
    });
    await monitor.sweepNow();
    expect(waits).toEqual([7_000]);
    expect(logs.some((line) => line.includes('pauses for 7 s'))).toBe(true);
    expect((await monitor.status()).last_sweep).toMatchObject({ outcome: 'complete', requests: 2 });
  });

  it('never runs two sweeps at once', async () => {
    let inFlight = 0;
    let most = 0;
    const { monitor } = await monitorOn(createDemoState, {
      around: async (_path, call) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 20));
        inFlight -= 1;
        return call();
      },
    });
    await Promise.all([monitor.sweepNow(), monitor.sweepNow(), monitor.sweepNow()]);
    expect(most).toBe(1);
  });

  it('stretches an interval the budget cannot pay for, and logs why', async () => {
    const { monitor, logs } = await monitorOn(fiveHundredPortals, { intervalSeconds: 1 });
    await monitor.sweepNow();
    const status = await monitor.status();
    expect(status.interval_seconds).toBe(1);
    expect(status.effective_interval_seconds).toBe(5);
    expect(status.stretched_because).toContain('costs 5 requests');
    expect(logs.some((line) => line.startsWith('Monitor interval stretched'))).toBe(true);
  });
});

describe('the interval', () => {
  it('is honoured when short: sweeps follow one another with no browser open', async () => {
    const { embeddedApi } = await start({ MONITOR_INTERVAL_SECONDS: '1' });
    const first = embeddedApi.monitorRequests().length;
    await expect.poll(() => embeddedApi.monitorRequests().length, { timeout: 5_000, interval: 100 }).toBeGreaterThanOrEqual(first + 2);
  });
});
