/**
 * The Cloudflare API endpoints the dashboard uses, described once. The browser's client builds its calls from this
 * table, the proxy's allowlist forwards exactly these, and the embedded API routes by it.
 *
 * Also the only module of `src/` the Node side may import (lint enforces it), so it re-exports what the proxy and the
 * embedded API share with the page. Its imports are relative with `.ts` extensions: Vite's config loader (through
 * `vite.config.ts` → `server/`) does not know the `@/` alias.
 */
import * as z from 'zod/mini';
import { portalListSchema, portalSchema } from '../../cloudflare-api/portal-schema.ts';
import { effectiveRedirectUriSchema, serverSchema, syncResultSchema } from '../../cloudflare-api/server-schema.ts';

export { envelopeSchema, type Envelope } from './envelope-schema.ts';
export { PROXY_ERROR_CODES } from './proxy-error-codes.ts';
/** Wire shapes the embedded API answers with. */
export type { PortalWire } from '../../cloudflare-api/portal-schema.ts';
export type { EffectiveRedirectUri, PortalCapabilityOverride, PortalServer, Server } from '../../cloudflare-api/server-schema.ts';

/** Same-origin prefix under which the proxy exposes the endpoints (relative to `…/client/v4` upstream). */
export const API_PREFIX = '/api';

// Identifier rules: checked in the browser before any request and again by the proxy, so a malformed id never
// reaches Cloudflare.
const ACCOUNT_ID_PATTERN = /^[0-9a-f]{32}$/;
const RESOURCE_ID_PATTERN = /^[a-z0-9_]+(?:-[a-z0-9_]+)*$/;
const RESOURCE_ID_MAX_LENGTH = 32;

export function isAccountId(value: string): boolean {
  return ACCOUNT_ID_PATTERN.test(value);
}

export function isResourceId(value: string): boolean {
  return value.length >= 1 && value.length <= RESOURCE_ID_MAX_LENGTH && RESOURCE_ID_PATTERN.test(value);
}

/** Every path parameter of the table, with its rule. */
export const PATH_PARAM_RULES = {
  account_id: isAccountId,
  portal_id: isResourceId,
  server_id: isResourceId,
} as const satisfies Record<string, (value: string) => boolean>;
export type PathParamName = keyof typeof PATH_PARAM_RULES;

export type HttpMethod = 'GET' | 'POST';
export type TokenPermission = 'MCP Portals Read' | 'MCP Portals Write';

/** The parameter names of a path template: `'/a/{x}/b/{y}'` → `'x' | 'y'`. */
type ParamNamesOf<Path extends string> = Path extends `${string}{${infer Name}}${infer Rest}` ? Name | ParamNamesOf<Rest> : never;

interface EndpointDefinition {
  method: HttpMethod;
  /** Relative to the API base (`…/client/v4`); `{name}` marks a path parameter. */
  path: string;
  /** Query parameters the endpoint takes; the proxy drops all others. */
  query: readonly string[];
  /** The token needs any one of these. */
  permissions: readonly TokenPermission[];
  /** Parses the envelope's `result`. */
  response: z.core.$ZodType;
}

/** Checks, at compile time, that a template names only parameters with a rule. */
function endpoint<const Definition extends EndpointDefinition>(
  definition: Definition & (ParamNamesOf<Definition['path']> extends PathParamName ? unknown : never),
): Definition {
  return definition;
}

const LIST_QUERY = ['page', 'per_page', 'search'] as const;
const READ = ['MCP Portals Read', 'MCP Portals Write'] as const;
const WRITE = ['MCP Portals Write'] as const;

