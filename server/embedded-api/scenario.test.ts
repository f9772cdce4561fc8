/** Permissions, latency, reset: the knobs tests and demos turn. */
import { describe, expect, it } from 'vitest';
import { serverSchema } from '../../src/cloudflare-api/server-schema.ts';
import { createHarness, errorCodes, MCP_PATH, ORIGIN, TOKEN } from './test-support.ts';

const auth = { authorization: `Bearer ${TOKEN}` };

describe('permission scenarios', () => {
  it("'none' answers 403 code 10000 to every call", async () => {
    const harness = createHarness({ scenario: { permission: 'none' } });
    for (const [method, path] of [
      ['GET', '/portals'],
      ['GET', '/portals/engineering'],
      ['GET', '/servers/github'],
      ['POST', '/servers/github/sync'],
    ] as const) {
      const { status, body } = await harness.call(path, { method });
      expect(status, `${method} ${path}`).toBe(403);
      expect(body.errors).toEqual([{ code: 10000, message: 'Authentication error' }]);
    }
    expect(harness.api.requests().every((entry) => entry.authenticated)).toBe(true);
  });

  it("'read' lets reads through and refuses syncs with 403 code 9109, changing nothing", async () => {
    const harness = createHarness();
    harness.api.setScenario({ permission: 'read' });
    const before = await harness.get('/servers/sentry');
    expect(before.status).toBe(200);
    harness.clock.advance(1000);

    const refused = await harness.sync('sentry');
    expect(refused.status).toBe(403);
    expect(refused.body.errors).toEqual([{ code: 9109, message: 'Unauthorized to access requested resource' }]);
    expect((await harness.get('/servers/sentry')).body.result).toEqual(before.body.result);
  });

  it("'write' is the default", async () => {
    expect((await createHarness().sync('github')).status).toBe(200);
  });
});

