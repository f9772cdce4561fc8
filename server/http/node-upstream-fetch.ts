import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { UpstreamFetch } from '../proxy/create-proxy.ts';

/** Answers that carry no body by definition. */
const BODILESS_STATUSES = new Set([101, 204, 205, 304]);

function decoded(res: IncomingMessage): Readable {
  switch (res.headers['content-encoding']) {
    case 'gzip':
    case 'x-gzip':
      return res.pipe(createGunzip());
    case 'br':
      return res.pipe(createBrotliDecompress());
    case 'deflate':
      return res.pipe(createInflate());
    default:
      return res;
  }
}

function responseHeaders(res: IncomingMessage): Headers {
  const headers = new Headers();
  const raw = res.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i]!.toLowerCase();
    // The body handed on is decoded, so its encoding and length no longer describe it.
    if (name === 'content-encoding' || name === 'content-length' || name === 'transfer-encoding' || name === 'connection' || name === 'keep-alive') continue;
    headers.append(name, raw[i + 1]!);
  }
  return headers;
}

export interface NodeUpstreamFetch extends UpstreamFetch {
  /** Closes the kept-alive connections (tests, shutdown). */
  close: () => void;
}

/**
 * The Node hosts' client to Cloudflare: node:http(s) on kept-alive connections, answering with a web-standard
 * Response as the proxy expects. Node's global fetch (undici) cost about as much per call as everything else the
 * proxy does (`npm run bench:proxy`, docs/performance.md); the Worker keeps its runtime's fetch. Like fetch with
 * `redirect: 'manual'`, it never follows a redirect, and like fetch it asks for a compressed answer and hands on the
 * body decoded.
 */
export function createNodeUpstreamFetch(): NodeUpstreamFetch {
  const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };

  const upstreamFetch = (url: string, init: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const target = new URL(url);
      const secure = target.protocol === 'https:';
      if (!secure && target.protocol !== 'http:') {
        reject(new TypeError(`Unsupported protocol ${target.protocol}`));
        return;
      }
      const headers: Record<string, string> = { 'accept-encoding': 'gzip, br' };
      new Headers(init.headers).forEach((value, name) => {
        headers[name] = value;
      });
      const method = init.method ?? 'GET';
      const request = (secure ? httpsRequest : httpRequest)(
        target,
        { method, headers, agent: secure ? agents.https : agents.http, signal: init.signal ?? undefined },
        (res) => {
          const status = res.statusCode ?? 502;
          const bodiless = method === 'HEAD' || BODILESS_STATUSES.has(status);
          if (bodiless) res.resume();
          const body = bodiless ? null : (Readable.toWeb(decoded(res)) as unknown as ReadableStream<Uint8Array>);
          resolve(new Response(body, { status, statusText: res.statusMessage, headers: responseHeaders(res) }));
        },
      );
      request.on('error', reject);
      if (typeof init.body === 'string') request.end(init.body);
      else request.end();
    });

  return Object.assign(upstreamFetch, {
    close: () => {
      agents.http.destroy();
      agents.https.destroy();
    },
  });
}
