import { callEndpoint } from '@/lib/api-client';
import type { EffectiveRedirectUri } from '@/cloudflare-api/server-schema';

/** The OAuth callback the portal sends to this server's provider: what the admin registers there, verbatim. */
export async function getEffectiveRedirectUri(
  accountId: string,
  portalId: string,
  serverId: string,
  { signal }: { signal?: AbortSignal } = {},
): Promise<EffectiveRedirectUri> {
  const { result } = await callEndpoint(
    'effectiveRedirectUri',
    { account_id: accountId, portal_id: portalId, server_id: serverId },
    { signal },
  );
  return result;
}
