/**
 * Maps a request path onto the five MCP portal endpoints. Matching starts at
 * `/accounts/` so any origin or prefix (`/client/v4`, the proxy's own) works.
 */

export type Route =
  | { kind: 'list-portals' }
  | { kind: 'read-portal'; id: string }
  | { kind: 'list-servers' }
  | { kind: 'read-server'; id: string }
  | { kind: 'sync-server'; id: string };

export type RouteMatch = { route: Route; accountId: string; method: 'GET' | 'POST' };

const ACCOUNTS = '/accounts/';
const MCP_PREFIX = ['access', 'ai-controls', 'mcp'];

/** The part of a pathname the API cares about: from `/accounts/` on, or the whole path when absent. */
export function apiPathOf(pathname: string): string {
  const start = pathname.indexOf(ACCOUNTS);
  return start === -1 ? pathname : pathname.slice(start);
}

export function matchRoute(apiPath: string): RouteMatch | null {
  if (!apiPath.startsWith(ACCOUNTS)) return null;
  const [accountSegment, ...rest] = apiPath.slice(ACCOUNTS.length).split('/');
  if (accountSegment === undefined || !MCP_PREFIX.every((part, index) => rest[index] === part)) return null;

  const accountId = decodeSegment(accountSegment);
  const [collection, rawId, action, ...extra] = rest.slice(MCP_PREFIX.length);
  if (extra.length > 0) return null;
  // A trailing slash on a collection (`…/portals/`) still means the collection.
  const id = rawId === undefined || (rawId === '' && action === undefined) ? undefined : decodeSegment(rawId);

  if (collection === 'portals' && action === undefined) {
    return id === undefined
      ? { route: { kind: 'list-portals' }, accountId, method: 'GET' }
      : { route: { kind: 'read-portal', id }, accountId, method: 'GET' };
  }
  if (collection === 'servers') {
    if (id === undefined) return { route: { kind: 'list-servers' }, accountId, method: 'GET' };
    if (action === undefined) return { route: { kind: 'read-server', id }, accountId, method: 'GET' };
    if (action === 'sync') return { route: { kind: 'sync-server', id }, accountId, method: 'POST' };
  }
  return null;
}

/** Undecodable input is kept verbatim; it then simply fails the id checks. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
