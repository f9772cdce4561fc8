/**
 * Schema drift and hostile data: the embedded API rewrites its own read answers
 * into what a changed, buggy or malicious upstream could send, so tests can
 * show the dashboard stays readable and safe. Only the portal and server reads drift; syncs and the effective
 * redirect URI answer as usual.
 */
import type { ReadRoute } from './read-routes.ts';

export const DRIFT_KINDS = [
  'extra-fields', // fields the dashboard has never heard of, at every level
  'unknown-values', // enum values it does not know (status, auth type, authentication status, code mode)
  'missing-optional', // only the required fields
  'null-strings', // null wherever an optional string was
  'wrong-type', // one server's `tools` is a string
  'html-in-text', // markup and script in names, descriptions, errors and causes
  'unsafe-hostnames', // `javascript:` and `data:` URLs where hostnames belong
  'long-strings', // 10,000-character names, hostnames, descriptions and causes
  'no-servers', // every portal is empty
  'rtl-emoji', // right-to-left and emoji names
] as const;
export type DriftKind = (typeof DRIFT_KINDS)[number];

type Json = Record<string, unknown>;

const REQUIRED_PORTAL_FIELDS = new Set(['id', 'hostname', 'name', 'servers']);
const REQUIRED_SERVER_FIELDS = new Set(['id', 'auth_type', 'hostname', 'name', 'tools', 'prompts']);

export const LONG_TEXT_LENGTH = 10_000;
const long = (prefix: string, filler: string) => prefix + filler.repeat(LONG_TEXT_LENGTH - prefix.length);

export const HOSTILE_NAME = '<img src=x onerror="window.__pwned=1">Zendesk';
export const HOSTILE_CAUSE = '<script>window.__pwned=1</script>upstream said <b>no</b>';
export const RTL_EMOJI_NAMES = ['خادم المبيعات 🚀', 'שרת התמיכה 🛟', '👩‍💻 Dev tools 🧪 ツール'] as const;

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function keepOnly(record: Json, required: Set<string>): Json {
  return Object.fromEntries(Object.entries(record).filter(([key]) => required.has(key)));
}

function nullStrings(record: Json, required: Set<string>): Json {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, !required.has(key) && typeof value === 'string' ? null : value]));
}

function driftServer(server: Json, index: number, kind: DriftKind): Json {
  switch (kind) {
    case 'extra-fields':
      return {
        ...server,
        transport_v2: { protocol: 'streamable-http', negotiated: true },
        ...(isJson(server.error_details) ? { error_details: { ...server.error_details, trace_id: 'a1b2c3' } } : {}),
      };
    case 'unknown-values':
      return index === 0 ? { ...server, status: 'quarantined', auth_type: 'mtls', authentication_status: 'revoked' } : server;
    case 'missing-optional':
      return keepOnly(server, REQUIRED_SERVER_FIELDS);
    case 'null-strings':
      return nullStrings(server, REQUIRED_SERVER_FIELDS);
    case 'wrong-type':
      return index === 1 ? { ...server, tools: 'twelve tools' } : server;
    case 'html-in-text':
      return index === 0
        ? {
            ...server,
            name: HOSTILE_NAME,
            description: '<script>window.__pwned=1</script>Tickets',
            status: 'error',
            error: '<b>Sync failed</b><img src=x onerror="window.__pwned=1">',
            error_details: { cause: HOSTILE_CAUSE, is_upstream: true, retryable: false, status_code: 500 },
          }
        : server;
    case 'unsafe-hostnames':
      if (index === 0) return { ...server, hostname: 'javascript:alert(document.domain)' };
      if (index === 1) return { ...server, hostname: 'data:text/html,<script>alert(1)</script>' };
      return server;
    case 'long-strings':
      return index === 0
        ? {
            ...server,
            name: long('Long ', 'n'),
            description: long('', 'd'),
            hostname: `${long('https://', 'h').slice(0, LONG_TEXT_LENGTH - '.example.com/mcp'.length)}.example.com/mcp`,
            status: 'error',
            error: long('', 'e'),
            error_details: { cause: long('', 'c'), is_upstream: false, retryable: false },
          }
        : server;
    case 'rtl-emoji':
      return index < RTL_EMOJI_NAMES.length ? { ...server, name: RTL_EMOJI_NAMES[index] } : server;
    case 'no-servers':
      return server;
  }
}

function driftPortal(portal: Json, kind: DriftKind): Json {
  const servers = Array.isArray(portal.servers) ? portal.servers : [];
  const drifted: Json = { ...portal, servers: servers.map((server, index) => (isJson(server) ? driftServer(server, index, kind) : server)) };
  switch (kind) {
    case 'extra-fields':
      return { ...drifted, routing_policy: { mode: 'nearest' } };
    case 'unknown-values':
      return { ...drifted, code_mode: 'sometimes' };
    case 'missing-optional':
      return keepOnly(drifted, REQUIRED_PORTAL_FIELDS);
    case 'null-strings':
      return nullStrings(drifted, REQUIRED_PORTAL_FIELDS);
    case 'html-in-text':
      return { ...drifted, description: '<script>window.__pwned=1</script>Portal' };
    case 'unsafe-hostnames':
      return { ...drifted, hostname: 'javascript:alert(1)' };
    case 'no-servers':
      return { ...drifted, servers: [] };
    default:
      return drifted;
  }
}

/** Rewrites a successful read answer; failures and non-JSON answers pass unchanged. */
export async function applyDrift(response: Response, kind: DriftKind, route: ReadRoute['name']): Promise<Response> {
  // The redirect URI is left alone: the kinds rewrite portals and servers, not its two fields.
  if (!response.ok || route === 'effectiveRedirectUri') return response;
  const body: unknown = await response.json();
  if (!isJson(body)) return Response.json(body, { status: response.status });
  const rewrite = (item: unknown, index: number) => {
    if (!isJson(item)) return item;
    return route === 'readPortal' || route === 'listPortals' ? driftPortal(item, kind) : driftServer(item, index, kind);
  };
  const result = Array.isArray(body.result) ? body.result.map(rewrite) : rewrite(body.result, 0);
  const envelope = kind === 'extra-fields' ? { ...body, result, trace: { colo: 'LHR' } } : { ...body, result };
  return Response.json(envelope, { status: response.status, headers: response.headers });
}
