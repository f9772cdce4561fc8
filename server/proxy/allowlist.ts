import { RESOURCE_ID_MAX_LENGTH } from '../../src/lib/cloudflare/ids.ts';

/**
 * The only upstream calls the dashboard makes. Anything else that reaches the
 * proxy is answered by the proxy itself and never forwarded.
 */
export interface AllowedRoute {
  method: 'GET' | 'POST';
  pattern: RegExp;
  /** Query parameters passed through; all others are dropped. */
  query: readonly string[];
}

const ACCOUNT = '[0-9a-f]{32}';
const ID = '[a-z0-9_]+(?:-[a-z0-9_]+)*';
const MCP = `/accounts/(${ACCOUNT})/access/ai-controls/mcp`;
const LIST_QUERY = ['page', 'per_page', 'search'] as const;

export const ALLOWED_ROUTES: readonly AllowedRoute[] = [
  { method: 'GET', pattern: new RegExp(`^${MCP}/portals$`), query: LIST_QUERY },
  { method: 'GET', pattern: new RegExp(`^${MCP}/portals/(${ID})$`), query: [] },
  { method: 'GET', pattern: new RegExp(`^${MCP}/servers$`), query: LIST_QUERY },
  { method: 'GET', pattern: new RegExp(`^${MCP}/servers/(${ID})$`), query: [] },
  { method: 'POST', pattern: new RegExp(`^${MCP}/servers/(${ID})/sync$`), query: [] },
];

export type RouteMatch = { kind: 'allowed'; route: AllowedRoute } | { kind: 'wrong-method' } | { kind: 'unknown' };

export function matchRoute(method: string, path: string): RouteMatch {
  const candidates = ALLOWED_ROUTES.filter((route) => {
    const match = route.pattern.exec(path);
    // Ids are captured after the account; the API caps them at 32 characters.
    return match !== null && match.slice(2).every((id) => id === undefined || id.length <= RESOURCE_ID_MAX_LENGTH);
  });
  const route = candidates.find((candidate) => candidate.method === method);
  if (route) return { kind: 'allowed', route };
  return candidates.length > 0 ? { kind: 'wrong-method' } : { kind: 'unknown' };
}
