import { decodeJwt } from 'jose';
import { API_PREFIX, matchEndpoint, SYNC_TRIGGER_HEADER } from '../../src/lib/cloudflare/contract.ts';
import type { SyncAudit } from './history-http.ts';

const ACCESS_JWT_HEADER = 'cf-access-jwt-assertion';

/** The Access user's email; the guard has already verified the token when Access is configured. */
function accessEmail(request: Request): string | null {
  const token = request.headers.get(ACCESS_JWT_HEADER);
  if (!token) return null;
  try {
    const { email } = decodeJwt(token);
    return typeof email === 'string' ? email : null;
  } catch {
    return null;
  }
}

/**
 * Wraps the proxy so that every sync going through it is noted (who, why, how it went) for the server's audit. Fetch
 * API only: the Node server and the static demo's worker both use it.
 */
export function recordingSyncs(
  forward: (request: Request) => Promise<Response | null>,
  record: (sync: SyncAudit) => Promise<void>,
  log: (line: string) => void,
) {
  return async function handle(request: Request): Promise<Response | null> {
    const path = new URL(request.url).pathname.slice(API_PREFIX.length);
    const match = matchEndpoint(request.method, path);
    if (match.kind !== 'endpoint' || match.name !== 'syncServer') return forward(request);
    const startedAt = Date.now();
    const response = await forward(request);
    if (response === null) return null;
    const audit = {
      serverId: decodeURIComponent(match.params.server_id),
      trigger: request.headers.get(SYNC_TRIGGER_HEADER),
      actor: accessEmail(request),
      httpStatus: response.status,
    };
    const body = await response.text();
    const durationMs = Date.now() - startedAt;
    // Noted before the page gets its answer: the page re-reads the history right after a sync, and should find it there.
    // A store that fails to note it never fails the sync itself.
    try {
      await record({ ...audit, startedAt, durationMs, body });
    } catch (error) {
      log(`Could not record the sync of ${audit.serverId}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}
