import type { ErrorDetails, PortalServer } from '../../src/lib/cloudflare/contract.ts';

/** A capability's definition, reduced to what an alert compares: a short hash of each part, by part name. */
export type Fingerprints = Record<string, Record<string, string>>;

/** What one sweep saw of one server, across every portal that lists it. */
export interface ServerSighting {
  serverId: string;
  name: string;
  portals: { id: string; name: string }[];
  status: string | null;
  authenticationStatus: string | null;
  error: string | null;
  errorDetails: ErrorDetails | null;
  /** Null unless the server is `ready`: a failing server's lists may be empty for the moment. */
  tools: Fingerprints | null;
  prompts: Fingerprints | null;
}

/** FNV-1a, 32 bits: enough to notice that a description or schema changed, cheap for 300 tools per server. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** JSON with object keys sorted, so the same schema written in another key order is the same schema. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Each named definition's parts, hashed; one without a string name cannot be compared and is left out. */
export function fingerprint(definitions: readonly Record<string, unknown>[], parts: Record<string, string>): Fingerprints {
  const result: Fingerprints = {};
  for (const definition of definitions) {
    if (typeof definition.name !== 'string') continue;
    const hashes: Record<string, string> = {};
    for (const [part, field] of Object.entries(parts)) hashes[part] = shortHash(stableJson(definition[field] ?? null));
    result[definition.name] = hashes;
  }
  return result;
}

/** A tool's description and input schema; a prompt's description and arguments (MCP's field names). */
export const TOOL_PARTS = { description: 'description', input_schema: 'inputSchema' };
export const PROMPT_PARTS = { description: 'description', arguments: 'arguments' };

/** Gathers sightings portal by portal as a sweep reads the list; a server in several portals is one sighting. */
export function createSightingCollector() {
  const byServer = new Map<string, ServerSighting>();
  return {
    portal(portal: { id: string; name: string; servers: readonly PortalServer[] }): void {
      for (const server of portal.servers) {
        const known = byServer.get(server.id);
        if (known) {
          known.portals.push({ id: portal.id, name: portal.name });
          continue;
        }
        const ready = server.status === 'ready';
        byServer.set(server.id, {
          serverId: server.id,
          name: server.name,
          portals: [{ id: portal.id, name: portal.name }],
          status: server.status ?? null,
          authenticationStatus: server.authentication_status ?? null,
          error: server.error ?? null,
          errorDetails: server.error_details ?? null,
          tools: ready ? fingerprint(server.tools, TOOL_PARTS) : null,
          prompts: ready ? fingerprint(server.prompts, PROMPT_PARTS) : null,
        });
      }
    },
    sightings: (): ServerSighting[] => [...byServer.values()],
  };
}
