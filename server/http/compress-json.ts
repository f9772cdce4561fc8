import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { acceptedEncodings } from '../static/static-site.ts';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Below this, compression costs more than it saves (as for the static files). */
const MIN_BYTES = 1024;

/**
 * An API answer compressed for a client that accepts it. A portal of 40 servers is tens of KB of JSON, which on a
 * phone's network takes longer than the read itself. Node only: Cloudflare compresses what a Worker sends.
 * Brotli at quality 4, about as fast as gzip's default and smaller.
 */
export async function compressJson(request: Request, response: Response): Promise<Response> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json') || response.headers.has('content-encoding') || response.body === null) return response;
  const body = Buffer.from(await response.arrayBuffer());
  const headers = new Headers(response.headers);
  headers.append('vary', 'Accept-Encoding');
  const plain = () => {
    headers.set('content-length', String(body.length));
    return new Response(body, { status: response.status, statusText: response.statusText, headers });
  };
  if (body.length < MIN_BYTES) return plain();
  const accepted = acceptedEncodings(request.headers.get('accept-encoding') ?? '');
  const encoding = accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : null;
  if (encoding === null) return plain();
  const packed = encoding === 'br' ? await brotli(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 4, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } }) : await gzipAsync(body);
  headers.set('content-encoding', encoding);
  headers.set('content-length', String(packed.length));
  return new Response(packed, { status: response.status, statusText: response.statusText, headers });
}
