/** Paths, methods and identifiers, with Cloudflare's status and error codes. */
import { describe, expect, it } from 'vitest';
import { envelopeSchema } from '../../src/lib/cloudflare/envelope-schema.ts';
import { DEMO_ACCOUNT_ID } from './create-embedded-api.ts';
import { createHarness, errorCodes, TOKEN } from './test-support.ts';

const auth = { authorization: `Bearer ${TOKEN}` };

describe('routing', () => {
  it('matches from /accounts/ on, whatever the origin or prefix', async () => {
    const { api } = createHarness();
    for (const prefix of ['http://embedded.invalid/client/v4', 'https://api.cloudflare.com/client/v4', 'http://localhost:5173/api', 'http://x']) {
      const response = await api.handle(
        new Request(`${prefix}/accounts/${DEMO_ACCOUNT_ID}/access/ai-controls/mcp/portals/engineering`, { headers: auth }),
      );
      expect(response.status, prefix).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json');
    }
  });

  it('answers every success with a full envelope', async () => {
    const { body } = await createHarness().get('/portals/engineering');
    expect(body).toMatchObject({ success: true, errors: [], messages: [] });
  });

  it.each(['/portals/Engineering', '/portals/bad%20id', '/portals/-lead', `/servers/${'a'.repeat(33)}`, '/servers/no.dots/sync'])(
    'answers 400 code 7003 for a malformed id (%s) before looking it up',
    async (path) => {
      const harness = createHarness();
      const { status, body } = await harness.call(path, { method: path.endsWith('/sync') ? 'POST' : 'GET' });
      expect(status).toBe(400);
      expect(errorCodes(body)).toEqual([7003]);
      expect(body.errors?.[0]?.message).toMatch(/^Could not route to \/accounts\/.+, perhaps your object identifier is invalid\?$/);
    },
  );

  it.each([
    ['GET', '/portals/does-not-exist'],
    ['GET', '/servers/does-not-exist'],
    ['POST', '/servers/does-not-exist/sync'],
  ])('answers 404 code 7002 for an unknown id (%s %s)', async (method, path) => {
    const { status, body } = await createHarness().call(path, { method });
    expect(status).toBe(404);
    expect(body.errors).toEqual([{ code: 7002, message: 'Not Found' }]);
  });

  it.each(['0123456789abcdef0123456789abcdef', 'not-an-account', '9F1C7E2A4B6D8E0F1A3C5E7B9D2F4A6C'])(
    'answers 404 code 7003 for an account other than the demo one (%s)',
    async (accountId) => {
      const { api } = createHarness();
      const path = `/accounts/${accountId}/access/ai-controls/mcp/portals`;
      const response = await api.handle(new Request(`http://embedded.invalid/client/v4${path}`, { headers: auth }));
      const body = envelopeSchema.parse(await response.json());
      expect(response.status).toBe(404);
      expect(body.errors).toEqual([
        { code: 7003, message: `Could not route to ${path}, perhaps your object identifier is invalid?` },
      ]);
    },
  );

  it.each(['/tunnels', '/portals/engineering/sync', '/servers/github/sync/now', '/portals/engineering/servers'])(
    'answers 404 code 7003 for an unknown route (%s)',
    async (path) => {
      const { status, body } = await createHarness().get(path);
      expect(status).toBe(404);
      expect(body.errors).toEqual([{ code: 7003, message: 'No route for that URI' }]);
    },
  );

  it.each([
    ['POST', '/portals', 'GET'],
    ['DELETE', '/portals/engineering', 'GET'],
    ['PUT', '/servers/github', 'GET'],
    ['GET', '/servers/github/sync', 'POST'],
  ])('answers 405 code 10405 for %s %s', async (method, path, allow) => {
    const { status, headers, body } = await createHarness().call(path, { method });
    expect(status).toBe(405);
    expect(headers.get('allow')).toBe(allow);
    expect(body.errors).toEqual([{ code: 10405, message: 'Method not allowed' }]);
  });

  it('treats a trailing slash on a collection as the collection', async () => {
    const { status } = await createHarness().get('/portals/');
    expect(status).toBe(200);
  });

  it('records how many syncs were in flight when each sync arrived', async () => {
    const harness = createHarness({ scenario: { syncLatencyMs: 20 } });
    await Promise.all([harness.sync('github'), harness.sync('sentry'), harness.sync('zendesk')]);
    await harness.sync('looker');
    expect(harness.api.requests().map((entry) => entry.syncsInFlight)).toEqual([1, 2, 3, 1]);
  });

  it('logs each request with its path from /accounts/ on and its query', async () => {
    const harness = createHarness();
    await harness.get('/portals?search=data&per_page=5');
    await harness.sync('github');
    expect(harness.api.requests()).toEqual([
      {
        method: 'GET',
        path: `/accounts/${DEMO_ACCOUNT_ID}/access/ai-controls/mcp/portals?search=data&per_page=5`,
        at: '2025-06-02T10:00:00.000Z',
        authenticated: true,
      },
      {
        method: 'POST',
        path: `/accounts/${DEMO_ACCOUNT_ID}/access/ai-controls/mcp/servers/github/sync`,
        at: '2025-06-02T10:00:00.000Z',
        authenticated: true,
        syncsInFlight: 1,
      },
    ]);
  });
});
