import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { sendWebResponse } from './node-adapter.ts';

let server: Server | null = null;

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = null;
});

/** Serves `response()` through sendWebResponse and reads it with a plain Node client. */
async function fetchThrough(response: () => Response): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  server = createServer((_req, res) => void sendWebResponse(res, response()));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    get(`http://127.0.0.1:${port}/`, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on('error', reject);
      res.on('aborted', () => reject(new Error('aborted')));
    }).on('error', reject);
  });
}

const chunks = (parts: Array<string | Error>) => {
  let index = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const part = parts[index++];
      if (part === undefined) controller.close();
      else if (part instanceof Error) controller.error(part);
      else controller.enqueue(new TextEncoder().encode(part));
    },
  });
};

describe('sendWebResponse', () => {
  it('sends the status, the headers and every chunk of the body', async () => {
    const big = 'x'.repeat(256 * 1024); // more than a socket takes at once: the writer waits for drain
    const answer = await fetchThrough(() => new Response(chunks(['{"a":', big.length.toString(), ',"b":"', big, '"}']), { status: 207, headers: { 'x-one': '1' } }));
    expect(answer.status).toBe(207);
    expect(answer.headers['x-one']).toBe('1');
    expect(answer.body).toBe(`{"a":${big.length},"b":"${big}"}`);
  });

  it('ends an answer without a body', async () => {
    expect(await fetchThrough(() => new Response(null, { status: 204 }))).toMatchObject({ status: 204, body: '' });
  });

  it('sends every cookie of an answer that sets several', async () => {
    const headers = new Headers();
    headers.append('set-cookie', 'a=1; Path=/');
    headers.append('set-cookie', 'b=2; Path=/');
    const answer = await fetchThrough(() => new Response('ok', { headers }));
    expect(answer.headers['set-cookie']).toEqual(['a=1; Path=/', 'b=2; Path=/']);
  });

  it('cancels the body when the browser leaves mid-answer, even while the body waits for its next chunk', async () => {
    let cancelled: (reason: unknown) => void = () => undefined;
    const cancel = new Promise((resolve) => (cancelled = resolve));
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"success":'));
      },
      cancel: (reason) => cancelled(reason ?? 'cancelled'),
    });
    server = createServer((_req, res) => void sendWebResponse(res, new Response(stalled)));
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const request = get(`http://127.0.0.1:${port}/`, (res) => res.once('data', () => request.destroy()));
    request.on('error', () => undefined);
    await expect(cancel).resolves.toBeDefined();
  });

  it('breaks the answer off when its body fails mid-way, so the browser cannot take a short body for a whole one', async () => {
    await expect(fetchThrough(() => new Response(chunks(['{"success":true,', new Error('upstream reset')])))).rejects.toThrow();
  });
});
