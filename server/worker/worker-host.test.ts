/** The Worker's host, driven as workerd would call it, with a stand-in for Workers Static Assets. */
import { describe, expect, it } from 'vitest';
import { AUD, localAccess, TEAM } from '../security/access-test-keys.ts';
import { SESSION_COOKIE } from '../security/session-cookie.ts';
import { createWorkerHost, LOCAL_DEV_VARIABLE } from './worker-host.ts';
import type { WorkerEnv } from './worker-env.ts';

const TOKEN = 'live-token-0123456789abcdef';
const ACCOUNT = '0123456789abcdef0123456789abcdef';

const MANIFEST = {
  'index.html': { file: 'assets/index-abc123.js', isEntry: true },
  'src/app/account-page/account-page.tsx': { file: 'assets/account-page-9a8b7c.js', imports: ['index.html'] },
  'src/app/portal-page/portal-page.tsx': { file: 'assets/portal-page-def456.js', imports: ['index.html'] },
  'src/features/servers/components/server-detail-page.tsx': { file: 'assets/server-detail-page-0a1b2c.js', imports: ['index.html'] },
};

/** What `assets.directory` holds, answered as Workers Static Assets does (the SPA fallback serves the HTML). */
const assets = {
  async fetch(request: Request): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (pathname === '/assets/index-abc123.js') return new Response('console.log(1)', { headers: { 'content-type': 'text/javascript' } });
    if (pathname === '/.vite/manifest.json') return Response.json(MANIFEST);
    return new Response('<!doctype html><title>MCP Portal Dashboard</title>', { headers: { 'content-type': 'text/html' } });
  },
};

const env = (vars: Record<string, string>): WorkerEnv => ({ ASSETS: assets, MONITOR_INTERVAL_SECONDS: '0', ...vars });
const page = (url: string, headers: Record<string, string> = {}) => new Request(url, { headers: { accept: 'text/html', ...headers } });
const LIVE = { CLOUDFLARE_API_TOKEN: TOKEN, CLOUDFLARE_ACCOUNT_ID: ACCOUNT };

describe('a live Worker (API credentials as secrets)', () => {
  it('refuses the app and the API until Cloudflare Access is configured, and says how to set it up', async () => {
    const host = await createWorkerHost(env(LIVE));
    for (const url of ['https://dash.example.com/', `https://dash.example.com/api/accounts/${ACCOUNT}/access/ai-controls/mcp/portals`]) {
      const response = await host.fetch(page(url));
      expect(response.status).toBe(403);
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
      const text = await response.text();
      expect(text).toContain('only behind Cloudflare Access');
      expect(text).toContain('wrangler secret put CF_ACCESS_AUD');
      expect(text).not.toContain(TOKEN);
    }
  });

  it('behind Access, serves only requests whose Cf-Access-Jwt-Assertion verifies (a local key set, as on Node)', async () => {
    const access = await localAccess();
    const host = await createWorkerHost(env({ ...LIVE, CF_ACCESS_TEAM_DOMAIN: TEAM, CF_ACCESS_AUD: AUD }), { accessKeys: access.keys });

    const anonymous = await host.fetch(page('https://dash.example.com/'));
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).toContain('Cloudflare Access did not vouch for this request');
    const otherAudience = await host.fetch(page('https://dash.example.com/', { 'cf-access-jwt-assertion': await access.sign({ audience: 'another-app' }) }));
    expect(otherAudience.status).toBe(401);

    const signedIn = await host.fetch(page('https://dash.example.com/accounts', { 'cf-access-jwt-assertion': await access.sign() }));
    expect(signedIn.status).toBe(200);
    expect(await signedIn.text()).toContain('<title>MCP Portal Dashboard</title>');
    expect(signedIn.headers.get('cache-control')).toBe('no-cache');
    expect(signedIn.headers.get('x-frame-options')).toBe('DENY');
    const cookie = signedIn.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[\\w-]{43}; Path=/; HttpOnly; SameSite=Strict$`));
    expect(cookie).not.toContain(TOKEN);

    // The API keeps Node's guard: a request from another site is refused even with a valid Access token.
    const api = `https://dash.example.com/api/accounts/${ACCOUNT}/access/ai-controls/mcp/portals`;
    const crossSite = await host.fetch(new Request(api, { headers: { 'cf-access-jwt-assertion': await access.sign(), origin: 'https://evil.example', cookie } }));
    expect(crossSite.status).toBe(403);
  });

  it('derives one session secret for every isolate from the credential, so a session survives another isolate answering', async () => {
    const access = await localAccess();
    const settings = env({ ...LIVE, CF_ACCESS_TEAM_DOMAIN: TEAM, CF_ACCESS_AUD: AUD });
    const cookieFrom = async () => {
      const host = await createWorkerHost(settings, { accessKeys: access.keys });
      return (await host.fetch(page('https://dash.example.com/', { 'cf-access-jwt-assertion': await access.sign() }))).headers.get('set-cookie');
    };
    const [first, second] = [await cookieFrom(), await cookieFrom()];
    expect(first).not.toBeNull();
    expect(first).toBe(second);
    const rotated = await createWorkerHost({ ...settings, CLOUDFLARE_API_TOKEN: 'a-new-token-9876543210' }, { accessKeys: access.keys });
    expect((await rotated.fetch(page('https://dash.example.com/', { 'cf-access-jwt-assertion': await access.sign() }))).headers.get('set-cookie')).not.toBe(first);
  });

  it('asks for a D1 database when the monitor is on and none is bound', async () => {
    const host = await createWorkerHost({ ASSETS: assets, ...LIVE, CF_ACCESS_TEAM_DOMAIN: TEAM, CF_ACCESS_AUD: AUD, MONITOR_INTERVAL_SECONDS: '300' });
    const response = await host.fetch(page('https://dash.example.com/'));
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('wrangler d1 migrations apply DB --remote');
  });
});

