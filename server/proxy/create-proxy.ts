import type { Credentials, ServerConfig } from '../config.ts';
import { API_PREFIX } from '../../src/lib/cloudflare/contract.ts';
import { matchAllowedRoute } from './allowlist.ts';
import { envelopeError } from './envelope-response.ts';

export type UpstreamFetch = (url: string, init: RequestInit) => Promise<Response>;

export interface ProxyOptions {
  config: Pick<ServerConfig, 'mode' | 'accountId' | 'credentials' | 'upstreamBaseUrl'>;
  /** Defaults to the global fetch; demo mode passes the embedded API's handler. */
  upstreamFetch?: UpstreamFetch;
  upstreamTimeoutMs?: number;
  /** Scrubs secrets from messages that quote upstream errors. */
  redact?: (text: string) => string;
}

/** Cloudflare headers the dashboard needs to see (rate limiting); everything else upstream sends stays here. */
const PASSED_RESPONSE_HEADERS = ['content-type', 'retry-after', 'cf-ray'];
const isRateLimitHeader = (name: string) => name.startsWith('ratelimit') || name.startsWith('x-ratelimit');

function credentialHeaders(credentials: Credentials): Record<string, string> {
  return credentials.kind === 'token'
    ? { authorization: `Bearer ${credentials.token}` }
    : { 'x-auth-email': credentials.email, 'x-auth-key': credentials.key };
}

/**
 * Same-origin API for the browser: answers `/api/…` by adding the configured
 * credentials and forwarding allowlisted calls to Cloudflare. Returns null for
 * paths outside `/api` so the caller can serve the app.
 */
export function createProxy({ config, upstreamFetch = fetch, upstreamTimeoutMs = 30_000, redact = (text) => text }: ProxyOptions) {
  const secretHeaders = credentialHeaders(config.credentials);

  async function handle(request: Request): Promise<Response | null> {
    const url = new URL(request.url);
    if (url.pathname !== API_PREFIX && !url.pathname.startsWith(`${API_PREFIX}/`)) return null;

    const path = url.pathname.slice(API_PREFIX.length);
    const match = matchAllowedRoute(request.method, path);
    if (match.kind === 'unknown') {
      return envelopeError(404, 7003, `No route for ${request.method} ${path}: the dashboard proxy forwards only the MCP portal endpoints it uses.`);
    }
    if (match.kind === 'wrong-method') {
      return envelopeError(403, 403, `The dashboard proxy does not forward ${request.method} ${path}.`);
    }

    const query = new URLSearchParams();
    for (const name of match.route.query) {
      const value = url.searchParams.get(name);
      if (value !== null) query.set(name, value);
    }
    const search = query.size > 0 ? `?${query.toString()}` : '';
    return callUpstream(match.route.method, `${path}${search}`, request.signal);
  }

  /**
   * Sends one call to Cloudflare with the credentials, and answers as the proxy does: the upstream's answer with only
   * the headers the page needs, or a 502/504 envelope when there is none. The monitor calls it directly.
   */
  async function callUpstream(method: string, pathAndQuery: string, callerSignal?: AbortSignal | null): Promise<Response> {
    const target = `${config.upstreamBaseUrl}${pathAndQuery}`;

    // Built from scratch: nothing the browser sent (cookies, Authorization, X-Auth-*) is forwarded.
    const headers = new Headers({ accept: 'application/json', ...secretHeaders });
    // A plain timer, not AbortSignal.timeout(): Node holds that signal weakly, and once garbage-collected its timeout
    // never fires, leaving a hung upstream call hanging forever (seen under the dev server's memory churn).
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(new DOMException('Upstream timeout', 'TimeoutError')), upstreamTimeoutMs);
    const signal = callerSignal ? AbortSignal.any([timeout.signal, callerSignal]) : timeout.signal;

    // The timeout answers 504 whether or not the upstream honours the abort: a Request built from this signal follows
    // it only weakly in Node, and once collected a hung upstream would hang the browser's call with it.
    const timedOut = new Promise<never>((_resolve, reject) => {
      timeout.signal.addEventListener('abort', () => reject(timeout.signal.reason), { once: true });
    });
    let upstream: Response;
    try {
      const answer = upstreamFetch(target, { method, headers, signal, redirect: 'manual' });
      // Once the timeout has answered, a late failure of the abandoned call is nobody's to handle.
      answer.catch(() => undefined);
      upstream = await Promise.race([answer, timedOut]);
    } catch (error) {
      if (timeout.signal.aborted) {
        return envelopeError(504, 504, `The Cloudflare API did not answer within ${Math.round(upstreamTimeoutMs / 1000)} s.`);
      }
      return envelopeError(502, 502, redact(`The dashboard proxy could not reach the Cloudflare API (${upstreamHost(config)}): ${describeCause(error)}.`));
    } finally {
      // The timeout covers waiting for the answer to start; the body then streams at the browser's pace.
      clearTimeout(timer);
    }

    const responseHeaders = new Headers({ 'cache-control': 'no-store' });
    upstream.headers.forEach((value, name) => {
      if (PASSED_RESPONSE_HEADERS.includes(name) || isRateLimitHeader(name)) responseHeaders.set(name, value);
    });
    return new Response(upstream.body, { status: upstream.status, statusText: upstream.statusText, headers: responseHeaders });
  }

  return { handle, callUpstream };
}

function upstreamHost(config: ProxyOptions['config']): string {
  return config.mode === 'demo' ? 'embedded demo API' : new URL(config.upstreamBaseUrl).host;
}

function describeCause(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? error.cause.message : null;
    return cause ?? error.message;
  }
  return 'unknown error';
}