export const ENDPOINTS = {
  listPortals: endpoint({
    method: 'GET',
    path: '/accounts/{account_id}/access/ai-controls/mcp/portals',
    query: LIST_QUERY,
    permissions: READ,
    response: portalListSchema,
  }),
  readPortal: endpoint({
    method: 'GET',
    path: '/accounts/{account_id}/access/ai-controls/mcp/portals/{portal_id}',
    query: [],
    permissions: READ,
    response: portalSchema,
  }),
  listServers: endpoint({
    method: 'GET',
    path: '/accounts/{account_id}/access/ai-controls/mcp/servers',
    query: LIST_QUERY,
    permissions: READ,
    response: z.array(serverSchema),
  }),
  readServer: endpoint({
    method: 'GET',
    path: '/accounts/{account_id}/access/ai-controls/mcp/servers/{server_id}',
    query: [],
    permissions: READ,
    response: serverSchema,
  }),
  syncServer: endpoint({
    method: 'POST',
    path: '/accounts/{account_id}/access/ai-controls/mcp/servers/{server_id}/sync',
    query: [],
    permissions: WRITE,
    response: syncResultSchema,
  }),
  effectiveRedirectUri: endpoint({
    method: 'GET',
    path: '/accounts/{account_id}/access/ai-controls/mcp/portals/{portal_id}/servers/{server_id}/effective-redirect-uri',
    query: [],
    permissions: READ,
    response: effectiveRedirectUriSchema,
  }),
};

export type Endpoints = typeof ENDPOINTS;
export type EndpointName = keyof Endpoints;
export const ENDPOINT_NAMES = Object.keys(ENDPOINTS) as EndpointName[];

/** The path parameters of an endpoint, e.g. `{ account_id, portal_id }` for `readPortal`. */
export type PathParams<N extends EndpointName> = { [P in ParamNamesOf<Endpoints[N]['path']>]: string };
/** The query an endpoint takes; empty values are left out of the URL. */
export type EndpointQuery<N extends EndpointName> = Partial<Record<Endpoints[N]['query'][number], string | number>>;
/** What an endpoint's `result` parses to. */
export type EndpointResult<N extends EndpointName> = z.output<Endpoints[N]['response']>;

/** `endpointPath('readPortal', { account_id, portal_id })` → `/accounts/…/portals/…`, each value URI-encoded. */
export function endpointPath<N extends EndpointName>(name: N, params: PathParams<N>): string {
  const values: Partial<Record<string, string>> = params;
  return ENDPOINTS[name].path.replace(/\{(\w+)\}/g, (_whole, param: string) => {
    const value = values[param];
    if (value === undefined) throw new Error(`${name} needs the path parameter ${param}.`);
    return encodeURIComponent(value);
  });
}

/**
 * What a method and path (from `/accounts/` on, no query) are to the table. Syntactic only: parameters come back raw
 * (not decoded, not checked; see {@link pathParamsAreValid}), each a non-empty segment.
 */
export type EndpointMatch =
  | { [N in EndpointName]: { kind: 'endpoint'; name: N; params: PathParams<N> } }[EndpointName]
  | { [N in EndpointName]: { kind: 'wrong-method'; name: N; allow: HttpMethod; params: PathParams<N> } }[EndpointName]
  | { kind: 'unknown' };

const TEMPLATES = ENDPOINT_NAMES.map((name) => ({ name, segments: ENDPOINTS[name].path.split('/') }));
const PARAM_SEGMENT = /^\{(\w+)\}$/;

export function matchEndpoint(method: string, path: string): EndpointMatch {
  const segments = path.split('/');
  for (const { name, segments: template } of TEMPLATES) {
    if (template.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = template.every((part, index) => {
      const segment = segments[index] ?? '';
      const param = PARAM_SEGMENT.exec(part)?.[1];
      if (param === undefined) return segment === part;
      params[param] = segment;
      return segment !== '';
    });
    if (!matches) continue;
    // Paths are unique in the table (the contract test checks it), so the first match is the only one.
    const allow = ENDPOINTS[name].method;
    // The cast pairs `name` with its own parameters, which its template has just produced.
    return (allow === method ? { kind: 'endpoint', name, params } : { kind: 'wrong-method', name, allow, params }) as EndpointMatch;
  }
  return { kind: 'unknown' };
}

export function isValidPathParam(name: PathParamName, value: string): boolean {
  return PATH_PARAM_RULES[name](value);
}

/** Whether every parameter follows its rule (ids 1–32 characters, the account 32 lowercase hex). */
export function pathParamsAreValid(params: Partial<Record<PathParamName, string>>): boolean {
  return (Object.keys(PATH_PARAM_RULES) as PathParamName[]).every((name) => {
    const value = params[name];
    return value === undefined || isValidPathParam(name, value);
  });
}