describe('latency', () => {
  it('delays reads and syncs by the configured amount', async () => {
    const harness = createHarness({ scenario: { readLatencyMs: 60, syncLatencyMs: 80 } });
    let started = performance.now();
    await harness.get('/portals');
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
    started = performance.now();
    await harness.sync('github');
    expect(performance.now() - started).toBeGreaterThanOrEqual(75);
  });

  it('gives up as soon as the request is aborted, without syncing', async () => {
    const harness = createHarness({ scenario: { syncLatencyMs: 30_000 } });
    const before = serverSchema.parse((await harness.get('/servers/sentry')).body.result);
    const controller = new AbortController();
    const pending = harness.api.handle(
      new Request(`${ORIGIN}${MCP_PATH}/servers/sentry/sync`, { method: 'POST', headers: auth, signal: controller.signal }),
    );
    const started = performance.now();
    setTimeout(() => controller.abort(), 10);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(performance.now() - started).toBeLessThan(1000);
    harness.clock.advance(1);
    expect(serverSchema.parse((await harness.get('/servers/sentry')).body.result)).toEqual(before);
  });

  it('rejects at once when the request was aborted before it arrived', async () => {
    const harness = createHarness({ scenario: { readLatencyMs: 30_000 } });
    const reason = new Error('navigated away');
    const request = new Request(`${ORIGIN}${MCP_PATH}/portals`, { headers: auth, signal: AbortSignal.abort(reason) });
    await expect(harness.api.handle(request)).rejects.toBeInstanceOf(Error);
  });

  it('answers errors found before the wait without waiting', async () => {
    const harness = createHarness({ scenario: { readLatencyMs: 30_000, syncLatencyMs: 30_000 } });
    const started = performance.now();
    expect((await harness.get('/portals/Bad!')).status).toBe(400);
    expect((await harness.get('/portals?per_page=0')).status).toBe(400);
    harness.api.setScenario({ permission: 'read' });
    expect((await harness.sync('github')).status).toBe(403);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('holding syncs', () => {
  it('keeps every sync pending until release, then answers them all and stops holding', async () => {
    const harness = createHarness({ scenario: { holdSyncs: true } });
    let answered = 0;
    const pending = ['github', 'linear'].map((id) => harness.sync(id).then((result) => ((answered += 1), result)));
    // Reads are not held.
    expect((await harness.get('/portals/engineering')).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(answered).toBe(0);
    expect(harness.api.requests().filter((request) => request.method === 'POST').map((request) => request.syncsInFlight)).toEqual([1, 2]);

    harness.api.release();
    const results = await Promise.all(pending);
    expect(results.map((result) => result.status)).toEqual([200, 200]);
    expect((await harness.sync('sentry')).status).toBe(200);
  });

  it('lets a held sync go when its caller gives up, without syncing', async () => {
    const harness = createHarness({ scenario: { holdSyncs: true } });
    const before = serverSchema.parse((await harness.get('/servers/feature-flags')).body.result);
    const controller = new AbortController();
    const pending = harness.api.handle(
      new Request(`${ORIGIN}${MCP_PATH}/servers/feature-flags/sync`, { method: 'POST', headers: auth, signal: controller.signal }),
    );
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    harness.api.release();
    expect(serverSchema.parse((await harness.get('/servers/feature-flags')).body.result)).toEqual(before);
  });

  it('a reset lets held syncs answer', async () => {
    const harness = createHarness({ scenario: { holdSyncs: true } });
    const pending = harness.sync('github');
    await new Promise((resolve) => setTimeout(resolve, 20));
    harness.api.reset({ holdSyncs: false });
    expect((await pending).status).toBe(200);
  });
});

describe('reset', () => {
  it('restores the demo data and clears the request log', async () => {
    const harness = createHarness();
    const initial = await harness.get('/portals?per_page=100');
    await harness.sync('sentry');
    await harness.sync('feature-flags');
    expect(harness.api.requests().length).toBe(3);

    harness.api.reset();
    expect(harness.api.requests()).toEqual([]);
    const afterReset = await harness.get('/portals?per_page=100');
    expect(afterReset.body.result).toEqual(initial.body.result);
    expect(errorCodes(afterReset.body)).toEqual([]);
  });

  it('dates the fresh data from the current clock', async () => {
    const harness = createHarness();
    harness.clock.advance(3_600_000);
    harness.api.reset();
    const github = serverSchema.parse((await harness.get('/servers/github')).body.result);
    expect(github.last_synced).toBe(new Date(harness.clock.now() - 3 * 60_000).toISOString());
  });

  it('restarts flaky behaviour', async () => {
    const harness = createHarness({ scenario: { flakyFailures: 1 } });
    await harness.sync('statuspage');
    harness.api.reset();
    expect((await harness.sync('statuspage')).body.result).toMatchObject({ status: 'error' });
  });

  it("applies the given scenario over the options' one", async () => {
    const harness = createHarness({ scenario: { permission: 'read' } });
    harness.api.setScenario({ permission: 'none' });
    harness.api.reset();
    expect((await harness.sync('github')).status).toBe(403);
    expect((await harness.get('/portals')).status).toBe(200);
    harness.api.reset({ permission: 'write' });
    expect((await harness.sync('github')).status).toBe(200);
  });

  it('does not let a sync in flight leak into the fresh data', async () => {
    const harness = createHarness({ scenario: { syncLatencyMs: 30 } });
    const inFlight = harness.sync('sentry');
    harness.api.reset({ syncLatencyMs: 0 });
    expect((await inFlight).status).toBe(200);
    const sentry = serverSchema.parse((await harness.get('/servers/sentry')).body.result);
    expect(sentry.status).toBe('stale');
  });
});

describe('setScenario', () => {
  it('changes only the given knobs', async () => {
    const harness = createHarness({ scenario: { readLatencyMs: 0 } });
    harness.api.setScenario({ permission: 'read' });
    harness.api.setScenario({ syncLatencyMs: 0 });
    expect((await harness.sync('github')).status).toBe(403);
  });
});