describe('npm run dev:worker (loopback, DASHBOARD_LOCAL_DEV set by the script)', () => {
  const local = { ...LIVE, [LOCAL_DEV_VARIABLE]: '1', HOST: '127.0.0.1', PORT: '8787' };

  it('relaxes the Access requirement for loopback requests only, and refuses foreign Host headers (DNS rebinding)', async () => {
    const host = await createWorkerHost(env(local));
    expect((await host.fetch(page('http://127.0.0.1:8787/'))).status).toBe(200);
    const rebound = await host.fetch(page('http://evil.example:8787/'));
    expect(rebound.status).toBe(403);
    // Not loopback: the relaxation does not apply, even with the variable set.
    expect(await rebound.text()).toContain('only behind Cloudflare Access');
    const otherPort = await host.fetch(page('http://127.0.0.1:9999/'));
    expect(otherPort.status).toBe(403);
    expect(await otherPort.text()).toContain('is not one this dashboard answers to');
  });
});

describe('the public demo (no credentials)', () => {
  it('serves anyone, on whatever hostname Cloudflare routes to it, with Node\'s caching and a 404 for a missing file', async () => {
    const host = await createWorkerHost(env({}));
    const app = await host.fetch(page('https://mcp-dashboard-demo.acme.workers.dev/accounts'));
    expect(app.status).toBe(200);
    expect(app.headers.get('set-cookie')).toContain(`${SESSION_COOKIE}=`);
    const script = await host.fetch(new Request('https://mcp-dashboard-demo.acme.workers.dev/assets/index-abc123.js'));
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const missing = await host.fetch(new Request('https://mcp-dashboard-demo.acme.workers.dev/assets/gone-123.js'));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('text/plain');
    const config = await host.fetch(
      new Request('https://mcp-dashboard-demo.acme.workers.dev/api/dashboard-config', { headers: { cookie: app.headers.get('set-cookie')?.split(';')[0] ?? '' } }),
    );
    expect(await config.json()).toMatchObject({ result: { mode: 'demo' } });
  });

  it("hints a page's first reads and its code from the uploaded manifest, which it never serves", async () => {
    const host = await createWorkerHost(env({}));
    const portal = await host.fetch(page('https://mcp-dashboard-demo.acme.workers.dev/accounts/9f1c7e2a4b6d8e0f1a3c5e7b9d2f4a6c/portals/engineering'));
    expect(portal.headers.get('link')).toContain('/access/ai-controls/mcp/portals/engineering>; rel=preload; as=fetch; crossorigin');
    expect(portal.headers.get('link')).toContain('</assets/portal-page-def456.js>; rel=modulepreload');
    expect((await host.fetch(new Request('https://mcp-dashboard-demo.acme.workers.dev/.vite/manifest.json'))).status).toBe(404);
    expect((await host.fetch(new Request('https://mcp-dashboard-demo.acme.workers.dev/%2Evite/manifest.json'))).status).toBe(404);
  });

  it("hints the header's reads when deployed, and leaves them out under wrangler dev, whose local server loses a request now and then when the first burst outgrows the browser's six connections", async () => {
    const url = 'http://127.0.0.1:8787/accounts/9f1c7e2a4b6d8e0f1a3c5e7b9d2f4a6c/portals/engineering';
    const deployed = await createWorkerHost(env({ ALLOWED_HOSTS: '127.0.0.1:8787' }));
    const local = await createWorkerHost(env({ [LOCAL_DEV_VARIABLE]: '1', PORT: '8787' }));
    const header = '</api/dashboard-config>; rel=preload; as=fetch; crossorigin, </api/alerts/accounts/9f1c7e2a4b6d8e0f1a3c5e7b9d2f4a6c>; rel=preload; as=fetch; crossorigin';
    const deployedLink = (await deployed.fetch(page(url))).headers.get('link');
    const localLink = (await local.fetch(page(url))).headers.get('link');
    expect(deployedLink).toContain(header);
    expect(localLink).not.toContain('/api/dashboard-config');
    expect(localLink).not.toContain('/api/alerts/');
    // The page's own reads and its code stay hinted under wrangler dev.
    expect(localLink).toContain('/access/ai-controls/mcp/portals/engineering>; rel=preload; as=fetch; crossorigin');
    expect(localLink).toContain('</assets/portal-page-def456.js>; rel=modulepreload');
  });

  it('still serves every page when the uploaded manifest does not match the contract, hinting the reads alone', async () => {
    const stale = {
      async fetch(request: Request): Promise<Response> {
        if (new URL(request.url).pathname === '/.vite/manifest.json') return Response.json({ 'index.html': { file: 'assets/index-abc123.js', isEntry: true } });
        return assets.fetch(request);
      },
    };
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args.join(' '));
    try {
      const host = await createWorkerHost({ ...env({}), ASSETS: stale });
      const portal = await host.fetch(page('https://mcp-dashboard-demo.acme.workers.dev/accounts/9f1c7e2a4b6d8e0f1a3c5e7b9d2f4a6c/portals/engineering'));
      expect(portal.status).toBe(200);
      expect(portal.headers.get('link')).toContain('rel=preload; as=fetch');
      expect(portal.headers.get('link')).not.toContain('modulepreload');
      expect(errors.join('\n')).toMatch(/build manifest has no src\/app\/account-page\/account-page\.tsx/);
    } finally {
      console.error = original;
    }
  });
});
