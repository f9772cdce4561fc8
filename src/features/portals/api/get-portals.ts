import { cfFetch } from '@/lib/api-client';
import { endpoints } from '@/lib/cloudflare/endpoints';
import { portalListSchema, portalSchema, type Portal } from '@/features/portals/api/portal-schema';

export async function getPortal(accountId: string, portalId: string, { signal }: { signal?: AbortSignal } = {}): Promise<Portal> {
  const { result } = await cfFetch(endpoints.portal(accountId, portalId), portalSchema, { signal });
  return result;
}

export interface PortalListParams {
  page?: number;
  perPage?: number;
  search?: string;
}

export async function listPortals(accountId: string, params: PortalListParams = {}, { signal }: { signal?: AbortSignal } = {}) {
  return cfFetch(endpoints.portals(accountId), portalListSchema, {
    signal,
    query: { page: params.page, per_page: params.perPage, search: params.search },
  });
}
