import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { parseConfig } from './config.ts';
import { DEMO_ACCOUNT_ID } from './embedded-api/demo-data.ts';
import { createProductionServer } from './production-server.ts';
import { getFreePort } from '../scripts/free-port.mjs';

let dist: string | null = null;
afterEach(async () => {
  if (dist) await rm(dist, { recursive: true, force: true });
  dist = null;
});

describe('npm run serve', () => {
  it('keeps an idle connection open for longer than browsers wait to reuse it, so a reused one is never reset', async () => {
    dist = await mkdtemp(join(tmpdir(), 'dashboard-dist-'));
    await writeFile(join(dist, 'index.html'), '<!doctype html><title>MCP Portal Dashboard</title>');
    const server = await createProductionServer(parseConfig({ EMBEDDED_API_TOKEN: 'test-token' }, DEMO_ACCOUNT_ID), { distDir: dist });
    // Node's default is 5 s; a request sent on a connection just as the server closes it fails with ECONNRESET.
    expect(server.keepAliveTimeout).toBeGreaterThanOrEqual(60_000);
    expect(server.headersTimeout).toBeGreaterThan(server.keepAliveTimeout);
  });
});

describe('npm run serve: what a page load fetches', () => {
  const PORTAL_PAGE = `/accounts/${DEMO_ACCOUNT_ID}/portals/engineering`;

  async function serveBuild() {
    dist = await mkdtemp(join(tmpdir(), 'dashboard-dist-'));
    await writeFile(join(dist, 'index.html'), '<!doctype html><title>MCP Portal Dashboard</title>');
    await mkdir(join(dist, '.vite'));
    const manifest = {
      'index.html': { file: 'assets/index-a1.js', isEntry: true },
      'src/app/account-page/account-page.tsx': { file: 'assets/account-page-d4.js', imports: ['index.html'] },
      'src/app/portal-page/portal-page.tsx': { file: 'assets/portal-page-b2.js', imports: ['index.html'] },
      'src/features/servers/components/server-detail-page.tsx': { file: 'assets/server-detail-page-c3.js', imports: ['index.html'] },
    };
    await writeFile(join(dist, '.vite/manifest.json'), JSON.stringify(manifest));
    // The Host check allows loopback on the configured port only.
    const port = await getFreePort();
    const server = await createProductionServer(parseConfig({ EMBEDDED_API_TOKEN: 'test-token', PORT: String(port) }, DEMO_ACCOUNT_ID), { distDir: dist });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const origin = `http://127.0.0.1:${port}`;
    return { origin, get: (path: string, headers: Record<string, string> = {}) => fetch(`${origin}${path}`, { headers }) };
  }

  it("sends a page's HTML with a preload hint for its first reads and its code, and nothing else with one", async () => {
    const { get } = await serveBuild();
    const page = await get(PORTAL_PAGE, { accept: 'text/html' });
    expect(page.headers.get('link')).toBe(
      [
        `</api/accounts/${DEMO_ACCOUNT_ID}/access/ai-controls/mcp/portals/engineering>; rel=preload; as=fetch; crossorigin`,
        `</api/history/accounts/${DEMO_ACCOUNT_ID}/portals/engineering>; rel=preload; as=fetch; crossorigin`,
        '</api/dashboard-config>; rel=preload; as=fetch; crossorigin',
        `</api/alerts/accounts/${DEMO_ACCOUNT_ID}>; rel=preload; as=fetch; crossorigin`,
        '</assets/portal-page-b2.js>; rel=modulepreload',
      ].join(', '),
    );
    // The hint and the session cookie come together: the preloaded reads carry the cookie the HTML sets.
    expect(page.headers.get('set-cookie')).toMatch(/^mcp_dashboard_session=/);
    expect((await get(`/accounts/${DEMO_ACCOUNT_ID}/portals/Not_An_Id!`, { accept: 'text/html' })).headers.get('link')).toBeNull();
  });

  it("never serves Vite's manifest, which only the server reads", async () => {
    const { get } = await serveBuild();
    expect((await get('/.vite/manifest.json')).status).toBe(404);
  });

  it('compresses API answers for a client that accepts it', async () => {
    const { get } = await serveBuild();
    const cookie = (await get(PORTAL_PAGE, { accept: 'text/html' })).headers.get('set-cookie')?.split(';')[0] ?? '';
    const path = `/api/accounts/${DEMO_ACCOUNT_ID}/access/ai-controls/mcp/portals/engineering`;
    const plain = await get(path, { cookie, 'accept-encoding': 'identity' });
    const plainText = await plain.text();
    expect(plain.headers.get('content-encoding')).toBeNull();
    // Node's fetch decodes what it asked for; a raw read shows the encoding on the wire.
    const packed = await new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
      const url = new URL(`${(plain.url.match(/^http:\/\/[^/]+/) ?? [''])[0]}${path}`);
      void import('node:http').then(({ get: httpGet }) =>
        httpGet(url, { headers: { cookie, 'accept-encoding': 'gzip, br' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
        }).on('error', reject),
      );
    });
    expect(packed.encoding).toBe('br');
    expect(brotliDecompressSync(packed.body).toString('utf8')).toBe(plainText);
    expect(packed.body.length).toBeLessThan(plainText.length / 4);
  });
});

