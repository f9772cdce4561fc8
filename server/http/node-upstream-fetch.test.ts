import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createNodeUpstreamFetch, type NodeUpstreamFetch, type NodeUpstreamFetchOptions } from './node-upstream-fetch.ts';

const opened: Array<{ server: Server; client: NodeUpstreamFetch }> = [];

/** An upstream on a free loopback port that counts its connections and answers with `answer`. */
async function upstream(answer: (req: IncomingMessage, res: ServerResponse) => void, options: NodeUpstreamFetchOptions = {}) {
  const server = createServer(answer);
  let connections = 0;
  server.on('connection', () => (connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const client = createNodeUpstreamFetch(options);
  opened.push({ server, client });
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, client, connections: () => connections };
}

afterEach(async () => {
  for (const { server, client } of opened.splice(0)) {
    client.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

const body = JSON.stringify({ success: true, result: { id: 'engineering', servers: Array.from({ length: 50 }, (_, i) => `server-${i}`) } });

describe('createNodeUpstreamFetch', () => {
  it('sends the method and headers, and answers with the status, headers and body', async () => {
    const seen: Array<{ method?: string; url?: string; authorization?: string }> = [];
    const { base, client } = await upstream((req, res) => {
      seen.push({ method: req.method, url: req.url, authorization: req.headers.authorization });
      res.writeHead(201, 'Created', { 'content-type': 'application/json', 'cf-ray': 'abc-LHR' }).end(body);
    });
    const response = await client(`${base}/client/v4/accounts/x/sync?x=1`, { method: 'POST', headers: new Headers({ authorization: 'Bearer secret' }) });
    expect(response.status).toBe(201);
    expect(response.statusText).toBe('Created');
    expect(response.headers.get('cf-ray')).toBe('abc-LHR');
    expect(await response.text()).toBe(body);
    expect(seen).toEqual([{ method: 'POST', url: '/client/v4/accounts/x/sync?x=1', authorization: 'Bearer secret' }]);
  });

  it('keeps the connection: sequential calls share one', async () => {
    const { base, client, connections } = await upstream((_req, res) => res.end(body));
    for (let i = 0; i < 5; i++) expect(await (await client(`${base}/x`, { method: 'GET' })).text()).toBe(body);
    expect(connections()).toBe(1);
  });

  it('asks for a compressed answer and hands it on decoded, without the encoding and length that described it', async () => {
    const { base, client } = await upstream((req, res) => {
      const brotli = req.url === '/br';
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': brotli ? 'br' : 'gzip', 'x-asked': String(req.headers['accept-encoding']) });
      res.end(brotli ? brotliCompressSync(body) : gzipSync(body));
    });
    for (const path of ['/gzip', '/br']) {
      const response = await client(`${base}${path}`, { method: 'GET' });
      expect(response.headers.get('x-asked')).toMatch(/gzip/);
      expect(response.headers.get('content-encoding')).toBeNull();
      expect(response.headers.get('content-length')).toBeNull();
      expect(await response.text()).toBe(body);
    }
  });

  it('does not follow a redirect, as fetch with redirect "manual" does not', async () => {
    const { base, client } = await upstream((req, res) => {
      if (req.url === '/moved') res.writeHead(302, { location: '/elsewhere' }).end();
      else res.end('followed');
    });
    const response = await client(`${base}/moved`, { method: 'GET', redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/elsewhere');
  });

  it('rejects when the upstream cannot be reached, and when the signal aborts', async () => {
    const { base, client } = await upstream(() => undefined); // never answers
    const controller = new AbortController();
    const pending = client(`${base}/hangs`, { method: 'GET', signal: controller.signal });
    controller.abort(new DOMException('Upstream timeout', 'TimeoutError'));
    await expect(pending).rejects.toThrow();

    const closed = await upstream((_req, res) => res.end());
    const { port } = new URL(closed.base);
    opened.at(-1)!.server.close();
    await expect(client(`http://127.0.0.1:${port}/x`, { method: 'GET' })).rejects.toThrow(/ECONNREFUSED/);
  });

  // gzip goes through a decoder, whose source breaking off must still reach the reader.
  const packed = gzipSync(randomBytes(64 * 1024).toString('hex')); // incompressible enough to span many chunks
  it.each([
    { encoding: 'identity', wire: Buffer.from(body), headers: { 'content-type': 'application/json' } },
    { encoding: 'gzip', wire: packed, headers: { 'content-encoding': 'gzip' } },
  ])('breaks a body ($encoding) off when the upstream does, rather than hang or end it short', async ({ wire, headers }) => {
    const { base, client } = await upstream((_req, res) => {
      res.writeHead(200, { ...headers, 'content-length': String(wire.length) });
      res.write(wire.subarray(0, Math.min(1000, wire.length - 1)));
      setTimeout(() => res.destroy(), 10);
    });
    const response = await client(`${base}/x`, { method: 'GET' });
    await expect(response.text()).rejects.toThrow();
  });

  it('frees the connection when the reader cancels a compressed body half-read', async () => {
    let served: ServerResponse | null = null;
    const { base, client } = await upstream((_req, res) => {
      served = res;
      res.writeHead(200, { 'content-encoding': 'gzip' });
      res.write(gzipSync(body)); // a first member; the answer never ends
    });
    const response = await client(`${base}/x`, { method: 'GET' });
    const reader = response.body!.getReader();
    await reader.read();
    await reader.cancel();
    await once(served!, 'close');
  });

  it('fails a call whose upstream goes silent, waiting for the answer or within its body', async () => {
    const { base, client } = await upstream(
      (req, res) => {
        if (req.url === '/body') res.writeHead(200, { 'content-type': 'application/json' }).write('{"success":');
      },
      { idleTimeoutMs: 100 },
    );
    await expect(client(`${base}/answer`, { method: 'GET' })).rejects.toThrow(/sent nothing/);
    const response = await client(`${base}/body`, { method: 'GET' });
    await expect(response.text()).rejects.toThrow();
  });

  it('rejects a status no Response can carry, instead of throwing where nobody catches it', async () => {
    const { base, client } = await upstream((_req, res) => res.writeHead(600).end('odd'));
    await expect(client(`${base}/x`, { method: 'GET' })).rejects.toThrow(RangeError);
  });

  it('sends a GET again when the server closed the kept-alive connection under it, and never a POST', async () => {
    const served = new WeakMap<object, number>();
    const { base, client, connections } = await upstream((req, res) => {
      const count = (served.get(req.socket) ?? 0) + 1;
      served.set(req.socket, count);
      // The second request on a connection finds it closing: no answer at all.
      if (count === 2) req.socket.destroy();
      else res.end(body);
    });
    expect(await (await client(`${base}/a`, { method: 'GET' })).text()).toBe(body);
    expect(await (await client(`${base}/b`, { method: 'GET' })).text()).toBe(body);
    expect(connections()).toBe(2);
    await expect(client(`${base}/sync`, { method: 'POST' })).rejects.toThrow(/socket hang up|ECONNRESET/);
  });
});
