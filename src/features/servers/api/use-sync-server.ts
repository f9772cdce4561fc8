import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { portalQueries } from '@/cloudflare-api/portal-queries';
import type { PortalServer } from '@/cloudflare-api/server-schema';
import { isFailedSync, syncServerOnce } from '@/features/servers/api/sync-server';
import { historyQueries } from '@/features/servers/history/history-queries';
import { diffCapabilities, snapshotCapabilities, type CapabilitySnapshot } from '@/features/servers/capability-diff';
import { offersRetry } from '@/features/servers/triage';
import { ApiError } from '@/lib/api-error';

export const syncMutationKey = (accountId: string, serverId: string) => ['sync', accountId, serverId] as const;

/** Where the button is: the audit says "card" for a portal page's card or table row, "server-page" for the server's page. */
export type SyncPlace = 'card' | 'server-page';

/**
 * Syncs one server and re-reads the account's portals so timestamps and status
 * are fresh, and its history so the audit lists this sync. The mutation stays
 * pending until the re-reads land, so the card never shows the new result next
 * to the old timestamps.
 */
export function useSyncServer(accountId: string, server: PortalServer, place: SyncPlace) {
  const queryClient = useQueryClient();
  // The button reads Retry when the server's last error says the same request is the fix: the audit says so too.
  const trigger = offersRetry(server) ? 'retry' : place;
  const mutation = useMutation({
    mutationKey: syncMutationKey(accountId, server.id),
    // The variables are the capabilities before the sync: compared with the re-read, they say what changed.
    mutationFn: (_before: CapabilitySnapshot) => syncServerOnce(accountId, server.id, trigger),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: portalQueries.all(accountId) }),
        queryClient.invalidateQueries({ queryKey: historyQueries.all(accountId) }),
      ]),
  });

  // React Query publishes `isPending` asynchronously; a double click lands before it does. This ref closes the gap.
  const inFlight = useRef(false);
  const { mutate } = mutation;
  const sync = useCallback(() => {
    if (inFlight.current) return;
    inFlight.current = true;
    mutate(snapshotCapabilities(server), {
      onSettled: () => {
        inFlight.current = false;
      },
    });
  }, [mutate, server]);

  const changes =
    mutation.isSuccess && !isFailedSync(mutation.data) ? diffCapabilities(mutation.variables, snapshotCapabilities(server)) : null;

  // Retry when the same request is the fix: the server's last error says so, or this sync's own request failed in a
  // way worth repeating (no answer, a 5xx, rate limiting).
  const retry = offersRetry(server) || (mutation.error instanceof ApiError && mutation.error.retryable);

  return { ...mutation, sync, changes, retry };
}
