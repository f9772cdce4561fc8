import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { constants as zlib, createBrotliCompress, createGzip } from 'node:zlib';
import { acceptedEncodings } from '../static/static-site.ts';

/**
 * Below this, compression costs more than it saves (as for the static files). Only a body that says its length is
 * skipped: the proxy's answers and the dashboard's own do not, and compressing a short envelope costs microseconds.
 */
const MIN_BYTES = 1024;

/**
 * An API answer compressed for a client that accepts it. A portal of 40 servers is tens of KB of JSON (megabytes with
 * 300 tools each), which on a phone's network takes longer than the read itself. Node only: Cloudflare compresses
 * what a Worker sends. Brotli at quality 4, about as fast as gzip's default and smaller. Streamed, so an upstream
 * answer that breaks off mid-body still reaches the browser as a broken-off answer (the fault the page explains).
 */
export function compressJson(request: Request, response: Response): Response {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json') || response.headers.has('content-encoding') || response.body === null) return response;
  const length = Number(response.headers.get('content-length') ?? NaN);
  if (length < MIN_BYTES) return response;
  const accepted = acceptedEncodings(request.headers.get('accept-encoding') ?? '');
  const encoding = accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : null;
  if (encoding === null) return response;

  // Each chunk is flushed as it comes, so what the upstream has sent goes on to the browser rather than waiting in the
  // compressor (and an answer that breaks off has started, as it did upstream).
  const packer =
    encoding === 'br'
      ? createBrotliCompress({ flush: zlib.BROTLI_OPERATION_FLUSH, params: { [zlib.BROTLI_PARAM_QUALITY]: 4, ...(length > 0 ? { [zlib.BROTLI_PARAM_SIZE_HINT]: length } : {}) } })
      : createGzip({ flush: zlib.Z_SYNC_FLUSH });
  // The DOM and Node typings describe the same WHATWG stream under two names.
  const source = Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>);
  source.on('error', (error) => packer.destroy(error));
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  headers.set('content-encoding', encoding);
  headers.append('vary', 'Accept-Encoding');
  const body = Readable.toWeb(source.pipe(packer)) as ReadableStream<Uint8Array>;
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}
