/**
 * Syncs in flight at once during a bulk run. Four keeps a 40-server portal
 * quick while staying far below Cloudflare's 1,200 requests per 5 minutes.
 */
export const MAX_SYNCS_IN_FLIGHT = 4;
