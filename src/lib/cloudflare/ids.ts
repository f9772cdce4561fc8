/**
 * Identifier rules of the MCP portals API. Checked in the browser before any
 * request is made and again by the proxy, so a malformed id never reaches
 * Cloudflare.
 */
export const RESOURCE_ID_PATTERN = /^[a-z0-9_]+(?:-[a-z0-9_]+)*$/;
export const RESOURCE_ID_MAX_LENGTH = 32;
export const ACCOUNT_ID_PATTERN = /^[0-9a-f]{32}$/;

export function isResourceId(value: string): boolean {
  return value.length >= 1 && value.length <= RESOURCE_ID_MAX_LENGTH && RESOURCE_ID_PATTERN.test(value);
}

export function isAccountId(value: string): boolean {
  return ACCOUNT_ID_PATTERN.test(value);
}
