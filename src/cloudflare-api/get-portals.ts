import { callEndpoint, type ApiResponse } from '@/lib/api-client';
import { runWithLimit } from '@/lib/run-with-limit';
import type { Portal, PortalList } from '@/cloudflare-api/portal-schema';

export async function getPortal(accountId: string, portalId: string, { signal }: { signal?: AbortSignal } = {}): Promise<Portal> {
  const { result } = await callEndpoint('readPortal', { account_id: accountId, portal_id: portalId }, { signal });
  return result;
}

async function listPortals(accountId: string, page: number, perPage: number, { signal }: { signal?: AbortSignal } = {}) {
  return callEndpoint('listPortals', { account_id: accountId }, { signal, query: { page, per_page: perPage } });
}

/** Cloudflare's largest page, so a whole account costs as few reads as possible (500 portals: 5). */
const LARGEST_PAGE = 100;
/**
 * Pages read side by side once the first has said how many there are. One at a time, each page waited for the one
 * before it to be parsed (a page of a big account is megabytes of tools): 500 portals took five round trips laid end to
 * end (npm run bench). The number of reads, which is what Cloudflare's rate limit counts, is the same either way.
 */
const PAGES_IN_FLIGHT = 4;

/** How many pages the account has, from the first page's `result_info` (`total_pages` is optional in the reference). */
function pageCount(first: ApiResponse<PortalList>): number {
  if (first.result.length < LARGEST_PAGE) return 1;
  const info = first.resultInfo;
  return info?.total_pages ?? (info?.total_count != null ? Math.ceil(info.total_count / LARGEST_PAGE) : 1);
}

/** Every portal of the account: the first page, then the rest side by side, in the account's order. */
export async function listEveryPortal(accountId: string, { signal }: { signal?: AbortSignal } = {}): Promise<PortalList> {
  const first = await listPortals(accountId, 1, LARGEST_PAGE, { signal });
  const rest = Array.from({ length: Math.max(0, pageCount(first) - 1) }, (_, index) => index + 2);
  const outcomes = await runWithLimit(rest, PAGES_IN_FLIGHT, (page) => listPortals(accountId, page, LARGEST_PAGE, { signal }), { signal });
  const portals = [...first.result];
  for (const outcome of outcomes) {
    if (outcome.status === 'rejected') throw outcome.reason;
    // Only an abort leaves a page unread: a missing page must not pass for a smaller account.
    if (outcome.status === 'skipped') throw signal?.reason ?? new Error(`Page ${outcome.item} of the portal list was not read.`);
    portals.push(...outcome.value.result);
  }
  return portals;
}
