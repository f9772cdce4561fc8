/** The `/__embedded-api/…` routes tests and demos use to drive the embedded API over HTTP. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { handleEmbeddedApiControl } from './control-routes.ts';
import { createHarness } from './test-support.ts';

const DASHBOARD = 'http://127.0.0.1:5173';

function control(path: string, init: { method?: string; body?: string } = {}) {
  return new Request(`${DASHBOARD}${path}`, {
    method: init.method ?? 'GET',
    ...(init.body === undefined ? {} : { body: init.body, headers: { 'content-type': 'application/json' } }),
  });
}

const errorBodySchema = z.object({ error: z.string().min(1) });

describe('handleEmbeddedApiControl', () => {
  it('leaves other paths alone', async () => {
    const { api } = createHarness();
    for (const path of ['/', '/api/accounts/x/access/ai-controls/mcp/portals', '/__embedded-apis', '/__embedded-api/unknown']) {
      expect(await handleEmbeddedApiControl(api, control(path)), path).toBeNull();
    }
  });

  it('POST /__embedded-api/reset restores the data, clears the log and applies an optional scenario', async () => {
    const harness = createHarness();
    await harness.sync('feature-flags');

    const plain = await handleEmbeddedApiControl(harness.api, control('/__embedded-api/reset', { method: 'POST' }));
    expect(plain?.status).toBe(204);
    expect(harness.api.requests()).toEqual([]);
    expect((await harness.get('/servers/feature-flags')).body.result).not.toHaveProperty('status');

    const withScenario = await handleEmbeddedApiControl(
      harness.api,
      control('/__embedded-api/reset', { method: 'POST', body: JSON.stringify({ permission: 'read', syncLatencyMs: 0 }) }),
    );
    expect(withScenario?.status).toBe(204);
    expect((await harness.sync('github')).status).toBe(403);
  });

  it('POST /__embedded-api/scenario changes the scenario without touching the data', async () => {
    const harness = createHarness();
    await harness.sync('feature-flags');
    const response = await handleEmbeddedApiControl(
      harness.api,
      control('/__embedded-api/scenario', { method: 'POST', body: JSON.stringify({ permission: 'none' }) }),
    );
    expect(response?.status).toBe(204);
    expect((await harness.get('/portals')).status).toBe(403);
    harness.api.setScenario({ permission: 'write' });
    expect((await harness.get('/servers/feature-flags')).body.result).toMatchObject({ status: 'ready' });
    expect(harness.api.requests().length).toBe(3);
  });

  it.each([
    ['/__embedded-api/scenario', '{not json'],
    ['/__embedded-api/scenario', ''],
    ['/__embedded-api/scenario', JSON.stringify({ permission: 'admin' })],
    ['/__embedded-api/scenario', JSON.stringify({ syncLatencyMs: -5 })],
    ['/__embedded-api/scenario', JSON.stringify({ syncLatency: 5 })],
    ['/__embedded-api/scenario', JSON.stringify(['write'])],
    ['/__embedded-api/reset', JSON.stringify({ readLatencyMs: 'slow' })],
    ['/__embedded-api/reset', 'null'],
  ])('answers 400 with a message for a bad body (%s %s)', async (path, body) => {
    const harness = createHarness();
    const response = await handleEmbeddedApiControl(harness.api, control(path, { method: 'POST', body }));
    expect(response?.status).toBe(400);
    expect(response?.headers.get('content-type')).toBe('application/json');
    errorBodySchema.parse(await response?.json());
  });

  it('POST /__embedded-api/authenticate renews an OAuth server\'s admin sign-in, as re-authenticating in Cloudflare One does', async () => {
    const harness = createHarness();
    expect((await harness.sync('sentry')).body.result).toMatchObject({ status: 'stale' });
    const response = await handleEmbeddedApiControl(harness.api, control('/__embedded-api/authenticate', { method: 'POST', body: JSON.stringify({ serverId: 'sentry' }) }));
    expect(response?.status).toBe(204);
    expect((await harness.get('/servers/sentry')).body.result).toMatchObject({ status: 'stale', authentication_status: 'connected' });
    expect((await harness.sync('sentry')).body.result).toEqual({ status: 'ready' });
  });

  it.each([
    [JSON.stringify({ serverId: 'no-such-server' }), 404],
    [JSON.stringify({ serverId: 'buildkite' }), 400],
    [JSON.stringify({ server: 'sentry' }), 400],
    ['', 400],
  ])('POST /__embedded-api/authenticate refuses %s with %i', async (body, status) => {
    const { api } = createHarness();
    const response = await handleEmbeddedApiControl(api, control('/__embedded-api/authenticate', { method: 'POST', body }));
    expect(response?.status).toBe(status);
    errorBodySchema.parse(await response?.json());
  });

  it("POST /__embedded-api/fix makes a failing server's syncs succeed, as its owner's fix would; the status waits for a sync", async () => {
    const harness = createHarness();
    expect((await harness.sync('buildkite')).body.result).toMatchObject({ status: 'error', error_details: { is_upstream: true } });
    const response = await handleEmbeddedApiControl(harness.api, control('/__embedded-api/fix', { method: 'POST', body: JSON.stringify({ serverId: 'buildkite' }) }));
    expect(response?.status).toBe(204);
    expect((await harness.get('/servers/buildkite')).body.result).toMatchObject({ status: 'error' });
    expect((await harness.sync('buildkite')).body.result).toEqual({ status: 'ready' });
    const unknown = await handleEmbeddedApiControl(harness.api, control('/__embedded-api/fix', { method: 'POST', body: JSON.stringify({ serverId: 'nope' }) }));
    expect(unknown?.status).toBe(404);
  });

  it('POST /__embedded-api/release answers the syncs held by holdSyncs', async () => {
    const harness = createHarness();
    await handleEmbeddedApiControl(harness.api, control('/__embedded-api/scenario', { method: 'POST', body: JSON.stringify({ holdSyncs: true }) }));
    let answered = false;
    const pending = harness.sync('github').then((result) => ((answered = true), result));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(answered).toBe(false);
    expect((await handleEmbeddedApiControl(harness.api, control('/__embedded-api/release', { method: 'POST' })))?.status).toBe(204);
    expect((await pending).status).toBe(200);
  });

  it('GET /__embedded-api/requests lists the API requests as JSON', async () => {
    const harness = createHarness();
    await harness.get('/portals');
    await harness.sync('github');
    const response = await handleEmbeddedApiControl(harness.api, control('/__embedded-api/requests'));
    expect(response?.status).toBe(200);
    expect(response?.headers.get('content-type')).toBe('application/json');
    const log = z
      .array(z.object({ method: z.string(), path: z.string(), at: z.string(), authenticated: z.boolean(), syncsInFlight: z.number().optional() }))
      .parse(await response?.json());
    expect(log.map((entry) => entry.method)).toEqual(['GET', 'POST']);
    expect(log).toEqual(harness.api.requests());
  });

  it('answers 405 for a wrong method on a control route', async () => {
    const { api } = createHarness();
    const wrong = await handleEmbeddedApiControl(api, control('/__embedded-api/reset'));
    expect(wrong?.status).toBe(405);
    expect(wrong?.headers.get('allow')).toBe('POST');
    expect((await handleEmbeddedApiControl(api, control('/__embedded-api/requests', { method: 'POST', body: '{}' })))?.status).toBe(405);
  });
});
