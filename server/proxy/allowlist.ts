import {
  ENDPOINT_NAMES,
  ENDPOINTS,
  matchEndpoint,
  pathParamsAreValid,
  type EndpointName,
  type HttpMethod,
} from '../../src/lib/cloudflare/contract.ts';

/**
 * The only upstream calls the dashboard makes: the contract's endpoints. Anything else that reaches the proxy is
 * answered by the proxy itself and never forwarded.
 */
export interface AllowedRoute {
  name: EndpointName;
  method: HttpMethod;
  /** Path template, relative to the API base. */
  path: string;
  /** Query parameters passed through; all others are dropped. */
  query: readonly string[];
}

function allowedRoute(name: EndpointName): AllowedRoute {
  const { method, path, query } = ENDPOINTS[name];
  return { name, method, path, query };
}

export const ALLOWED_ROUTES: readonly AllowedRoute[] = ENDPOINT_NAMES.map(allowedRoute);

export type AllowlistMatch = { kind: 'allowed'; route: AllowedRoute } | { kind: 'wrong-method' } | { kind: 'unknown' };

/** `path` is the pathname after the proxy's prefix, still percent-encoded: an encoded id fails its rule. */
export function matchAllowedRoute(method: string, path: string): AllowlistMatch {
  const match = matchEndpoint(method, path);
  // A path whose ids break the API's rules (e.g. over 32 characters) is no endpoint at all, whatever the method.
  if (match.kind === 'unknown' || !pathParamsAreValid(match.params)) return { kind: 'unknown' };
  if (match.kind === 'wrong-method') return { kind: 'wrong-method' };
  return { kind: 'allowed', route: allowedRoute(match.name) };
}
