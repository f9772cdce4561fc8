import type { BadgeTone } from '@/components/badge';
import type { PortalServer } from '@/features/servers/api/server-schema';

export interface StatusPresentation {
  /** The status as text: the API's value, or "not synced yet" when it sent none. */
  label: string;
  tone: BadgeTone;
  /** One sentence an admin (or a demo audience) understands. */
  explanation: string;
  /** A glyph beside the label, so status never depends on colour alone. */
  symbol: string;
}

export function presentStatus(status: PortalServer['status']): StatusPresentation {
  switch (status) {
    case 'ready':
      return { label: 'ready', tone: 'success', symbol: '✓', explanation: 'Tools and prompts are synced and available through the portal.' };
    case 'waiting':
      return {
        label: 'waiting',
        tone: 'info',
        symbol: '…',
        explanation: "Cloudflare is fetching this server's tools and prompts. This usually takes a few seconds.",
      };
    case 'stale':
      return {
        label: 'stale',
        tone: 'warning',
        symbol: '!',
        explanation: 'The last sync is out of date, so the tools and prompts shown may have changed. Sync to refresh them.',
      };
    case 'error':
      return {
        label: 'error',
        tone: 'danger',
        symbol: '✕',
        explanation: 'The last sync failed. Portal users may see outdated capabilities, or none, from this server.',
      };
    case null:
    case undefined:
      return {
        label: 'not synced yet',
        tone: 'neutral',
        symbol: '○',
        explanation: 'Cloudflare has not synced this server yet. Sync to fetch its tools and prompts.',
      };
    default:
      return {
        label: status,
        tone: 'neutral',
        symbol: '?',
        explanation: `Cloudflare reported a status this dashboard does not know yet ("${status}"). It is shown exactly as received.`,
      };
  }
}

const AUTH_TYPE_LABELS: Record<string, string> = {
  oauth: 'OAuth',
  bearer: 'Bearer token',
  unauthenticated: 'None (public)',
};

export function presentAuthType(authType: string): string {
  return AUTH_TYPE_LABELS[authType] ?? authType;
}

/** JSON-RPC and MCP error codes, named so "-32601" means something at a glance. */
const MCP_ERROR_NAMES: Record<number, string> = {
  [-32700]: 'parse error',
  [-32600]: 'invalid request',
  [-32601]: 'method not found',
  [-32602]: 'invalid params',
  [-32603]: 'internal error',
  [-32002]: 'resource not found',
  [-32001]: 'request timeout',
  [-32000]: 'connection closed',
};

export function describeMcpCode(code: number): string {
  const name = MCP_ERROR_NAMES[code];
  return name ? `${code} (${name})` : String(code);
}
