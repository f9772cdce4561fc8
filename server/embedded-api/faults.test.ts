/** The fault and drift knobs: what each makes the embedded API answer. */
import { describe, expect, it } from 'vitest';
import { portalSchema } from '../../src/cloudflare-api/portal-schema.ts';
import { DRIFT_KINDS, HOSTILE_NAME, LONG_TEXT_LENGTH, RTL_EMOJI_NAMES } from './drift.ts';
import { createHarness, MCP_PATH, ORIGIN, TOKEN } from './test-support.ts';

const auth = { authorization: `Bearer ${TOKEN}` };

function raw(harness: ReturnType<typeof createHarness>, path: string, init: RequestInit = {}) {
  return harness.api.handle(new Request(`${ORIGIN}${MCP_PATH}${path}`, { headers: auth, ...init }));
}

describe('faults', () => {
  it.each([
    ['unauthorized', 401, 10001],
    ['forbidden', 403, 10000],
    ['missing-permission', 403, 9109],
    ['invalid-headers', 400, 6003],
    ['unknown-account', 404, 7003],
    ['not-found', 404, 7002],
    ['internal-error', 500, 10002],
    ['unavailable', 503, 10013],
    ['success-false', 200, 10009],
  ] as const)('%s answers HTTP %i with code %i in the Cloudflare envelope', async (kind, status, code) => {
    const harness = createHarness({ scenario: { fault: { kind, on: 'read' } } });
    const response = await harness.get('/portals/engineering');
    expect(response.status).toBe(status);
    expect(response.body.success).toBe(false);
    expect(response.body.errors?.[0]?.code).toBe(code);
  });

  it('rate-limited answers 429 with Retry-After', async () => {
    const harness = createHarness({ scenario: { fault: { kind: 'rate-limited', on: 'all' } } });
    const response = await harness.sync('sentry');
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('1');
  });

  it('bad-gateway-html, malformed-json and empty-body answer something that is not an envelope', async () => {
    const answers = [];
    for (const kind of ['bad-gateway-html', 'malformed-json', 'empty-body'] as const) {
      const harness = createHarness({ scenario: { fault: { kind, on: 'read' } } });
      const response = await raw(harness, '/portals/engineering');
      answers.push([response.status, response.headers.get('content-type'), (await response.text()).slice(0, 15)]);
    }
    expect(answers).toEqual([
      [502, 'text/html; charset=utf-8', '<!DOCTYPE html>'],
      [200, 'application/json', '{"success": tru'],
      [200, 'application/json', ''],
    ]);
  });

  it('hang answers only when the caller gives up', async () => {
    const harness = createHarness({ scenario: { fault: { kind: 'hang', on: 'read' } } });
    const controller = new AbortController();
    const pending = raw(harness, '/portals/engineering', { signal: controller.signal });
    controller.abort(new Error('timed out'));
    await expect(pending).rejects.toThrow('timed out');
  });

  it('connection-reset starts a body and then breaks it', async () => {
    const harness = createHarness({ scenario: { fault: { kind: 'connection-reset', on: 'read' } } });
    const response = await raw(harness, '/portals/engineering');
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow('ECONNRESET');
  });

  it('hits only the calls it targets, and null switches it off', async () => {
    const harness = createHarness({ scenario: { fault: { kind: 'internal-error', on: 'sync' } } });
    expect((await harness.get('/portals/engineering')).status).toBe(200);
    expect((await harness.sync('sentry')).status).toBe(500);
    harness.api.setScenario({ fault: null });
    expect((await harness.sync('sentry')).status).toBe(200);
  });
});

describe('drift', () => {
  async function driftedPortal(kind: (typeof DRIFT_KINDS)[number]) {
    const harness = createHarness({ scenario: { drift: kind } });
    return (await harness.get('/portals/engineering')).body.result;
  }

  it('still parses for every kind but wrong-type, where exactly one server is set aside', async () => {
    for (const kind of DRIFT_KINDS) {
      const portal = portalSchema.parse(await driftedPortal(kind));
      expect(portal.unreadableServers.map((server) => server.problems[0]), kind).toEqual(
        kind === 'wrong-type' ? [expect.stringMatching(/^servers\[1\]\.tools: .*expected array/)] : [],
      );
    }
  });

  it('rewrites the data as named', async () => {
    const hostile = portalSchema.parse(await driftedPortal('html-in-text'));
    expect(hostile.servers[0]?.name).toBe(HOSTILE_NAME);
    const long = portalSchema.parse(await driftedPortal('long-strings'));
    expect(long.servers[0]?.name).toHaveLength(LONG_TEXT_LENGTH);
    expect(long.servers[0]?.hostname).toHaveLength(LONG_TEXT_LENGTH);
    const rtl = portalSchema.parse(await driftedPortal('rtl-emoji'));
    expect(rtl.servers.slice(0, 3).map((server) => server.name)).toEqual([...RTL_EMOJI_NAMES]);
    const bare = portalSchema.parse(await driftedPortal('missing-optional'));
    expect(Object.keys(bare).sort()).toEqual(['hostname', 'id', 'name', 'servers', 'unreadableServers']);
    expect(portalSchema.parse(await driftedPortal('no-servers')).servers).toEqual([]);
    const unknown = portalSchema.parse(await driftedPortal('unknown-values'));
    expect([unknown.code_mode, unknown.servers[0]?.status, unknown.servers[0]?.auth_type]).toEqual(['sometimes', 'quarantined', 'mtls']);
  });

  it('leaves failures and syncs alone', async () => {
    const harness = createHarness({ scenario: { drift: 'html-in-text' } });
    expect((await harness.get('/portals/nope')).status).toBe(404);
    expect((await harness.sync('sentry')).body.success).toBe(true);
  });
});
