/** Cloudflare's credential checks come first, whatever the path. */
import { describe, expect, it } from 'vitest';
import { envelopeSchema } from '../../src/lib/cloudflare/envelope-schema.ts';
import { createEmbeddedApi, DEMO_ACCOUNT_ID } from './create-embedded-api.ts';
import type { EmbeddedApiCredentials } from './create-embedded-api.ts';
import { createHarness, errorCodes, MCP_PATH, ORIGIN, TOKEN } from './test-support.ts';

const EMAIL = 'ops-bot@acme-corp.example';
const KEY = '144c9defac04969c7bfad8efaa8ea194';

async function send(credentials: EmbeddedApiCredentials, headers: Record<string, string>) {
  const api = createEmbeddedApi({ credentials });
  const response = await api.handle(new Request(`${ORIGIN}${MCP_PATH}/portals`, { headers }));
  return { status: response.status, body: envelopeSchema.parse(await response.json()), api };
}

const token: EmbeddedApiCredentials = { kind: 'token', token: TOKEN };
const globalKey: EmbeddedApiCredentials = { kind: 'global-key', email: EMAIL, key: KEY };

describe('credentials with an API token', () => {
  it('accepts exactly the configured bearer token', async () => {
    const { status, body } = await send(token, { authorization: `Bearer ${TOKEN}` });
    expect(status).toBe(200);
    expect(body.success).toBe(true);
  });

  it('answers 400 code 9106 when no credentials are sent', async () => {
    const { status, body } = await send(token, {});
    expect(status).toBe(400);
    expect(body.success).toBe(false);
    expect(body.errors).toEqual([{ code: 9106, message: 'Missing X-Auth-Key, X-Auth-Email or Authorization headers' }]);
    expect(body.result).toBeNull();
  });

  it.each([`Basic ${TOKEN}`, 'Bearer', `Bearer ${TOKEN} extra`, TOKEN])(
    'answers 400 code 6003 + 6111 for a malformed Authorization header (%s)',
    async (authorization) => {
      const { status, body } = await send(token, { authorization });
      expect(status).toBe(400);
      expect(errorCodes(body)).toEqual([6003, 6111]);
      expect(body.errors?.[1]?.message).toBe('Invalid format for Authorization header');
    },
  );

  it('answers 403 code 10000 for a wrong token', async () => {
    const { status, body } = await send(token, { authorization: 'Bearer not-the-token' });
    expect(status).toBe(403);
    expect(body.errors).toEqual([{ code: 10000, message: 'Authentication error' }]);
  });

  it('refuses a global key when a token is configured', async () => {
    const { status } = await send(token, { 'x-auth-email': EMAIL, 'x-auth-key': KEY });
    expect(status).toBe(403);
  });
});

describe('credentials with a global API key', () => {
  it('accepts the configured email (any case) and key', async () => {
    const { status } = await send(globalKey, { 'x-auth-email': EMAIL.toUpperCase(), 'x-auth-key': KEY });
    expect(status).toBe(200);
  });

  it.each([
    ['a wrong key', { 'x-auth-email': EMAIL, 'x-auth-key': 'f'.repeat(32) }],
    ['a wrong email', { 'x-auth-email': 'someone@else.example', 'x-auth-key': KEY }],
    ['a bearer token', { authorization: `Bearer ${KEY}` }],
  ])('answers 403 code 10000 for %s', async (_case, headers) => {
    const { status, body } = await send(globalKey, headers);
    expect(status).toBe(403);
    expect(errorCodes(body)).toEqual([10000]);
  });

  it('answers 400 code 9106 when the key or the email is missing', async () => {
    expect((await send(globalKey, { 'x-auth-email': EMAIL })).status).toBe(400);
    const { body } = await send(globalKey, { 'x-auth-key': KEY });
    expect(errorCodes(body)).toEqual([9106]);
  });
});

describe('request log and credentials', () => {
  it('records whether credentials matched, never the header values', async () => {
    const harness = createHarness();
    await harness.get('/portals');
    await harness.call('/portals', { headers: { authorization: 'Bearer leaked-secret-value' } });
    await harness.call('/portals', { headers: {} });
    const log = harness.api.requests();
    expect(log.map((entry) => entry.authenticated)).toEqual([true, false, false]);
    const serialized = JSON.stringify(log);
    expect(serialized).not.toContain(TOKEN);
    expect(serialized).not.toContain('leaked-secret-value');
    expect(Object.keys(log[0] ?? {}).sort()).toEqual(['at', 'authenticated', 'method', 'path']);
  });

  it('checks credentials before anything else, even on unknown routes and accounts', async () => {
    const api = createEmbeddedApi({ credentials: token });
    const unknownRoute = await api.handle(new Request(`${ORIGIN}/accounts/${DEMO_ACCOUNT_ID}/nope`));
    expect(unknownRoute.status).toBe(400);
    const otherAccount = await api.handle(
      new Request(`${ORIGIN}/accounts/${'0'.repeat(32)}/access/ai-controls/mcp/portals`, {
        headers: { authorization: 'Bearer wrong' },
      }),
    );
    expect(otherAccount.status).toBe(403);
  });
});
