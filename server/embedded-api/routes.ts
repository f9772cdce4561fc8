/**
 * Maps a request onto the contract's endpoints. Matching starts at `/accounts/` so any origin or prefix
 * (`/client/v4`, the proxy's own) works.
 */
import { matchEndpoint, type EndpointName, type HttpMethod, type PathParams } from '../../src/lib/cloudflare/contract.ts';

/** An endpoint with its path parameters, URI-decoded; checking them is the caller's job. */
export type Route = { [N in EndpointName]: { name: N; params: PathParams<N> } }[EndpointName];

export type RouteMatch = { kind: 'route'; route: Route } | { kind: 'wrong-method'; allow: HttpMethod } | { kind: 'unknown' };

const ACCOUNTS = '/accounts/';
/** Collections, whose path may end in a slash. */
const COLLECTIONS: ReadonlySet<EndpointName> = new Set(['listPortals', 'listServers']);

/** The part of a pathname the API cares about: from `/accounts/` on, or the whole path when absent. */
export function apiPathOf(pathname: string): string {
  const start = pathname.indexOf(ACCOUNTS);
  return start === -1 ? pathname : pathname.slice(start);
}

export function matchRoute(method: string, apiPath: string): RouteMatch {
  let match = matchEndpoint(method, apiPath);
  // A trailing slash on a collection (`…/portals/`) still means the collection.
  if (match.kind === 'unknown' && apiPath.endsWith('/')) {
    const trimmed = matchEndpoint(method, apiPath.slice(0, -1));
    if (trimmed.kind !== 'unknown' && COLLECTIONS.has(trimmed.name)) match = trimmed;
  }
  if (match.kind === 'unknown') return { kind: 'unknown' };
  if (match.kind === 'wrong-method') return { kind: 'wrong-method', allow: match.allow };
  const route: Route = match;
  return { kind: 'route', route: decoded(route) };
}

function decoded<R extends Route>(route: R): R {
  const params = Object.fromEntries(Object.entries(route.params).map(([name, value]: [string, string]) => [name, decodeSegment(value)]));
  // Same names as before, each value decoded.
  return { name: route.name, params } as R;
}

/** Undecodable input is kept verbatim; it then simply fails the id checks. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
