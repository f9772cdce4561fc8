import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressJson } from './compress-json.ts';

const asking = (acceptEncoding: string) => new Request('http://127.0.0.1/api/x', { headers: { 'accept-encoding': acceptEncoding } });
const json = (body: BodyInit, headers: Record<string, string> = {}) => new Response(body, { headers: { 'content-type': 'application/json', ...headers } });
const big = JSON.stringify({ result: Array.from({ length: 400 }, (_, index) => ({ id: `server-${index}`, status: 'ready' })) });

describe('compressJson', () => {
  it('compresses JSON for a client that accepts it, preferring brotli', async () => {
    expect(compressJson(asking('gzip, deflate, br'), json(big)).headers.get('content-encoding')).toBe('br');
    const gzipped = compressJson(asking('gzip'), json(big));
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gzipped.headers.get('vary')).toContain('Accept-Encoding');
    expect(gunzipSync(Buffer.from(await gzipped.arrayBuffer())).toString('utf8')).toBe(big);
  });

  it('leaves alone what the client cannot decode, what is not JSON, and a body known to be small', () => {
    const small = json('{"success":true}', { 'content-length': '16' });
    expect(compressJson(asking('br'), small)).toBe(small);
    const plain = json(big);
    expect(compressJson(asking('identity'), plain)).toBe(plain);
    const html = new Response(big, { headers: { 'content-type': 'text/html' } });
    expect(compressJson(asking('br'), html)).toBe(html);
  });

  it('breaks off when the upstream answer breaks off, rather than end a shorter body cleanly', async () => {
    let sent = false;
    const breaking = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (!sent) {
          sent = true;
          controller.enqueue(new TextEncoder().encode(big.slice(0, 2000)));
        } else controller.error(new Error('upstream connection reset'));
      },
    });
    const packed = compressJson(asking('gzip'), json(breaking));
    await expect(packed.arrayBuffer()).rejects.toThrow();
  });
});
