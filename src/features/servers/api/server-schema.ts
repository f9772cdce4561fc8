import { z } from 'zod';
import { openEnum } from '@/lib/cloudflare/envelope-schema';

export const SERVER_STATUSES = ['ready', 'waiting', 'stale', 'error'] as const;
export type KnownServerStatus = (typeof SERVER_STATUSES)[number];

export const AUTH_TYPES = ['oauth', 'bearer', 'unauthenticated'] as const;
export const AUTHENTICATION_STATUSES = ['not_required', 'required', 'connected', 'stale', 'manual'] as const;

export const errorDetailsSchema = z.object({
  cause: z.string().nullish(),
  is_upstream: z.boolean().nullish(),
  mcp_code: z.number().nullish(),
  retryable: z.boolean().nullish(),
  status_code: z.number().nullish(),
});
export type ErrorDetails = z.infer<typeof errorDetailsSchema>;

/** MCP tool / prompt definitions are free-form objects; `name` is all we rely on, and even that may be missing. */
export const capabilitySchema = z.record(z.string(), z.unknown());
export type Capability = z.infer<typeof capabilitySchema>;

/** Portal view of a capability override (`updated_tools` / `updated_prompts` inside a portal). */
export const portalCapabilityOverrideSchema = z.object({
  name: z.string(),
  enabled: z.boolean().nullish(),
  portal_alias: z.string().nullish(),
  portal_description: z.string().nullish(),
  server_alias: z.string().nullish(),
  server_description: z.string().nullish(),
});
export type PortalCapabilityOverride = z.infer<typeof portalCapabilityOverrideSchema>;

/** Standalone server view of a capability override (`GET …/mcp/servers/{id}`). */
export const serverCapabilityOverrideSchema = z.object({
  name: z.string(),
  alias: z.string().nullish(),
  description: z.string().nullish(),
  enabled: z.boolean().nullish(),
});

const timestamp = z.string().nullish();

const serverBaseShape = {
  id: z.string(),
  auth_type: openEnum(AUTH_TYPES),
  hostname: z.string(),
  name: z.string(),
  tools: z.array(capabilitySchema),
  prompts: z.array(capabilitySchema),
  server_id: z.string().nullish(),
  description: z.string().nullish(),
  status: openEnum(SERVER_STATUSES).nullish(),
  error: z.string().nullish(),
  error_details: errorDetailsSchema.nullish(),
  last_synced: timestamp,
  last_successful_sync: timestamp,
  authentication_status: openEnum(AUTHENTICATION_STATUSES).nullish(),
  default_disabled: z.boolean().nullish(),
  on_behalf: z.boolean().nullish(),
  secure_web_gateway: z.boolean().nullish(),
  is_shared_oauth_callback_enabled: z.boolean().nullish(),
  created_at: timestamp,
  created_by: z.string().nullish(),
  modified_at: timestamp,
  modified_by: z.string().nullish(),
};

/** A server as it appears inside a portal (`portal.servers[]`). */
export const portalServerSchema = z.object({
  ...serverBaseShape,
  updated_tools: z.array(portalCapabilityOverrideSchema).nullish(),
  updated_prompts: z.array(portalCapabilityOverrideSchema).nullish(),
});
export type PortalServer = z.infer<typeof portalServerSchema>;

/** A server read on its own (`GET …/mcp/servers/{id}` and the server list). */
export const serverSchema = z.object({
  ...serverBaseShape,
  updated_tools: z.array(serverCapabilityOverrideSchema).nullish(),
  updated_prompts: z.array(serverCapabilityOverrideSchema).nullish(),
});
export type Server = z.infer<typeof serverSchema>;

/**
 * Result of `POST …/servers/{id}/sync`. Not a whole server: a 200 whose status
 * is "error" is a failed sync, explained by `error_details`.
 */
export const syncResultSchema = z.object({
  status: openEnum(SERVER_STATUSES).nullish(),
  error: z.string().nullish(),
  error_details: errorDetailsSchema.nullish(),
});
export type SyncResult = z.infer<typeof syncResultSchema>;
