/**
 * The proxy's contract, over real HTTP: a server on a loopback port with the
 * dashboard middleware in front of a stand-in for the app. Each block is one
 * point of the contract and fails if that defence is removed.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseConfig, type ServerConfig } from './config.ts';
import { createDashboardServer, type DashboardServerOptions } from './dashboard-middleware.ts';
import { DEMO_ACCOUNT_ID } from './embedded-api/demo-data.ts';
import { AUD, localAccess, TEAM } from './security/access-test-keys.ts';
import { SESSION_COOKIE } from './security/session-cookie.ts';

const SECRET = 'contract-test-session-secret-0123456789abcdef';
const TOKEN = 'contract-test-embedded-token-7c1e';
const MCP = `/api/accounts/${DEMO_ACCOUNT_ID}/access/ai-controls/mcp`;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let server: Server | null = null;
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = null;
});

type App = () => void;

async function start(env: Record<string, string> = {}, options: DashboardServerOptions = {}, app?: App) {
  // Port 0 is resolved by listening; the config must know the real port for its Host defaults, so bind first.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));

  const config: ServerConfig = parseConfig({ EMBEDDED_API_TOKEN: TOKEN, PORT: String(port), ...env }, DEMO_ACCOUNT_ID);
  const dashboard = createDashboardServer(config, { sessionSecret: SECRET, ...options });
  dashboard.embeddedApi?.reset({ syncLatencyMs: 0 });
  server = createServer((req, res) => dashboard.middleware(req, res, app ?? (() => res.end('the app'))));
  await new Promise<void>((resolve) => server?.listen(port, '127.0.0.1', resolve));

  /** Sends the target exactly as written (no URL normalisation), like a hostile client could. */
  function send(target: string, { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
    return new Promise<Answer>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port, path: target, method, headers: { host: `127.0.0.1:${port}`, ...headers }, setHost: false },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }
  const session = { cookie: `${SESSION_COOKIE}=${SECRET}` };
  const pageOrigin = `http://127.0.0.1:${port}`;
  return { port, send, session, pageOrigin, dashboard };
}

describe('1. listening', () => {
  it('binds to 127.0.0.1 unless told otherwise, and refuses a wider address without ALLOWED_HOSTS', () => {
    expect(parseConfig({}, DEMO_ACCOUNT_ID).host).toBe('127.0.0.1');
    expect(() => parseConfig({ HOST: '0.0.0.0' }, DEMO_ACCOUNT_ID)).toThrow(/ALLOWED_HOSTS must name/);
    expect(parseConfig({ HOST: '0.0.0.0', ALLOWED_HOSTS: 'dash.example.com' }, DEMO_ACCOUNT_ID).allowedHosts).toContain('dash.example.com');
  });
});

describe('2. Host header (DNS rebinding)', () => {
  it('answers loopback names with the port, and refuses any other Host on the app and the API alike', async () => {
    const { send, session, port } = await start();
    expect((await send('/', { headers: { host: `localhost:${port}` } })).status).toBe(200);
    expect((await send('/', { headers: { host: `[::1]:${port}` } })).status).toBe(200);
    expect((await send('/', { headers: { host: `evil.example:${port}` } })).status).toBe(403);
    expect((await send(`${MCP}/portals`, { headers: { host: 'evil.example', ...session } })).status).toBe(403);
    expect((await send('/', { headers: { host: `localhost:${port}/x` } })).status).toBe(400);
  });

  it('answers the names in ALLOWED_HOSTS too', async () => {
    const { send } = await start({ ALLOWED_HOSTS: 'dash.example.com' });
    expect((await send('/', { headers: { host: 'dash.example.com' } })).status).toBe(200);
  });
});

