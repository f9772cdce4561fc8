/**
 * Response shapes. The same stored server is rendered two ways: inside a
 * portal (with that portal's overrides merged over the server-wide ones) and
 * on its own (server-wide overrides only), exactly as the API does.
 */
import type {
  EffectiveRedirectUri,
  PortalCapabilityOverride,
  PortalServer,
  PortalWire,
  Server,
} from '../../src/lib/cloudflare/contract.ts';
import type {
  EmbeddedApiState,
  PortalMembership,
  PortalOverride,
  PortalRecord,
  ServerOverride,
  ServerRecord,
  StoredPortal,
} from './embedded-api-state.ts';

/**
 * Stands in for Cloudflare's shared OAuth callback (`shared_mcp22`). Cloudflare owns it but does not document its
 * host; this one is made up.
 */
export const SHARED_OAUTH_CALLBACK = 'https://oauth.mcp.cloudflare.com/servers-callback';

function baseFields(record: ServerRecord) {
  return {
    id: record.id,
    name: record.name,
    hostname: record.hostname,
    description: record.description,
    auth_type: record.auth_type,
    authentication_status: record.authentication_status,
    auth_config_summary: record.auth_config_summary,
    secure_web_gateway: record.secure_web_gateway,
    is_shared_oauth_callback_enabled: record.is_shared_oauth_callback_enabled,
    tools: record.tools,
    prompts: record.prompts,
    status: record.status,
    error: record.error,
    error_details: record.error_details,
    last_synced: record.last_synced,
    last_successful_sync: record.last_successful_sync,
    created_at: record.created_at,
    created_by: record.created_by,
    modified_at: record.modified_at,
    modified_by: record.modified_by,
  };
}

export function standaloneServerView(record: ServerRecord): Server {
  return {
    ...baseFields(record),
    updated_tools: record.updated_tools.map(copyServerOverride),
    updated_prompts: record.updated_prompts.map(copyServerOverride),
  };
}

export function portalServerView(record: ServerRecord, membership: PortalMembership): PortalServer {
  return {
    ...baseFields(record),
    server_id: record.id,
    default_disabled: membership.default_disabled,
    on_behalf: membership.on_behalf,
    updated_tools: mergeOverrides(membership.updated_tools, record.updated_tools),
    updated_prompts: mergeOverrides(membership.updated_prompts, record.updated_prompts),
  };
}

export function portalView(portal: StoredPortal, state: EmbeddedApiState): PortalWire {
  const servers: PortalServer[] = [];
  for (const membership of portal.servers) {
    const stored = state.servers.get(membership.serverId);
    // A dangling membership would be a bug in the demo data; skip rather than crash the demo.
    if (stored !== undefined) servers.push(portalServerView(stored.record, membership));
  }
  return { ...portal.record, servers };
}

/** The callback the portal sends to the server's OAuth provider: the shared one when the server opted in, else the portal's own. */
export function effectiveRedirectUriView(portal: PortalRecord, server: ServerRecord): EffectiveRedirectUri {
  return server.is_shared_oauth_callback_enabled === true
    ? { redirect_uri: SHARED_OAUTH_CALLBACK, source: 'shared_mcp22' }
    : { redirect_uri: `https://${portal.hostname}/servers-callback`, source: 'per_portal' };
}

function copyServerOverride(override: ServerOverride): ServerOverride {
  return { ...override };
}

/**
 * One entry per capability named in either list; the portal's `enabled` wins
 * over the server's because it is the more specific setting.
 */
function mergeOverrides(portal: PortalOverride[], server: ServerOverride[]): PortalCapabilityOverride[] {
  const names = [...new Set([...portal.map((o) => o.name), ...server.map((o) => o.name)])];
  return names.map((name) => {
    const p = portal.find((o) => o.name === name);
    const s = server.find((o) => o.name === name);
    return {
      name,
      enabled: p?.enabled ?? s?.enabled,
      portal_alias: p?.portal_alias,
      portal_description: p?.portal_description,
      server_alias: s?.alias,
      server_description: s?.description,
    };
  });
}
