import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { describeApiError } from '@/lib/describe-api-error';
import { runWithLimit } from '@/lib/run-with-limit';
import { portalQueries } from '@/cloudflare-api/portal-queries';
import type { PortalServer } from '@/cloudflare-api/server-schema';
import { isFailedSync, syncResultKind, syncServerOnce } from '@/features/servers/api/sync-server';
import { historyQueries } from '@/features/servers/history/history-queries';
import { MAX_SYNCS_IN_FLIGHT } from '@/features/servers/bulk-sync/bulk-sync-limits';
import type { BulkSelection } from '@/features/servers/bulk-sync/bulk-selection';
import { snapshotCapabilities, type CapabilitySnapshot } from '@/features/servers/capability-diff';

export type BulkItemState = 'queued' | 'syncing' | 'succeeded' | 'failed' | 'needs-reauthentication' | 'skipped';

export interface BulkFailure {
  serverId: string;
  name: string;
  reason: string;
}

export interface BulkRun {
  selection: BulkSelection;
  phase: 'running' | 'cancelling' | 'done';
  items: Record<string, BulkItemState>;
  total: number;
  failures: BulkFailure[];
  /** Servers whose sync answered "Sync required": not failures a retry fixes, but sign-ins an admin must renew. */
  needsReauthentication: { serverId: string; name: string }[];
  /** Each server's tools and prompts when the run started, to tell what it changed. */
  before: Record<string, CapabilitySnapshot>;
  /** Whether the portal was re-read after the run: without it, what changed is unknown. */
  reread: boolean;
}

class FailedSyncError extends Error {}
class NeedsReauthenticationError extends Error {}

export function countStates(run: BulkRun): Record<BulkItemState, number> {
  const counts: Record<BulkItemState, number> = { queued: 0, syncing: 0, succeeded: 0, failed: 0, 'needs-reauthentication': 0, skipped: 0 };
  for (const state of Object.values(run.items)) counts[state] += 1;
  return counts;
}

/** Syncs many servers of a portal, at most MAX_SYNCS_IN_FLIGHT at a time, with progress and Cancel. */
export function useBulkSync(accountId: string, portalId: string) {
  const queryClient = useQueryClient();
  const [run, setRun] = useState<BulkRun | null>(null);
  const controller = useRef<AbortController | null>(null);

  const setItem = (serverId: string, state: BulkItemState) =>
    setRun((current) => (current ? { ...current, items: { ...current.items, [serverId]: state } } : current));

  const start = useCallback(
    (selection: BulkSelection, servers: PortalServer[]) => {
      if (controller.current || servers.length === 0) return;
      const abort = new AbortController();
      controller.current = abort;
      setRun({
        selection,
        phase: 'running',
        total: servers.length,
        failures: [],
        needsReauthentication: [],
        items: Object.fromEntries(servers.map((server) => [server.id, 'queued' as const])),
        before: Object.fromEntries(servers.map((server) => [server.id, snapshotCapabilities(server)])),
        reread: false,
      });

      void runWithLimit(
        servers,
        MAX_SYNCS_IN_FLIGHT,
        async (server) => {
          setItem(server.id, 'syncing');
          const result = await syncServerOnce(accountId, server.id, 'bulk');
          if (syncResultKind(result) === 'needs-reauthentication') {
            throw new NeedsReauthenticationError();
          }
          if (isFailedSync(result)) throw new FailedSyncError(result.error_details?.cause ?? result.error ?? 'The sync failed.');
          return result;
        },
        {
          signal: abort.signal,
          onSettled: (outcome) => {
            const { item: server } = outcome;
            if (outcome.status === 'rejected' && outcome.reason instanceof NeedsReauthenticationError) {
              const entry = { serverId: server.id, name: server.name };
              setRun((current) =>
                current
                  ? {
                      ...current,
                      items: { ...current.items, [server.id]: 'needs-reauthentication' },
                      needsReauthentication: [...current.needsReauthentication, entry],
                    }
                  : current,
              );
            } else if (outcome.status === 'rejected') {
              const reason =
                outcome.reason instanceof FailedSyncError
                  ? outcome.reason.message
                  : describeApiError(outcome.reason, { kind: 'sync', serverName: server.name }).title;
              setRun((current) =>
                current
                  ? {
                      ...current,
                      items: { ...current.items, [server.id]: 'failed' },
                      failures: [...current.failures, { serverId: server.id, name: server.name, reason }],
                    }
                  : current,
              );
            } else {
              setItem(server.id, outcome.status === 'fulfilled' ? 'succeeded' : 'skipped');
            }
          },
        },
      ).then(async () => {
        controller.current = null;
        // One re-read for the whole run, not one per server: fresh timestamps without spending the rate limit.
        const { queryKey } = portalQueries.detail(accountId, portalId);
        const rereadFrom = Date.now();
        await Promise.all([
          queryClient.invalidateQueries({ queryKey }),
          queryClient.invalidateQueries({ queryKey: historyQueries.all(accountId) }),
        ]);
        const reread = (queryClient.getQueryState(queryKey)?.dataUpdatedAt ?? 0) >= rereadFrom;
        setRun((current) => (current ? { ...current, phase: 'done', reread } : current));
      });
    },
    [accountId, portalId, queryClient],
  );

  const cancel = useCallback(() => {
    controller.current?.abort();
    setRun((current) => (current && current.phase === 'running' ? { ...current, phase: 'cancelling' } : current));
  }, []);

  const dismiss = useCallback(() => setRun((current) => (current?.phase === 'done' ? null : current)), []);

  return { run, start, cancel, dismiss };
}
