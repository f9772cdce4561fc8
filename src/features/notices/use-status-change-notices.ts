import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { portalQueries } from '@/cloudflare-api/portal-queries';
import { snapshotStatuses, statusChanges, summarizeStatusChanges } from '@/features/notices/status-changes';
import { showNotice } from '@/features/notices/notice-store';
import { notifyInBrowser } from '@/features/notices/browser-notifications';

/** The account and portal of a `portalQueries.detail` key, or null for any other query. */
function portalOfKey(key: readonly unknown[]): { accountId: string; portalId: string } | null {
  const [, accountId, , , portalId] = key;
  if (typeof accountId !== 'string' || typeof portalId !== 'string') return null;
  const expected = portalQueries.detail(accountId, portalId).queryKey;
  return key.length === expected.length && expected.every((part, index) => part === key[index]) ? { accountId, portalId } : null;
}

/**
 * While the dashboard is open, tells the admin when a server's status changes between two reads of its portal,
 * whichever page made them (polling, a refresh, the re-read after a sync): a notice on the page, and a browser
 * notification when those are turned on.
 */
export function useStatusChangeNotices(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const lastSeen = new Map<string, ReturnType<typeof snapshotStatuses>>();
    // A portal read before this subscribes (a preloaded answer can be in before the first commit) is the baseline.
    for (const query of queryClient.getQueryCache().getAll()) {
      const ids = portalOfKey(query.queryKey);
      const portal = ids ? queryClient.getQueryData(portalQueries.detail(ids.accountId, ids.portalId).queryKey) : undefined;
      if (portal) lastSeen.set(query.queryHash, snapshotStatuses(portal));
    }
    return queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'success') return;
      const ids = portalOfKey(event.query.queryKey);
      if (!ids) return;
      const portal = queryClient.getQueryData(portalQueries.detail(ids.accountId, ids.portalId).queryKey);
      if (!portal) return;
      const now = snapshotStatuses(portal);
      const before = lastSeen.get(event.query.queryHash);
      lastSeen.set(event.query.queryHash, now);
      if (!before) return;
      const changes = statusChanges(before, now);
      if (changes.length === 0) return;
      const { title, body } = summarizeStatusChanges(portal.name, changes);
      showNotice(title, body);
      notifyInBrowser(title, body, `mcp-status:${event.query.queryHash}`);
    });
  }, [queryClient]);
}
