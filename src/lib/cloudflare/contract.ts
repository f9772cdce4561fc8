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
import { clientConfigSchema } from '../dashboard-api/client-config-schema.ts';
import { alertEventSchema, alertsOverviewSchema, serverAlertsSchema } from '../dashboard-api/alerts-schema.ts';
import { accountHistorySchema, portalHistorySchema, serverHistorySchema } from '../dashboard-api/history-schema.ts';

export { envelopeSchema, type Envelope } from './envelope-schema.ts';
export { PROXY_ERROR_CODES } from './proxy-error-codes.ts';
export * from '../dashboard-api/history-schema.ts';
export * from '../dashboard-api/alerts-schema.ts';
export * from '../dashboard-api/client-config-schema.ts';
/** The status vocabulary's order, so the monitor ranks "worst status" as the page does. */
export { STATUS_KEYS, statusKeyOf, type StatusKey } from '../../cloudflare-api/server-health.ts';
export type { ErrorDetails } from '../../cloudflare-api/server-schema.ts';
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

interface RouteTemplate<N extends string> {
  name: N;
  method: HttpMethod;
  segments: string[];
}

function templatesOf<N extends string>(table: Record<N, { method: HttpMethod; path: string }>): RouteTemplate<N>[] {
  return (Object.keys(table) as N[]).map((name) => ({ name, method: table[name].method, segments: table[name].path.split('/') }));
}

const PARAM_SEGMENT = /^\{(\w+)\}$/;

type TemplateMatch<N extends string> =
  | { kind: 'endpoint' | 'wrong-method'; name: N; allow: HttpMethod; params: Record<string, string> }
  | { kind: 'unknown' };

