/**
 * The history routes and the sync audit, through the dashboard server's `handle` (guard, routes, proxy) with the
 * embedded API and a memory store.
 */
import { describe, expect, it } from 'vitest';
import { accountHistorySchema, portalHistorySchema, serverHistorySchema } from '../../src/lib/cloudflare/contract.ts';
import { parseConfig } from '../config.ts';
import { createDashboardServer } from '../dashboard-middleware.ts';
import { DEMO_ACCOUNT_ID } from '../embedded-api/demo-data.ts';
import { AUD, localAccess, TEAM } from '../security/access-test-keys.ts';
import { HISTORY, MCP, SESSION_SECRET, startForTest as start } from './test-support.ts';


describe('sync audit', () => {
  it('records each sync that goes through the proxy: trigger, outcome, duration, error', async () => {
    const { send, read } = await start();
    const seeded = (await read<{ syncs: unknown[] }>(`${HISTORY}/servers/buildkite`)).syncs.length;
    expect((await send(`${MCP}/servers/buildkite/sync`, { method: 'POST', headers: { 'x-dashboard-sync-trigger': 'card' } })).status).toBe(200);
    expect((await send(`${MCP}/servers/github/sync`, { method: 'POST', headers: { 'x-dashboard-sync-trigger': 'bulk' } })).status).toBe(200);
    await expect
      .poll(async () => (await read<{ syncs: unknown[] }>(`${HISTORY}/servers/buildkite`)).syncs.length)
      .toBe(seeded + 1);
    const buildkite = serverHistorySchema.parse(await read(`${HISTORY}/servers/buildkite`));
    expect(buildkite.syncs[0]).toMatchObject({ trigger: 'card', outcome: 'failed', status: 'error', http_status: 200, actor: null });
    expect(buildkite.syncs[0]?.error).toBeTruthy();
    expect(buildkite.syncs[0]?.duration_ms).toBeGreaterThanOrEqual(0);
    await expect.poll(async () => serverHistorySchema.parse(await read(`${HISTORY}/servers/github`)).syncs[0]).toMatchObject({
      trigger: 'bulk',
      outcome: 'succeeded',
      status: 'ready',
      error: null,
    });
  });

  it('files an unknown or missing trigger as unknown, never as what the page claimed', async () => {
    const { send, read } = await start();
    await send(`${MCP}/servers/github/sync`, { method: 'POST', headers: { 'x-dashboard-sync-trigger': '<script>' } });
    await expect.poll(async () => serverHistorySchema.parse(await read(`${HISTORY}/servers/github`)).syncs[0]?.trigger).toBe('unknown');
  });

  it('records a refused sync (HTTP error) as failed with the API’s message', async () => {
    const { send, read, embeddedApi } = await start();
    embeddedApi.setScenario({ permission: 'read' });
    expect((await send(`${MCP}/servers/github/sync`, { method: 'POST', headers: { 'x-dashboard-sync-trigger': 'retry' } })).status).toBe(403);
    await expect.poll(async () => serverHistorySchema.parse(await read(`${HISTORY}/servers/github`)).syncs[0]).toMatchObject({
      trigger: 'retry',
      outcome: 'failed',
      status: null,
      http_status: 403,
      error: 'Unauthorized to access requested resource',
    });
  });

  it('shows a sync’s result in the timeline at once, without waiting for a sweep', async () => {
    const { send, read } = await start();
    const before = serverHistorySchema.parse(await read(`${HISTORY}/servers/internal-docs`));
    expect(before.spans[0]?.status).toBe('error');
    await send(`${MCP}/servers/internal-docs/sync`, { method: 'POST', headers: { 'x-dashboard-sync-trigger': 'retry' } });
    await expect.poll(async () => serverHistorySchema.parse(await read(`${HISTORY}/servers/internal-docs`)).spans[0]?.status).toBe('ready');
    const after = serverHistorySchema.parse(await read(`${HISTORY}/servers/internal-docs`));
    expect(after.failing_since).toBeNull();
    expect(after.spans[1]?.ended_at).not.toBeNull();
  });

  it('names the Cloudflare Access user who synced', async () => {
    const access = await localAccess();
    const { send } = await start({ CF_ACCESS_TEAM_DOMAIN: TEAM, CF_ACCESS_AUD: AUD }, { accessKeys: access.keys });
    const jwt = await access.sign();
    await send(`${MCP}/servers/github/sync`, { method: 'POST', headers: { 'x-dashboard-sync-trigger': 'server-page', 'cf-access-jwt-assertion': jwt } });
    const readWithAccess = async () => {
      const response = await send(`${HISTORY}/servers/github`, { headers: { 'cf-access-jwt-assertion': jwt } });
      return serverHistorySchema.parse(((await response.json()) as { result: unknown }).result);
    };
    await expect.poll(async () => (await readWithAccess()).syncs[0]?.actor).toBe('admin@acme.example');
  });
});

