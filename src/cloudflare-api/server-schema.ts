import * as z from 'zod/mini';
// Relative import: the Node side loads this through the contract, where `@/` may not resolve.
import { openEnum } from '../lib/cloudflare/envelope-schema.ts';

export const SERVER_STATUSES = ['ready', 'waiting', 'stale', 'error'] as const;
export type KnownServerStatus = (typeof SERVER_STATUSES)[number];

export const AUTH_TYPES = ['oauth', 'bearer', 'unauthenticated'] as const;
export const AUTHENTICATION_STATUSES = ['not_required', 'required', 'connected', 'stale', 'manual'] as const;
export const AUTH_MODES = ['dcr', 'manual'] as const;

export const errorDetailsSchema = z.object({
  cause: z.nullish(z.string()),
  is_upstream: z.nullish(z.boolean()),
  mcp_code: z.nullish(z.number()),
  retryable: z.nullish(z.boolean()),
  status_code: z.nullish(z.number()),
});
export type ErrorDetails = z.infer<typeof errorDetailsSchema>;

/** MCP tool / prompt definitions are free-form objects; `name` is all we rely on, and even that may be missing. */
export type Capability = Record<string, unknown>;

const isCapability = (value: unknown): value is Capability => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A server's `tools` or `prompts`: an array of objects, checked in one loop. Not `z.array()` of an object check: a big
 * portal carries 40 × 300 of these, and zod's per-item parse (a result object for each item, then a copy of the
 * array) was most of the portal's schema check, which a phone's browser pays with garbage collection on the main
 * thread (docs/performance.md). The issues are the ones `z.array()` gave: "expected array, received string" for the
 * field, and one per bad item at its index.
 */
export const capabilityListSchema = z.custom<Capability[]>().check(
  z.superRefine((value, context) => {
    if (!Array.isArray(value)) {
      context.addIssue({ code: 'invalid_type', expected: 'array', input: value });
      return;
    }
    value.forEach((item: unknown, index) => {
      if (!isCapability(item)) context.addIssue({ code: 'custom', path: [index], input: item, message: 'expected an object (an MCP tool or prompt definition)' });
    });
  }),
);

/** Portal view of a capability override (`updated_tools` / `updated_prompts` inside a portal). */
export const portalCapabilityOverrideSchema = z.object({
  name: z.string(),
  enabled: z.nullish(z.boolean()),
  portal_alias: z.nullish(z.string()),
  portal_description: z.nullish(z.string()),
  server_alias: z.nullish(z.string()),
  server_description: z.nullish(z.string()),
});
export type PortalCapabilityOverride = z.infer<typeof portalCapabilityOverrideSchema>;

/** Standalone server view of a capability override (`GET …/mcp/servers/{id}`). */
export const serverCapabilityOverrideSchema = z.object({
  name: z.string(),
  alias: z.nullish(z.string()),
  description: z.nullish(z.string()),
  enabled: z.nullish(z.boolean()),
});

const timestamp = z.nullish(z.string());

/**
 * `auth_config_summary`: the safe subset of a server's OAuth client that Cloudflare shows admins. It never carries a
 * secret value, only whether one is stored.
 */
export const authConfigSummarySchema = z.object({
  auth_mode: z.nullish(openEnum(AUTH_MODES)),
  has_client_secret: z.nullish(z.boolean()),
  client_secret_version: z.nullish(z.number()),
  config: z.nullish(
    z.object({
      authorization_endpoint: z.nullish(z.string()),
      issuer: z.nullish(z.string()),
      resource: z.nullish(z.string()),
      revocation_endpoint: z.nullish(z.string()),
      token_endpoint: z.nullish(z.string()),
    }),
  ),
  registration_info: z.nullish(
    z.object({
      client_id: z.nullish(z.string()),
      redirect_uris: z.nullish(z.array(z.string())),
      scope: z.nullish(z.string()),
      token_endpoint_auth_method: z.nullish(z.string()),
    }),
  ),
});
export type AuthConfigSummary = z.infer<typeof authConfigSummarySchema>;

const serverBaseShape = {
  id: z.string(),
  auth_type: openEnum(AUTH_TYPES),
  hostname: z.string(),
  name: z.string(),
  tools: capabilityListSchema,
  prompts: capabilityListSchema,
  server_id: z.nullish(z.string()),
  description: z.nullish(z.string()),
  status: z.nullish(openEnum(SERVER_STATUSES)),
  error: z.nullish(z.string()),
  error_details: z.nullish(errorDetailsSchema),
  last_synced: timestamp,
  last_successful_sync: timestamp,
  authentication_status: z.nullish(openEnum(AUTHENTICATION_STATUSES)),
  auth_config_summary: z.nullish(authConfigSummarySchema),
  default_disabled: z.nullish(z.boolean()),
  on_behalf: z.nullish(z.boolean()),
  secure_web_gateway: z.nullish(z.boolean()),
  is_shared_oauth_callback_enabled: z.nullish(z.boolean()),
  created_at: timestamp,
  created_by: z.nullish(z.string()),
  modified_at: timestamp,
  modified_by: z.nullish(z.string()),
};

/** A server as it appears inside a portal (`portal.servers[]`). */
export const portalServerSchema = z.object({
  ...serverBaseShape,
  updated_tools: z.nullish(z.array(portalCapabilityOverrideSchema)),
  updated_prompts: z.nullish(z.array(portalCapabilityOverrideSchema)),
});
export type PortalServer = z.infer<typeof portalServerSchema>;

/** A server read on its own (`GET …/mcp/servers/{id}` and the server list). */
export const serverSchema = z.object({
  ...serverBaseShape,
  updated_tools: z.nullish(z.array(serverCapabilityOverrideSchema)),
  updated_prompts: z.nullish(z.array(serverCapabilityOverrideSchema)),
});
export type Server = z.infer<typeof serverSchema>;

/**
 * Result of `POST …/servers/{id}/sync`. Not a whole server: a 200 whose status
 * is "error" is a failed sync, explained by `error_details`.
 */
export const syncResultSchema = z.object({
  status: z.nullish(openEnum(SERVER_STATUSES)),
  error: z.nullish(z.string()),
  error_details: z.nullish(errorDetailsSchema),
});
export type SyncResult = z.infer<typeof syncResultSchema>;

export const REDIRECT_URI_SOURCES = ['per_portal', 'shared_mcp22'] as const;

/**
 * Result of `GET …/portals/{portal_id}/servers/{server_id}/effective-redirect-uri`: the callback the portal sends to
 * the upstream OAuth provider for this pair, to be registered there verbatim.
 */
export const effectiveRedirectUriSchema = z.object({
  redirect_uri: z.string(),
  source: openEnum(REDIRECT_URI_SOURCES),
});
export type EffectiveRedirectUri = z.infer<typeof effectiveRedirectUriSchema>;
