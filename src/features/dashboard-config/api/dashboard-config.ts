import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { cfFetch } from '@/lib/api-client';

/** What the proxy tells the browser about itself: never a credential. */
export const dashboardConfigSchema = z.object({
  mode: z.union([z.literal('live'), z.literal('demo')]),
  accountId: z.nullable(z.string()),
});
export type DashboardConfig = z.infer<typeof dashboardConfigSchema>;

export async function getDashboardConfig({ signal }: { signal?: AbortSignal } = {}): Promise<DashboardConfig> {
  const { result } = await cfFetch('/dashboard-config', dashboardConfigSchema, { signal });
  return result;
}

export const dashboardConfigQuery = queryOptions({
  queryKey: ['dashboard-config'],
  queryFn: ({ signal }) => getDashboardConfig({ signal }),
  // Fixed for the life of the server process.
  staleTime: Infinity,
});
