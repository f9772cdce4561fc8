/**
 * Cloudflare API paths the dashboard uses, relative to the API base
 * (`…/client/v4`). The browser prefixes them with `/api`; the proxy appends
 * them to the configured upstream.
 */
const mcp = (accountId: string) => `/accounts/${accountId}/access/ai-controls/mcp`;

export const endpoints = {
  portals: (accountId: string) => `${mcp(accountId)}/portals`,
  portal: (accountId: string, portalId: string) => `${mcp(accountId)}/portals/${portalId}`,
  servers: (accountId: string) => `${mcp(accountId)}/servers`,
  server: (accountId: string, serverId: string) => `${mcp(accountId)}/servers/${serverId}`,
  syncServer: (accountId: string, serverId: string) => `${mcp(accountId)}/servers/${serverId}/sync`,
};

/** Same-origin prefix under which the proxy exposes the endpoints above. */
export const API_PREFIX = '/api';
