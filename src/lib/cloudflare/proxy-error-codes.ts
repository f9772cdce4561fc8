/**
 * Codes the dashboard's own proxy puts in the Cloudflare envelope when it refuses a request itself, so the page can
 * tell "the proxy said no" from "Cloudflare said no". Cloudflare's codes stay below this range.
 */
export const PROXY_ERROR_CODES = {
  /** The page's session cookie is missing or from an earlier server start. */
  sessionMissing: 990_403,
} as const;
