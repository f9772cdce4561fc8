/** The `/__mock/…` routes tests and demos use to drive the imitation over HTTP. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { handleMockControl } from './control-routes.ts';
import { createHarness } from './test-support.ts';

const DASHBOARD = 'http://127.0.0.1:5173';

function control(path: string, init: { method?: string; body?: string } = {}) {
  return new Request(`${DASHBOARD}${path}`, {
    method: init.method ?? 'GET',
    ...(init.body === undefined ? {} : { body: init.body, headers: { 'content-type': 'application/json' } }),
  });
}

const errorBodySchema = z.object({ error: z.string().min(1) });

describe('handleMockControl', () => {
  it('leaves other paths alone', async () => {
    const { api } = createHarness();
    for (const path of ['/', '/api/accounts/x/access/ai-controls/mcp/portals', '/__mockery', '/__mock/unknown']) {
      expect(await handleMockControl(api, control(path)), path).toBeNull();
    }
  });

  it('POST /__mock/reset restores the data, clears the log and applies an optional scenario', async () => {
    const harness = createHarness();
    await harness.sync('feature-flags');

    const plain = await handleMockControl(harness.api, control('/__mock/reset', { method: 'POST' }));
    expect(plain?.status).toBe(204);
    expect(harness.api.requests()).toEqual([]);
    expect((await harness.get('/servers/feature-flags')).body.result).not.toHaveProperty('status');

    const withScenario = await handleMockControl(
      harness.api,
      control('/__mock/reset', { method: 'POST', body: JSON.stringify({ permission: 'read', syncLatencyMs: 0 }) }),
    );
    expect(withScenario?.status).toBe(204);
    expect((await harness.sync('github')).status).toBe(403);
  });

  it('POST /__mock/scenario changes the scenario without touching the data', async () => {
    const harness = createHarness();
    await harness.sync('feature-flags');
    const response = await handleMockControl(
      harness.api,
      control('/__mock/scenario', { method: 'POST', body: JSON.stringify({ permission: 'none' }) }),
    );
    expect(response?.status).toBe(204);
    expect((await harness.get('/portals')).status).toBe(403);
    harness.api.setScenario({ permission: 'write' });
    expect((await harness.get('/servers/feature-flags')).body.result).toMatchObject({ status: 'ready' });
    expect(harness.api.requests().length).toBe(3);
  });

  it.each([
    ['/__mock/scenario', '{not json'],
    ['/__mock/scenario', ''],
    ['/__mock/scenario', JSON.stringify({ permission: 'admin' })],
    ['/__mock/scenario', JSON.stringify({ syncLatencyMs: -5 })],
    ['/__mock/scenario', JSON.stringify({ syncLatency: 5 })],
    ['/__mock/scenario', JSON.stringify(['write'])],
    ['/__mock/reset', JSON.stringify({ readLatencyMs: 'slow' })],
    ['/__mock/reset', 'null'],
  ])('answers 400 with a message for a bad body (%s %s)', async (path, body) => {
    const harness = createHarness();
    const response = await handleMockControl(harness.api, control(path, { method: 'POST', body }));
    expect(response?.status).toBe(400);
    expect(response?.headers.get('content-type')).toBe('application/json');
    errorBodySchema.parse(await response?.json());
  });

  it('POST /__mock/authenticate renews an OAuth server\'s admin sign-in, as re-authenticating in Cloudflare One does', async () => {
    const harness = createHarness();
    expect((await harness.sync('sentry')).body.result).toMatchObject({ status: 'stale' });
    const response = await handleMockControl(harness.api, control('/__mock/authenticate', { method: 'POST', body: JSON.stringify({ serverId: 'sentry' }) }));
    expect(response?.status).toBe(204);
    expect((await harness.get('/servers/sentry')).body.result).toMatchObject({ status: 'stale', authentication_status: 'connected' });
    expect((await harness.sync('sentry')).body.result).toEqual({ status: 'ready' });
  });

  it.each([
    [JSON.stringify({ serverId: 'no-such-server' }), 404],
    [JSON.stringify({ serverId: 'buildkite' }), 400],
    [JSON.stringify({ server: 'sentry' }), 400],
    ['', 400],
  ])('POST /__mock/authenticate refuses %s with %i', async (body, status) => {
    const { api } = createHarness();
    const response = await handleMockControl(api, control('/__mock/authenticate', { method: 'POST', body }));
    expect(response?.status).toBe(status);
    errorBodySchema.parse(await response?.json());
  });

  it('GET /__mock/requests lists the API requests as JSON', async () => {
    const harness = createHarness();
    await harness.get('/portals');
    await harness.sync('github');
    const response = await handleMockControl(harness.api, control('/__mock/requests'));
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
    const wrong = await handleMockControl(api, control('/__mock/reset'));
    expect(wrong?.status).toBe(405);
    expect(wrong?.headers.get('allow')).toBe('POST');
    expect((await handleMockControl(api, control('/__mock/requests', { method: 'POST', body: '{}' })))?.status).toBe(405);
  });
});
