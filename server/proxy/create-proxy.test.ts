import { describe, expect, it, vi } from 'vitest';
import type { ServerConfig } from '../config.ts';
import { createRedactor } from '../security/redact.ts';
import { createProxy, type UpstreamFetch } from './create-proxy.ts';

const ACCOUNT = '0123456789abcdef0123456789abcdef';
const TOKEN = 'secret-token-value-1234567890';
const MCP = `/api/accounts/${ACCOUNT}/access/ai-controls/mcp`;

const liveConfig: Pick<ServerConfig, 'mode' | 'accountId' | 'credentials' | 'upstreamBaseUrl'> = {
  mode: 'live',
  accountId: ACCOUNT,
  credentials: { kind: 'token', token: TOKEN },
  upstreamBaseUrl: 'https://api.example.test/client/v4',
};

function setup(upstreamAnswer: () => Promise<Response> = async () => Response.json({ success: true, result: { ok: true } })) {
  const calls: { url: string; init: RequestInit }[] = [];
  const upstreamFetch = vi.fn<UpstreamFetch>(async (url, init) => {
    calls.push({ url, init });
    return upstreamAnswer();
  });
  const proxy = createProxy({ config: liveConfig, upstreamFetch });
  const send = async (path: string, init: RequestInit = {}) => {
    const response = await proxy.handle(new Request(`http://127.0.0.1:5173${path}`, init));
    if (!response) throw new Error(`proxy ignored ${path}`);
    return response;
  };
  return { calls, send, proxy };
}