describe('3. Origin', () => {
  it('refuses API calls from another origin, and a sync POST without an Origin; never sends Access-Control-Allow-Origin', async () => {
    const { send, session, pageOrigin } = await start();
    const foreign = await send(`${MCP}/portals`, { headers: { ...session, origin: 'http://evil.example' } });
    expect(foreign.status).toBe(403);
    const crossSite = await send(`${MCP}/portals`, { headers: { ...session, 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.status).toBe(403);
    const noOrigin = await send(`${MCP}/servers/github/sync`, { method: 'POST', headers: session });
    expect(noOrigin.status).toBe(403);
    const own = await send(`${MCP}/servers/github/sync`, { method: 'POST', headers: { ...session, origin: pageOrigin } });
    expect(own.status).toBe(200);
    const preflight = await send(`${MCP}/servers/github/sync`, {
      method: 'OPTIONS',
      headers: { ...session, origin: 'http://evil.example', 'access-control-request-method': 'POST' },
    });
    for (const answer of [foreign, crossSite, noOrigin, own, preflight]) expect(answer.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('4. per-start session secret', () => {
  it('hands the page an HttpOnly, SameSite=Strict cookie and demands it on the API', async () => {
    const { send, session, dashboard } = await start();
    const page = await send('/accounts/x/portals', { headers: { accept: 'text/html' } });
    expect(page.headers['set-cookie']?.[0]).toBe(`${SESSION_COOKIE}=${SECRET}; Path=/; HttpOnly; SameSite=Strict`);
    const withoutSession = await send(`${MCP}/portals`);
    expect(withoutSession.status).toBe(403);
    expect(withoutSession.body).toContain('lacks the dashboard session');
    expect((await send(`${MCP}/portals`, { headers: { cookie: `${SESSION_COOKIE}=guess` } })).status).toBe(403);
    expect((await send('/api/dashboard-config')).status).toBe(403);
    // Refused before the proxy: nothing reached the API.
    expect(dashboard.embeddedApi?.requests()).toEqual([]);
    expect((await send(`${MCP}/portals`, { headers: session })).status).toBe(200);
  });
});

describe('5. what is forwarded', () => {
  it.each([
    `${MCP}/portals/../servers`,
    `${MCP}/portals/%2e%2e/servers`,
    `${MCP}/servers/github%2fsync`,
    `/api//accounts/${DEMO_ACCOUNT_ID}/access/ai-controls/mcp/portals`,
    `${MCP}/portals/a%5c..`,
  ])('refuses the path %s before anything normalises it', async (target) => {
    const { send, session } = await start();
    const answer = await send(target, { headers: session });
    expect(answer.status).toBe(400);
    expect(await Promise.resolve(answer.body)).toContain('dot segments');
  });

  it('refuses ids outside the API pattern and routes outside the allowlist', async () => {
    const { send, session, pageOrigin, dashboard } = await start();
    expect((await send(`${MCP}/portals/Engineering`, { headers: session })).status).toBe(404);
    expect((await send(`${MCP}/portals/${'a'.repeat(33)}`, { headers: session })).status).toBe(404);
    expect((await send(`/api/accounts/${DEMO_ACCOUNT_ID}/tokens`, { headers: session })).status).toBe(404);
    const remove = await send(`${MCP}/portals/engineering`, { method: 'DELETE', headers: { ...session, origin: pageOrigin } });
    expect(remove.status).toBe(403);
    expect(remove.body).toContain('does not forward');
    expect(dashboard.embeddedApi?.requests()).toEqual([]);
  });

  it('caps request bodies', async () => {
    const { send, session, pageOrigin } = await start();
    const answer = await send(`${MCP}/servers/github/sync`, {
      method: 'POST',
      headers: { ...session, origin: pageOrigin, 'content-type': 'application/json' },
      body: 'x'.repeat(70 * 1024),
    });
    expect(answer.status).toBe(413);
  });

  it('answers 504 in the envelope when the upstream is too slow', async () => {
    const { send, session, dashboard } = await start({ UPSTREAM_TIMEOUT_MS: '200' });
    dashboard.embeddedApi?.setScenario({ readLatencyMs: 2000 });
    const answer = await send(`${MCP}/portals/engineering`, { headers: session });
    expect(answer.status).toBe(504);
    expect(JSON.parse(answer.body)).toMatchObject({ success: false, errors: [{ code: 504 }] });
  });
});

describe('6. what comes back', () => {
  it("passes Cloudflare's status, body and Retry-After through unchanged", async () => {
    const { send, session, pageOrigin, dashboard } = await start();
    dashboard.embeddedApi?.setScenario({ rateLimitAfterSyncs: 1, retryAfterSeconds: 9 });
    await send(`${MCP}/servers/github/sync`, { method: 'POST', headers: { ...session, origin: pageOrigin } });
    const limited = await send(`${MCP}/servers/github/sync`, { method: 'POST', headers: { ...session, origin: pageOrigin } });
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('9');
    expect(JSON.parse(limited.body)).toMatchObject({ success: false });
  });

  it('keeps secrets out of log lines and error messages', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    // A failure whose message quotes the credential and the session secret, as a careless library might.
    const { send } = await start({}, {}, () => {
      throw new Error(`boom with ${TOKEN} and ${SECRET}`);
    });
    const answer = await send('/', { headers: { accept: 'text/html' } });
    expect(answer.status).toBe(500);
    expect(answer.body).not.toContain(TOKEN);
    expect(logged).toHaveBeenCalledTimes(1);
    const line = String(logged.mock.calls[0]?.[0]);
    expect(line).toContain('boom with [redacted] and [redacted]');
    logged.mockRestore();
  });
});

describe('Cloudflare Access', () => {
  it('demands a valid Cf-Access-Jwt-Assertion on every request when configured', async () => {
    const { keys, sign } = await localAccess();
    const { send, session } = await start({ CF_ACCESS_TEAM_DOMAIN: TEAM, CF_ACCESS_AUD: AUD }, { accessKeys: keys });
    expect((await send('/')).status).toBe(401);
    expect((await send(`${MCP}/portals`, { headers: session })).status).toBe(401);
    expect((await send('/', { headers: { 'cf-access-jwt-assertion': await sign({ audience: 'other' }) } })).status).toBe(401);
    expect((await send('/', { headers: { 'cf-access-jwt-assertion': await sign({ expiresIn: '-1m' }) } })).status).toBe(401);
    const token = await sign();
    expect((await send('/', { headers: { 'cf-access-jwt-assertion': token } })).status).toBe(200);
    expect((await send(`${MCP}/portals`, { headers: { ...session, 'cf-access-jwt-assertion': token } })).status).toBe(200);
  });
});