describe('the demo’s history', () => {
  it('is seeded at start, and the sweeps that follow continue it without inventing a transition', async () => {
    const { store, history, embeddedApi } = await start();
    const seeded = await store.accountSpans(embeddedApi.accountId, 0);
    expect(seeded.length).toBeGreaterThan(100);
    await history.monitor.sweepNow();
    const after = await store.accountSpans(embeddedApi.accountId, 0);
    expect(after.length).toBe(seeded.length);
  });

  it('goes back to the seed at the embedded API’s reset, and sweeps the fresh data once', async () => {
    const { store, send, read, embeddedApi } = await start();
    const seeded = (await store.accountSpans(embeddedApi.accountId, 0)).length;
    await send(`${MCP}/servers/internal-docs/sync`, { method: 'POST', headers: { 'x-dashboard-sync-trigger': 'retry' } });
    await expect.poll(async () => (await store.accountSpans(embeddedApi.accountId, 0)).length).toBeGreaterThan(seeded);
    expect((await send('/__embedded-api/reset', { method: 'POST' })).status).toBe(204);
    expect((await store.accountSpans(embeddedApi.accountId, 0)).length).toBe(seeded);
    const { monitor } = accountHistorySchema.parse(await read(`${HISTORY}/servers`));
    expect(monitor.last_sweep).toMatchObject({ outcome: 'complete', requests: 1 });
  });
});

describe('history routes', () => {
  it('answer the portal’s cards and the account’s attention from the store, with no Cloudflare read', async () => {
    const { read, embeddedApi } = await start();
    const portal = portalHistorySchema.parse(await read(`${HISTORY}/portals/engineering`));
    expect(portal.monitor.enabled).toBe(true);
    expect(portal.servers.length).toBeGreaterThan(0);
    expect(portal.servers.every((server) => server.segments.length === 28)).toBe(true);
    const account = accountHistorySchema.parse(await read(`${HISTORY}/servers`));
    expect(account.servers.map((server) => server.server_id)).toContain('buildkite');
    expect(account.servers.every((server) => server.failing_since !== null || server.flaps_7d > 0)).toBe(true);
    expect(embeddedApi.requests()).toEqual([]);
  });

  it('answer the server page with three windows, its spans and the monitor’s state', async () => {
    const { read } = await start();
    const server = serverHistorySchema.parse(await read(`${HISTORY}/servers/buildkite?portal_id=engineering`));
    expect(server.portal_id).toBe('engineering');
    expect(server.windows.map((window) => window.window)).toEqual(['24h', '7d', '30d']);
    expect(server.failing_since).not.toBeNull();
    expect(server.monitor).toMatchObject({ enabled: true, interval_seconds: 3600, store: 'memory (lost when the server stops)' });
    expect(server.monitor.last_sweep).toMatchObject({ outcome: 'complete', requests: 1, portals: 25 });
  });

  it('refuse ids the API would refuse, and writes', async () => {
    const { send } = await start();
    expect((await send(`${HISTORY}/servers/Not..An-Id`)).status).toBe(400);
    expect((await send(`/api/history/accounts/not-hex/servers`)).status).toBe(400);
    expect((await send(`${HISTORY}/servers`, { method: 'POST' })).status).toBe(403);
  });

  it('sit behind the session check like the proxy', async () => {
    const { dashboard } = await start();
    const response = await dashboard.handle(new Request(`http://127.0.0.1:5173${HISTORY}/servers/github`));
    expect(response?.status).toBe(403);
    expect(await response?.text()).toContain('lacks the dashboard session');
  });

  it('say the monitor is off when it is, so the page keeps sync history in the browser', async () => {
    const config = parseConfig({ EMBEDDED_API_TOKEN: 't', MONITOR_INTERVAL_SECONDS: '0' }, DEMO_ACCOUNT_ID);
    const dashboard = createDashboardServer(config, { sessionSecret: SESSION_SECRET });
    expect(dashboard.history).toBeNull();
    const cookie = dashboard.sessionCookie.split(';')[0] ?? '';
    const response = await dashboard.handle(new Request(`http://127.0.0.1:5173${HISTORY}/servers/github`, { headers: { cookie } }));
    const body = serverHistorySchema.parse(((await response?.json()) as { result: unknown }).result);
    expect(body.monitor.enabled).toBe(false);
    expect(body.spans).toEqual([]);
  });
});