function matchTemplates<N extends string>(templates: readonly RouteTemplate<N>[], method: string, path: string): TemplateMatch<N> {
  const segments = path.split('/');
  for (const { name, method: allow, segments: template } of templates) {
    if (template.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = template.every((part, index) => {
      const segment = segments[index] ?? '';
      const param = PARAM_SEGMENT.exec(part)?.[1];
      if (param === undefined) return segment === part;
      params[param] = segment;
      return segment !== '';
    });
    // Paths are unique in each table (the contract test checks it), so the first match is the only one.
    if (matches) return { kind: allow === method ? 'endpoint' : 'wrong-method', name, allow, params };
  }
  return { kind: 'unknown' };
}

const TEMPLATES = templatesOf(ENDPOINTS);

export function matchEndpoint(method: string, path: string): EndpointMatch {
  const match = matchTemplates(TEMPLATES, method, path);
  if (match.kind === 'unknown') return match;
  // The cast pairs `name` with its own parameters, which its template has just produced.
  return (match.kind === 'endpoint'
    ? { kind: 'endpoint', name: match.name, params: match.params }
    : { kind: 'wrong-method', name: match.name, allow: match.allow, params: match.params }) as EndpointMatch;
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

/**
 * The dashboard's own routes under {@link API_PREFIX}: answered by the Node side itself (never forwarded to
 * Cloudflare), behind the same Host, Access, Origin and session checks as the proxy. Paths are relative to the prefix.
 */
export const DASHBOARD_ROUTES = {
  /** The mode and default account; never a credential. */
  dashboardConfig: { method: 'GET', path: '/dashboard-config', query: [], response: clientConfigSchema },
  /** Every server of the account that the monitor has seen: since when it fails, its flaps. */
  accountHistory: { method: 'GET', path: '/history/accounts/{account_id}/servers', query: [], response: accountHistorySchema },
  /** A card's 7-day strip and "failing since" for each server of a portal. */
  portalHistory: {
    method: 'GET',
    path: '/history/accounts/{account_id}/portals/{portal_id}',
    query: [],
    response: portalHistorySchema,
  },
  /** The server page's status history, capability changes and sync audit; `portal_id` picks the portal's view. */
  serverHistory: {
    method: 'GET',
    path: '/history/accounts/{account_id}/servers/{server_id}',
    query: ['portal_id'],
    response: serverHistorySchema,
  },
  /** Whether alerts are on, each webhook's last delivery, the latest alerts, and (demo) the embedded receiver's inbox. */
  alertsOverview: { method: 'GET', path: '/alerts/accounts/{account_id}', query: [], response: alertsOverviewSchema },
  /** The alerts raised for one server, newest first. */
  serverAlerts: { method: 'GET', path: '/alerts/accounts/{account_id}/servers/{server_id}', query: [], response: serverAlertsSchema },
  /** Queues one clearly marked test alert to every webhook and answers it (delivery follows within seconds). */
  sendTestAlert: { method: 'POST', path: '/alerts/accounts/{account_id}/test', query: [], response: alertEventSchema },
} as const satisfies Record<string, { method: HttpMethod; path: string; query: readonly string[]; response: z.core.$ZodType }>;

export type DashboardRoutes = typeof DASHBOARD_ROUTES;
export type DashboardRouteName = keyof DashboardRoutes;
export type DashboardRouteParams<N extends DashboardRouteName> = { [P in ParamNamesOf<DashboardRoutes[N]['path']>]: string };
export type DashboardRouteQuery<N extends DashboardRouteName> = Partial<Record<DashboardRoutes[N]['query'][number], string>>;
export type DashboardRouteResult<N extends DashboardRouteName> = z.output<DashboardRoutes[N]['response']>;

export function dashboardRoutePath<N extends DashboardRouteName>(name: N, params: DashboardRouteParams<N>): string {
  const values: Partial<Record<string, string>> = params;
  return DASHBOARD_ROUTES[name].path.replace(/\{(\w+)\}/g, (_whole, param: string) => {
    const value = values[param];
    if (value === undefined) throw new Error(`${name} needs the path parameter ${param}.`);
    return encodeURIComponent(value);
  });
}

const DASHBOARD_TEMPLATES = templatesOf(DASHBOARD_ROUTES);

export type DashboardRouteMatch =
  | { [N in DashboardRouteName]: { kind: 'route'; name: N; params: DashboardRouteParams<N> } }[DashboardRouteName]
  | { kind: 'wrong-method'; allow: HttpMethod }
  | { kind: 'unknown' };

/** What a method and path (after the prefix) are to the dashboard's own routes; parameters raw, as {@link matchEndpoint}. */
export function matchDashboardRoute(method: string, path: string): DashboardRouteMatch {
  const match = matchTemplates(DASHBOARD_TEMPLATES, method, path);
  if (match.kind === 'unknown') return match;
  if (match.kind === 'wrong-method') return { kind: 'wrong-method', allow: match.allow };
  return { kind: 'route', name: match.name, params: match.params } as DashboardRouteMatch;
}

/**
 * What the header reads on every page of an account (the dashboard's mode for the demo badge, the word on alerts),
 * after the page's own reads. A host may leave them out of its hints: see createPageHints.
 */
export const LAYOUT_READS = [{ route: 'dashboardConfig' }, { route: 'alertsOverview' }] as const satisfies readonly PageRead[];

/**
 * The app's pages (the router's paths, in this table's `{name}` syntax): the reads each starts as soon as it opens, in
 * the order it starts them, and the source module of its code when that loads on first use
 * (src/app/routes.tsx). The server names both in a preload hint when it answers the page, so the browser fetches them
 * beside the app's code instead of after it; the page's own requests then take the preloaded answers (still one read
 * per page view). A query must be written exactly as the page's request writes it.
 */
export const PAGES = [
  {
    page: '/accounts/{account_id}/portals',
    reads: [{ endpoint: 'listPortals', query: { page: '1', per_page: '100' } }],
    module: 'src/app/account-page/account-page.tsx',
  },
  {
    page: '/accounts/{account_id}/portals/{portal_id}',
    // The cards wait for their history strips (portal-page.tsx), so it is read beside the portal, not after it.
    reads: [{ endpoint: 'readPortal' }, { route: 'portalHistory' }],
    module: 'src/app/portal-page/portal-page.tsx',
  },
  {
    page: '/accounts/{account_id}/portals/{portal_id}/servers/{server_id}',
    reads: [{ endpoint: 'readPortal' }, { endpoint: 'effectiveRedirectUri' }],
    module: 'src/features/servers/components/server-detail-page.tsx',
  },
  { page: '/accounts/{account_id}/alerts', reads: [], module: 'src/features/servers/components/server-detail-page.tsx' },
] as const satisfies readonly PageDefinition[];

/** A Cloudflare read (through the proxy), or one of the dashboard's own routes. */
type PageRead = { endpoint: EndpointName; query?: Record<string, string> } | { route: DashboardRouteName };

interface PageDefinition {
  page: string;
  reads: readonly PageRead[];
  module?: string;
}

const PAGE_TEMPLATES = PAGES.map(({ page }) => ({ name: page, method: 'GET' as const, segments: page.split('/') }));

export interface PageHints {
  /** Same-origin URLs (under {@link API_PREFIX}) the page reads first. */
  reads: string[];
  /** Then the header's ({@link LAYOUT_READS}), on every page of the table. */
  layoutReads: string[];
  /** The source module of the page's lazily loaded code; the server finds its built file in Vite's manifest. */
  module: string | null;
}

/**
 * What a page at `pathname` fetches first, or nothing: an unknown page, or ids the page itself would refuse before
 * reading anything.
 */
export function pageHintsOf(pathname: string): PageHints {
  const none: PageHints = { reads: [], layoutReads: [], module: null };
  const match = matchTemplates(PAGE_TEMPLATES, 'GET', pathname);
  if (match.kind !== 'endpoint') return none;
  const params = match.params as Partial<Record<PathParamName, string>>;
  if (!pathParamsAreValid(params)) return none;
  const page: PageDefinition | undefined = PAGES.find((entry) => entry.page === match.name);
  if (page === undefined) return none;
  const urlOf = (read: PageRead) => {
    // The page's template holds every parameter its reads' templates name (the contract test checks it).
    if ('route' in read) return `${API_PREFIX}${dashboardRoutePath(read.route, params as DashboardRouteParams<DashboardRouteName>)}`;
    const query = read.query ? `?${new URLSearchParams(read.query).toString()}` : '';
    return `${API_PREFIX}${endpointPath(read.endpoint, params as PathParams<EndpointName>)}${query}`;
  };
  return { reads: page.reads.map(urlOf), layoutReads: LAYOUT_READS.map(urlOf), module: page.module ?? null };
}
