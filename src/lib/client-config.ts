import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { cfFetch } from '@/lib/api-client';

/** What the proxy tells the browser about itself: never a credential. */
export const clientConfigSchema = z.object({
  mode: z.union([z.literal('live'), z.literal('demo')]),
  accountId: z.nullable(z.string()),
});
export type ClientConfig = z.infer<typeof clientConfigSchema>;

export async function getClientConfig({ signal }: { signal?: AbortSignal } = {}): Promise<ClientConfig> {
  const { result } = await cfFetch('/dashboard-config', clientConfigSchema, { signal });
  return result;
}

export const clientConfigQuery = queryOptions({
  queryKey: ['dashboard-config'],
  queryFn: ({ signal }) => getClientConfig({ signal }),
  // Fixed for the life of the server process.
  staleTime: Infinity,
});
