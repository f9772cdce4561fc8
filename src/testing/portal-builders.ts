import type { Portal } from '@/cloudflare-api/portal-schema';
import type { PortalServer } from '@/cloudflare-api/server-schema';

/** A server as a portal lists it, with only what a test cares about set. */
export function testServer(id: string, status: string | null, authentication_status = 'not_required'): PortalServer {
  return { id, name: id, hostname: `https://${id}.example/mcp`, auth_type: 'bearer', authentication_status, tools: [], prompts: [], status };
}

/** A portal named after its id ("alpha" → "Alpha"), holding `servers`. */
export function testPortal(id: string, servers: PortalServer[], modified_at?: string): Portal {
  return { id, name: id.replace(/^\w/, (first) => first.toUpperCase()), hostname: `${id}.example`, modified_at, servers, unreadableServers: [] };
}
