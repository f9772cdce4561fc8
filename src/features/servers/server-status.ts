import type { BadgeTone } from '@/components/badge';
import type { PortalServer } from '@/cloudflare-api/server-schema';
import { SERVER_STATUS_LABELS } from '@/cloudflare-api/server-status-label';

export interface StatusPresentation {
  /** The status in Cloudflare's own words: "Sync required" for `stale`, as its dashboard says; "not synced yet" for none. */
  label: string;
  /** The value the API sent, shown beside the label when the two differ; null when it sent none. */
  apiValue: string | null;
  tone: BadgeTone;
  /** One sentence an admin (or a demo audience) understands. */
  explanation: string;
  /** A glyph beside the label, so status never depends on colour alone. */
  symbol: string;
}

/** Where an admin re-authenticates a server: Cloudflare documents this path, but no stable per-account URL to link. */
const REAUTHENTICATE_PATH = ['Zero Trust', 'Access controls', 'AI controls', 'MCP servers'] as const;

/** "Zero Trust › Access controls › AI controls › MCP servers › GitHub › Edit › Authenticate server" */
export function reauthenticatePath(serverName: string): string {
  return [...REAUTHENTICATE_PATH, serverName, 'Edit', 'Authenticate server'].join(' › ');
}

export function presentStatus(status: PortalServer['status']): StatusPresentation {
  switch (status) {
    case 'ready':
      return { label: SERVER_STATUS_LABELS.ready, apiValue: 'ready', tone: 'success', symbol: '✓', explanation: 'Tools and prompts are synced and available through the portal.' };
    case 'waiting':
      return {
        label: SERVER_STATUS_LABELS.waiting,
        apiValue: 'waiting',
        tone: 'info',
        symbol: '…',
        explanation: "Cloudflare is fetching this server's tools and prompts. This usually takes a few seconds.",
      };
    case 'stale':
      return {
        label: SERVER_STATUS_LABELS.stale,
        apiValue: 'stale',
        tone: 'warning',
        symbol: '!',
        explanation:
          "The admin sign-in Cloudflare uses to fetch this server's tools and prompts has expired or was revoked. Portal users can still connect, but new and removed tools stop flowing in until an admin re-authenticates.",
      };
    case 'error':
      return {
        label: SERVER_STATUS_LABELS.error,
        apiValue: 'error',
        tone: 'danger',
        symbol: '✕',
        explanation: 'The last sync failed. Portal users may see outdated capabilities, or none, from this server.',
      };
    case null:
    case undefined:
      return {
        label: 'not synced yet',
        apiValue: null,
        tone: 'neutral',
        symbol: '○',
        explanation: 'Cloudflare has not synced this server yet. Sync to fetch its tools and prompts.',
      };
    default:
      return {
        label: status,
        apiValue: status,
        tone: 'neutral',
        symbol: '?',
        explanation: `Cloudflare reported a status this dashboard does not know yet ("${status}"). It is shown exactly as received.`,
      };
  }
}

type AuthFacts = Pick<PortalServer, 'status' | 'authentication_status'>;

/**
 * Cloudflare cannot fetch this server's capabilities until an admin signs in: its admin credential is missing or
 * expired, or its status is `stale` ("Sync required") without a working sign-in. Syncing alone fixes none of these.
 */
export function needsReauthentication({ status, authentication_status: auth }: AuthFacts): boolean {
  if (auth === 'required' || auth === 'stale') return true;
  return status === 'stale' && auth !== 'connected';
}

/** Still `stale`, but the admin sign-in works again: the one step left is a sync. */
export function reauthenticatedAwaitingSync({ status, authentication_status: auth }: AuthFacts): boolean {
  return status === 'stale' && auth === 'connected';
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
