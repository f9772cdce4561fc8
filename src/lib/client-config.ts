import { queryOptions } from '@tanstack/react-query';
import { callDashboardRoute } from '@/lib/api-client';
import type { ClientConfig } from '@/lib/cloudflare/contract';

export type { ClientConfig } from '@/lib/cloudflare/contract';

export async function getClientConfig({ signal }: { signal?: AbortSignal } = {}): Promise<ClientConfig> {
  const { result } = await callDashboardRoute('dashboardConfig', {}, { signal });
  return result;
}

export const clientConfigQuery = queryOptions({
  queryKey: ['dashboard-config'],
  queryFn: ({ signal }) => getClientConfig({ signal }),
  // Fixed for the life of the server process.
  staleTime: Infinity,
});
