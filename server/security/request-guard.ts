import { PROXY_ERROR_CODES } from '../../src/lib/cloudflare/contract.ts';
import { envelopeError } from '../proxy/envelope-response.ts';
import { ACCESS_JWT_HEADER, type AccessVerifier } from './access-jwt.ts';
import { isAllowedHost } from './allowed-hosts.ts';
import { hasSessionCookie } from './session-cookie.ts';

/**
 * - `api`: the credential-bearing routes; every check applies.
 * - `control`: the embedded API's `/__embedded-api` routes (demo mode); no session, so test tools and curl can drive them.
 * - `page`: the app itself; internal links arrive cross-site, so only Host and Cloudflare Access apply.
 */
export type RequestKind = 'api' | 'control' | 'page';

export interface GuardOptions {
  /**
   * The Host names answered, or `routed`: on Cloudflare's network only the Worker's own routes and domains reach it,
   * so the routing is the allowlist (DNS rebinding needs a name that resolves to a private address).
   */
  allowedHosts: readonly string[] | 'routed';
  sessionSecret: string;
  /** Set when the dashboard sits behind Cloudflare Access. */
  verifyAccess: AccessVerifier | null;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function refuse(kind: RequestKind, status: 401 | 403, message: string, code: number = status): Response {
  if (kind !== 'page') return envelopeError(status, code, message);
  return new Response(`${message}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
}

/** The request's own host, as the Host header gave it (the Node adapter builds the URL from it). */
function hostOf(request: Request): string {
  return new URL(request.url).host;
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/** Returns a refusal, or null when the request may proceed. */
export function createRequestGuard({ allowedHosts, sessionSecret, verifyAccess }: GuardOptions) {
  return async function check(request: Request, kind: RequestKind): Promise<Response | null> {
    const host = hostOf(request);
    if (allowedHosts !== 'routed' && !isAllowedHost(host, allowedHosts)) {
      return refuse(kind, 403, `Host "${host}" is not one this dashboard answers to. Open it by its configured address (ALLOWED_HOSTS).`);
    }

    if (verifyAccess) {
      const verdict = await verifyAccess(request.headers.get(ACCESS_JWT_HEADER));
      if (!verdict.ok) return refuse(kind, 401, `Cloudflare Access did not vouch for this request: ${verdict.reason}.`);
    }

    if (kind === 'page') return null;

    const origin = request.headers.get('origin');
    // Host and port, not the scheme: behind a TLS-terminating front (Cloudflare Tunnel and Access) the page's origin
    // is https:// while this server speaks plain HTTP. A page of another scheme on this same host and port could only
    // be served by this server, so it is no other site.
    if (origin !== null && originHost(origin) !== host) {
      return refuse(kind, 403, 'Requests from other sites are refused: the dashboard API answers only its own pages.');
    }
    if (request.headers.get('sec-fetch-site') === 'cross-site') {
      return refuse(kind, 403, 'Cross-site requests are refused: the dashboard API answers only its own pages.');
    }
    if (kind === 'control') return null;

    if (!SAFE_METHODS.has(request.method) && origin === null) {
      return refuse(kind, 403, 'A change must come from the dashboard page itself (no Origin header was sent).');
    }
    if (!hasSessionCookie(request.headers.get('cookie'), sessionSecret)) {
      return refuse(
        kind,
        403,
        'This request lacks the dashboard session: reload the dashboard page (the session changes when the server restarts).',
        PROXY_ERROR_CODES.sessionMissing,
      );
    }
    return null;
  };
}