describe('npm run serve against Cloudflare (live mode)', () => {
  it('calls the upstream with the token on a kept-alive connection, and hands its (gzip) answer on decoded', async () => {
    const answer = JSON.stringify({ success: true, errors: [], messages: [], result: { id: 'engineering', hostname: 'mcp.example.com', name: 'Engineering', servers: [] } });
    const seen: Array<{ url?: string; authorization?: string; cookie?: string; acceptEncoding?: string }> = [];
    const upstream = createHttpServer((req, res) => {
      seen.push({ url: req.url, authorization: req.headers.authorization, cookie: req.headers.cookie, acceptEncoding: req.headers['accept-encoding'] });
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'cf-ray': 'ray-1' }).end(gzipSync(answer));
    });
    let connections = 0;
    upstream.on('connection', () => (connections += 1));
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => new Promise<void>((resolve) => (upstream.closeAllConnections(), upstream.close(() => resolve()))));

    dist = await mkdtemp(join(tmpdir(), 'dashboard-dist-'));
    await writeFile(join(dist, 'index.html'), '<!doctype html><title>MCP Portal Dashboard</title>');
    const port = await getFreePort();
    const config = parseConfig(
      {
        CLOUDFLARE_API_TOKEN: 'live-token-5e1',
        CLOUDFLARE_ACCOUNT_ID: DEMO_ACCOUNT_ID,
        CLOUDFLARE_API_BASE_URL: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/client/v4`,
        PORT: String(port),
      },
      DEMO_ACCOUNT_ID,
    );
    const server = await createProductionServer(config, { distDir: dist });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    onTestFinished(() => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))));
    const origin = `http://127.0.0.1:${port}`;
    const cookie = (await fetch(`${origin}/`, { headers: { accept: 'text/html' } })).headers.get('set-cookie')?.split(';')[0] ?? '';

    const path = `/accounts/${DEMO_ACCOUNT_ID}/access/ai-controls/mcp/portals/engineering`;
    for (let i = 0; i < 2; i++) {
      const response = await fetch(`${origin}/api${path}`, { headers: { cookie, 'accept-encoding': 'identity' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('cf-ray')).toBe('ray-1');
      expect(await response.text()).toBe(answer);
    }
    expect(seen).toHaveLength(2);
    for (const call of seen) {
      expect(call).toMatchObject({ url: `/client/v4${path}`, authorization: 'Bearer live-token-5e1', cookie: undefined });
      expect(call.acceptEncoding).toMatch(/gzip/);
    }
    expect(connections).toBe(1);
  });
});

describe('npm run serve with an unusable DATABASE_URL', () => {
  it('does not start, and says which variable to fix (never the token)', async () => {
    const serve = fileURLToPath(new URL('./serve.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', serve], {
      env: { ...process.env, DATABASE_URL: `file:${fileURLToPath(new URL('../package.json', import.meta.url))}`, DATABASE_AUTH_TOKEN: 'db-token-9f3', PORT: '0', MONITOR_INTERVAL_SECONDS: '60' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(output).toContain('DATABASE_URL (file:');
    expect(output).toContain('file is not a database');
    expect(output).not.toContain('db-token-9f3');
    expect(output).not.toContain('MCP Portal Dashboard on http');
  });
});
