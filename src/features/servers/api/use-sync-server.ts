import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { portalQueries } from '@/features/portals/api/portal-queries';
import { syncServerOnce } from '@/features/servers/api/sync-server';

export const syncMutationKey = (accountId: string, serverId: string) => ['sync', accountId, serverId] as const;

/**
 * Syncs one server and re-reads the account's portals so timestamps and status
 * are fresh. The mutation stays pending until the re-read lands, so the card
 * never shows the new result next to the old timestamps.
 */
export function useSyncServer(accountId: string, serverId: string) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationKey: syncMutationKey(accountId, serverId),
    mutationFn: () => syncServerOnce(accountId, serverId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: portalQueries.all(accountId) }),
  });

  // React Query publishes `isPending` asynchronously; a double click lands before it does. This ref closes the gap.
  const inFlight = useRef(false);
  const { mutate } = mutation;
  const sync = useCallback(() => {
    if (inFlight.current) return;
    inFlight.current = true;
    mutate(undefined, {
      onSettled: () => {
        inFlight.current = false;
      },
    });
  }, [mutate]);

  return { ...mutation, sync };
}
