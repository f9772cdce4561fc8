import { Agent as HttpAgent, request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { pipeline, Readable, type Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { UpstreamFetch } from '../proxy/create-proxy.ts';

/** Answers that carry no body by definition. */
const BODILESS_STATUSES = new Set([101, 204, 205, 304]);
/** Headers about the connection or the wire encoding, which do not describe the body handed on. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding']);
/**
 * An idle kept-alive connection is closed after this long, well before servers close theirs (Node's own default is
 * 5 s, Cloudflare's far longer), so a request is rarely sent on a connection the server is closing at that moment.
 */
const FREE_SOCKET_TIMEOUT_MS = 4_000;

const DECODERS: Record<string, () => Transform> = { gzip: createGunzip, 'x-gzip': createGunzip, br: createBrotliDecompress, deflate: createInflate };

function decoderFor(res: IncomingMessage): Transform | null {
  const encoding = res.headers['content-encoding']?.trim().toLowerCase();
  const create = encoding === undefined ? undefined : DECODERS[encoding];
  return create ? create() : null;
}

/** `decoded`: the body handed on is decoded, so its encoding and length no longer describe it. */
function responseHeaders(res: IncomingMessage, decoded: boolean): Headers {
  const headers = new Headers();
  const raw = res.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i]!.toLowerCase();
    if (HOP_BY_HOP.has(name) || (decoded && (name === 'content-encoding' || name === 'content-length'))) continue;
    headers.append(name, raw[i + 1]!);
  }
  return headers;
}

/** The body as a web stream. An upstream that breaks off mid-way, or a reader that cancels, ends both streams. */
function webBody(res: IncomingMessage, decoder: Transform | null): ReadableStream<Uint8Array> {
  let source: Readable = res;
  if (decoder) {
    // pipeline, not pipe: a source destroyed mid-body (the upstream dropped, the call aborted) errors the decoder,
    // and a decoder destroyed by a cancelling reader destroys the source and frees its socket.
    pipeline(res, decoder, () => undefined);
    source = decoder;
  }
  return Readable.toWeb(source) as unknown as ReadableStream<Uint8Array>;
}

export interface NodeUpstreamFetchOptions {
  /** No byte for this long, waiting for the answer or in its body, fails the call. */
  idleTimeoutMs?: number;
}

export interface NodeUpstreamFetch extends UpstreamFetch {
  /** Closes the kept-alive connections (tests, shutdown). */
  close: () => void;
}

/**
 * The Node hosts' client to Cloudflare: node:http(s) on kept-alive connections, answering with a web-standard
 * Response as the proxy expects. Node's global fetch (undici) cost about as much per call as everything else the
 * proxy does (`npm run bench:proxy`, docs/performance.md); the Worker keeps its runtime's fetch. Like fetch with
 * `redirect: 'manual'`, it never follows a redirect; like fetch it asks for a compressed answer and hands the body on
 * decoded, and, as fetch does, it retries once a GET whose kept-alive connection the server had just closed.
 */
export function createNodeUpstreamFetch({ idleTimeoutMs = 60_000 }: NodeUpstreamFetchOptions = {}): NodeUpstreamFetch {
  const agentOptions = { keepAlive: true, timeout: FREE_SOCKET_TIMEOUT_MS };
  const agents = { http: new HttpAgent(agentOptions), https: new HttpsAgent(agentOptions) };

  function attempt(target: URL, method: string, headers: Record<string, string>, init: RequestInit, retry: boolean): Promise<Response> {
    return new Promise<Response>((resolve, reject) => {
      const secure = target.protocol === 'https:';
      const answer = (res: IncomingMessage) => {
        try {
          const status = res.statusCode ?? 0;
          const bodiless = method === 'HEAD' || BODILESS_STATUSES.has(status);
          if (bodiless) res.resume();
          const decoder = bodiless ? null : decoderFor(res);
          const body = bodiless ? null : webBody(res, decoder);
          // Throws for a status outside 200–599, which the proxy then answers as an unreachable upstream.
          resolve(new Response(body, { status, statusText: res.statusMessage, headers: responseHeaders(res, decoder !== null) }));
        } catch (error) {
          res.destroy();
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      };
      const request: ClientRequest = (secure ? httpsRequest : httpRequest)(target, { method, headers, agent: secure ? agents.https : agents.http, signal: init.signal ?? undefined }, answer);
      request.setTimeout(idleTimeoutMs, () => request.destroy(new Error(`The upstream sent nothing for ${Math.round(idleTimeoutMs / 1000)} s.`)));
      request.on('error', (error: NodeJS.ErrnoException) => {
        const closedUnderUs = request.reusedSocket && error.code === 'ECONNRESET' && !init.signal?.aborted;
        if (retry && closedUnderUs) attempt(target, method, headers, init, false).then(resolve, reject);
        else reject(error);
      });
      if (typeof init.body === 'string') request.end(init.body);
      else request.end();
    });
  }

  const upstreamFetch = (url: string, init: RequestInit) => {
    const target = new URL(url);
    if (target.protocol !== 'https:' && target.protocol !== 'http:') return Promise.reject(new TypeError(`Unsupported protocol ${target.protocol}`));
    if (init.body !== undefined && init.body !== null && typeof init.body !== 'string') {
      return Promise.reject(new TypeError('The upstream client sends text bodies only.'));
    }
    const headers: Record<string, string> = { 'accept-encoding': 'gzip, br' };
    new Headers(init.headers).forEach((value, name) => {
      headers[name] = value;
    });
    const method = init.method ?? 'GET';
    // Only what can safely be sent twice: a sync (POST) that reached Cloudflare must not run again.
    return attempt(target, method, headers, init, method === 'GET' || method === 'HEAD');
  };

  return Object.assign(upstreamFetch, {
    close: () => {
      agents.http.destroy();
      agents.https.destroy();
    },
  });
}
