import { callEndpoint } from '@/lib/api-client';
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

/** Every portal of the account, page after page (one at a time, to stay gentle on the rate limit). */
export async function listEveryPortal(accountId: string, { signal }: { signal?: AbortSignal } = {}): Promise<PortalList> {
  const portals: PortalList = [];
  for (let page = 1; ; page++) {
    const { result, resultInfo } = await listPortals(accountId, page, LARGEST_PAGE, { signal });
    portals.push(...result);
    const totalPages = resultInfo?.total_pages ?? page;
    if (page >= totalPages || result.length < LARGEST_PAGE) return portals;
  }
}
