/**
 * In-memory model of one Cloudflare account's MCP portals. API-visible fields
 * live in `record`s; everything the embedded API needs to script behaviour
 * (what the next sync does, what it discovers) lives beside them so it can
 * never leak into a response.
 */

export type JsonSchema = {
  type: string;
  description?: string;
  enum?: readonly string[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  default?: string | number | boolean;
  minimum?: number;
  maximum?: number;
  format?: string;
};

/** An MCP tool definition as an upstream MCP server reports it from `tools/list`. */
export type McpTool = {
  name: string;
  title?: string;
  description: string;
  inputSchema: { type: 'object'; properties: Record<string, JsonSchema>; required?: readonly string[] };
  annotations?: { readOnlyHint?: boolean; destructiveHint?: boolean; idempotentHint?: boolean; openWorldHint?: boolean };
};

/** An MCP prompt definition as reported by `prompts/list`. */
export type McpPrompt = {
  name: string;
  description: string;
  arguments: { name: string; description: string; required: boolean }[];
};

export type AuthType = 'oauth' | 'bearer' | 'unauthenticated';
export type AuthenticationStatus = 'not_required' | 'required' | 'connected' | 'stale' | 'manual';
export type CodeMode = 'off' | 'opt_in' | 'default_on' | 'enforced';

export type ErrorDetailsRecord = {
  cause?: string;
  is_upstream?: boolean;
  mcp_code?: number;
  retryable?: boolean;
  status_code?: number;
};

export type AuthConfigSummaryRecord = {
  auth_mode: 'dcr' | 'manual';
  has_client_secret?: boolean;
  client_secret_version?: number;
  config?: {
    authorization_endpoint?: string;
    issuer?: string;
    resource?: string;
    revocation_endpoint?: string;
    token_endpoint?: string;
  };
  registration_info?: {
    client_id?: string;
    redirect_uris?: string[];
    scope?: string;
    token_endpoint_auth_method?: string;
  };
};

/** Server-wide capability override (`GET …/servers/{id}` view). */
export type ServerOverride = { name: string; alias?: string; description?: string; enabled?: boolean };

/** Portal-level capability override; the server-level half comes from the server. */
export type PortalOverride = { name: string; enabled?: boolean; portal_alias?: string; portal_description?: string };

export type ServerRecord = {
  id: string;
  name: string;
  hostname: string;
  description: string | null;
  auth_type: AuthType;
  authentication_status: AuthenticationStatus;
  auth_config_summary?: AuthConfigSummaryRecord;
  secure_web_gateway: boolean;
  is_shared_oauth_callback_enabled?: boolean;
  tools: McpTool[];
  prompts: McpPrompt[];
  /** Deliberately a free string: Cloudflare may add statuses the dashboard does not know yet. */
  status?: string;
  error?: string;
  error_details?: ErrorDetailsRecord;
  last_synced?: string;
  last_successful_sync?: string;
  updated_tools: ServerOverride[];
  updated_prompts: ServerOverride[];
  created_at: string;
  created_by: string;
  modified_at: string;
  modified_by: string;
};

/** What the upstream MCP server does when Cloudflare syncs it. */
export type SyncBehaviour =
  | { kind: 'succeed' }
  /** Sync is accepted but finishes in the background, `waitingSettleMs` later. */
  | { kind: 'waiting-then-ready' }
  | { kind: 'fail-upstream'; error: string; cause: string; mcpCode?: number; statusCode: number }
  /** Cloudflare could not reach the server; retryable unless said otherwise (a name that does not resolve is not). */
  | { kind: 'fail-unreachable'; error: string; cause: string; retryable?: boolean }
  /** Fails retryably on the first `flakyFailures` syncs after a reset (none unless the scenario asks), succeeds afterwards. */
  | { kind: 'flaky'; error: string; cause: string };

export type SyncScript = {
  behaviour: SyncBehaviour;
  /** Capabilities the upstream gained since the last successful sync; merged in when a sync succeeds. */
  discoveredTools?: McpTool[];
  discoveredPrompts?: McpPrompt[];
};

export type StoredServer = {
  record: ServerRecord;
  script: SyncScript;
  syncAttempts: number;
  /** Epoch ms at which a background (`waiting`) sync completes; null when none is running. */
  settleAt: number | null;
};

export type PortalRecord = {
  id: string;
  name: string;
  hostname: string;
  description?: string;
  code_mode: CodeMode;
  allow_code_mode?: boolean;
  secure_web_gateway: boolean;
  created_at: string;
  created_by: string;
  modified_at: string;
  modified_by: string;
};

/** How a server is attached to one portal; the server itself is shared. */
export type PortalMembership = {
  serverId: string;
  default_disabled: boolean;
  on_behalf: boolean;
  updated_tools: PortalOverride[];
  updated_prompts: PortalOverride[];
};

export type StoredPortal = { record: PortalRecord; servers: PortalMembership[] };

export type EmbeddedApiState = {
  portals: StoredPortal[];
  /** Keyed by server id; insertion order is the list order. */
  servers: Map<string, StoredServer>;
};

export const isoAt = (epochMs: number): string => new Date(epochMs).toISOString();

/** A server's place in a portal, with the portal-level settings a demo leaves at their defaults unless given. */
export const portalMember = (serverId: string, extra: Partial<Omit<PortalMembership, 'serverId'>> = {}): PortalMembership => ({
  serverId,
  default_disabled: false,
  on_behalf: true,
  updated_tools: [],
  updated_prompts: [],
  ...extra,
});
