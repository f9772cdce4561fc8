import type { PortalServer } from '@/cloudflare-api/server-schema';
import { STATUS_TERMS, statusKeyOf, statusWord, type StatusKey, type StatusTone } from '@/cloudflare-api/server-health';

export interface StatusPresentation {
  /** The status in Cloudflare's own words: "Sync required" for `stale`, as its dashboard says; "not synced yet" for none. */
  label: string;
  /** The value the API sent, shown beside the label when the two differ; null when it sent none. */
  apiValue: string | null;
  tone: StatusTone;
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

const EXPLANATIONS: Record<Exclude<StatusKey, 'unknown'>, string> = {
  ready: 'Tools and prompts are synced and available through the portal.',
  waiting: "Cloudflare is fetching this server's tools and prompts. This usually takes a few seconds.",
  stale:
    "The admin sign-in Cloudflare uses to fetch this server's tools and prompts has expired or was revoked. Portal users can still connect, but new and removed tools stop flowing in until an admin re-authenticates.",
  error: 'The last sync failed. Portal users may see outdated capabilities, or none, from this server.',
  not_synced: 'Cloudflare has not synced this server yet. Sync to fetch its tools and prompts.',
};

export function presentStatus(status: PortalServer['status']): StatusPresentation {
  const key = statusKeyOf(status);
  const { tone, symbol } = STATUS_TERMS[key];
  const label = statusWord(status);
  const apiValue = status ?? null;
  if (key === 'unknown') {
    return {
      label,
      apiValue,
      tone,
      symbol,
      explanation: `Cloudflare reported a status this dashboard does not know yet ("${label}"). It is shown exactly as received.`,
    };
  }
  return { label, apiValue, tone, symbol, explanation: EXPLANATIONS[key] };
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