describe('proxy', () => {
  it('forwards an allowlisted read to the upstream with the configured token, and nothing the browser sent', async () => {
    const { calls, send } = setup();
    const response = await send(`${MCP}/portals/engineering`, {
      headers: { authorization: 'Bearer browser-supplied', cookie: 'session=1', 'x-auth-key': 'nope', 'x-auth-email': 'a@b.c' },
    });
    expect(response.status).toBe(200);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe(`https://api.example.test/client/v4/accounts/${ACCOUNT}/access/ai-controls/mcp/portals/engineering`);
    const headers = new Headers(calls[0]?.init.headers);
    expect(headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
    expect(headers.get('cookie')).toBeNull();
    expect(headers.get('x-auth-key')).toBeNull();
    expect(headers.get('x-auth-email')).toBeNull();
  });

  it('sends a global API key as X-Auth-Email and X-Auth-Key', async () => {
    const calls: RequestInit[] = [];
    const proxy = createProxy({
      config: { ...liveConfig, credentials: { kind: 'global-key', email: 'admin@example.com', key: 'global-key-value' } },
      upstreamFetch: async (_url, init) => {
        calls.push(init);
        return Response.json({ success: true, result: [] });
      },
    });
    await proxy.handle(new Request(`http://127.0.0.1${MCP}/servers`));
    const headers = new Headers(calls[0]?.headers);
    expect(headers.get('x-auth-email')).toBe('admin@example.com');
    expect(headers.get('x-auth-key')).toBe('global-key-value');
    expect(headers.get('authorization')).toBeNull();
  });

  it('forwards the sync POST and the list query parameters the API knows, dropping others', async () => {
    const { calls, send } = setup();
    await send(`${MCP}/servers/github-tools/sync`, { method: 'POST' });
    await send(`${MCP}/portals?page=2&per_page=50&search=eng&evil=1`);
    expect(calls.map((call) => [call.init.method, call.url.replace('https://api.example.test/client/v4', '')])).toEqual([
      ['POST', `/accounts/${ACCOUNT}/access/ai-controls/mcp/servers/github-tools/sync`],
      ['GET', `/accounts/${ACCOUNT}/access/ai-controls/mcp/portals?page=2&per_page=50&search=eng`],
    ]);
  });

  it.each([
    ['an unknown path', 'GET', `/api/accounts/${ACCOUNT}/access/apps`, 404],
    ['a write the dashboard never makes', 'DELETE', `${MCP}/portals/engineering`, 403],
    ['a POST to a read endpoint', 'POST', `${MCP}/portals/engineering`, 403],
    ['a GET of the sync endpoint', 'GET', `${MCP}/servers/github-tools/sync`, 403],
    ['an id outside the API pattern', 'GET', `${MCP}/portals/Not_Valid!`, 404],
    ['an id longer than 32 characters', 'GET', `${MCP}/portals/${'a'.repeat(33)}`, 404],
    ['an account id that is not 32 hex characters', 'GET', '/api/accounts/not-an-account/access/ai-controls/mcp/portals', 404],
  ])('answers %s itself, in the Cloudflare envelope, without forwarding', async (_label, method, path, status) => {
    const { calls, send } = setup();
    const response = await send(path, { method });
    expect(response.status).toBe(status);
    const body: unknown = await response.json();
    expect(body).toMatchObject({ success: false, errors: [{ code: expect.any(Number), message: expect.any(String) }] });
    expect(calls).toHaveLength(0);
  });

  it("passes Cloudflare's status, body and Retry-After back unchanged", async () => {
    const body = JSON.stringify({ success: false, errors: [{ code: 971, message: 'Please wait' }], result: null });
    const { send } = setup(
      async () =>
        new Response(body, {
          status: 429,
          headers: {
            'retry-after': '30',
            'content-type': 'application/json',
            'set-cookie': 'x=1',
            ratelimit: 'limit=1200, remaining=0, reset=30',
            'ratelimit-policy': '1200;w=300',
            'x-ratelimit-remaining': '0',
          },
        }),
    );
    const response = await send(`${MCP}/portals/engineering`);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(response.headers.get('ratelimit')).toBe('limit=1200, remaining=0, reset=30');
    expect(response.headers.get('ratelimit-policy')).toBe('1200;w=300');
    expect(response.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await response.text()).toBe(body);
  });

  it('answers 502 in the envelope when the upstream cannot be reached, without leaking the token', async () => {
    const { send } = setup(async () => Promise.reject(new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND api.example.test') })));
    const response = await send(`${MCP}/portals/engineering`);
    expect(response.status).toBe(502);
    const text = await response.text();
    expect(text).toContain('ENOTFOUND');
    expect(text).not.toContain(TOKEN);
  });

  it('redacts secrets from the 502 it writes, even when the failure quotes them', async () => {
    const proxy = createProxy({
      config: liveConfig,
      redact: createRedactor([TOKEN]),
      // e.g. a misbehaving egress proxy that echoes the request's headers in its error.
      upstreamFetch: async () => Promise.reject(new TypeError('fetch failed', { cause: new Error(`refused Authorization: Bearer ${TOKEN}`) })),
    });
    const response = await proxy.handle(new Request(`http://127.0.0.1${MCP}/portals/engineering`));
    expect(response?.status).toBe(502);
    const text = (await response?.text()) ?? '';
    expect(text).toContain('refused Authorization: Bearer');
    expect(text).not.toContain(TOKEN);
  });

  it('answers 504 when the upstream does not answer in time', async () => {
    const proxy = createProxy({
      config: liveConfig,
      upstreamTimeoutMs: 20,
      upstreamFetch: (_url, init) =>
        new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason))),
    });
    const response = await proxy.handle(new Request(`http://127.0.0.1${MCP}/portals/engineering`));
    expect(response?.status).toBe(504);
  });

  it('answers 504 in time even when the upstream never honours the abort', async () => {
    const proxy = createProxy({ config: liveConfig, upstreamTimeoutMs: 20, upstreamFetch: () => new Promise<Response>(() => undefined) });
    const response = await proxy.handle(new Request(`http://127.0.0.1${MCP}/portals/engineering`));
    expect(response?.status).toBe(504);
  });

  it('ignores paths outside /api so the app can be served', async () => {
    const { proxy } = setup();
    expect(await proxy.handle(new Request('http://127.0.0.1/accounts/x/portals/y'))).toBeNull();
    expect(await proxy.handle(new Request('http://127.0.0.1/apiary'))).toBeNull();
  });
});
