import { useQuery } from '@tanstack/react-query';
import { RelativeTime } from '@/components/relative-time';
import { SyncTable } from '@/features/servers/components/server-detail/sync-table';
import type { SyncRecord } from '@/lib/cloudflare/contract';
import { formatDuration } from '@/lib/format-time';
import { SyncHistorySection } from '@/features/servers/components/server-detail/sync-history-section';
import { historyQueries } from '@/features/servers/history/history-queries';

const TRIGGER_LABELS: Record<string, string> = {
  card: 'Sync on a portal page',
  bulk: 'Bulk sync',
  retry: 'Retry',
  'server-page': 'Sync on this page',
  unknown: 'Another client',
};

function outcomeText(sync: SyncRecord): string {
  if (sync.http_status === 429) return '! Rate limited (429)';
  if (sync.outcome === 'succeeded') return '✓ Succeeded';
  if (sync.outcome === 'failed') return sync.status === 'stale' ? '! Sync required' : '✕ Failed';
  return sync.outcome;
}

interface ServerSyncHistoryProps {
  accountId: string;
  portalId: string;
  serverId: string;
}

/**
 * Who synced this server, when, from where and how it went, as the dashboard's server recorded it for everyone. With
 * the monitor off there is no store: the list kept in this browser stands in.
 */
export function ServerSyncHistory({ accountId, portalId, serverId }: ServerSyncHistoryProps) {
  const { data, isPending } = useQuery(historyQueries.server(accountId, portalId, serverId));
  // Until the history answers, nothing: showing this browser's list first would swap one table for another.
  if (isPending) return null;
  if (!data?.monitor.enabled) return <SyncHistorySection accountId={accountId} serverId={serverId} />;
  const { syncs } = data;
  return (
    <section aria-labelledby="sync-audit-heading" className="flex flex-col gap-2">
      <h2 id="sync-audit-heading" className="text-lg font-semibold">
        Sync history <span className="text-sm font-normal text-muted-foreground">(everyone&apos;s syncs through this dashboard, newest first)</span>
      </h2>
      {syncs.length === 0 ? (
        <p className="rounded-xl border border-dashed border-border p-4 text-sm text-muted-foreground">
          Nobody has synced this server through this dashboard yet. Each sync started here (on a card, in bulk, with Retry
          or on this page) is listed, with who started it when the dashboard sits behind Cloudflare Access.
        </p>
      ) : (
        <SyncTable caption="Syncs of this server, newest first" columns={['When', 'Started by', 'Outcome', 'Duration', 'Error']}>
          {syncs.map((sync, index) => (
            <tr key={`${sync.started_at}-${index}`}>
              <td className="px-3 py-2 whitespace-nowrap">
                <RelativeTime value={sync.started_at} />
              </td>
              <td className="px-3 py-2">
                {TRIGGER_LABELS[sync.trigger] ?? sync.trigger}
                {sync.actor ? <span className="block whitespace-nowrap text-muted-foreground">by {sync.actor}</span> : null}
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{outcomeText(sync)}</td>
              <td className="px-3 py-2">{sync.duration_ms < 1000 ? `${Math.round(sync.duration_ms)} ms` : formatDuration(sync.duration_ms)}</td>
              <td className="px-3 py-2 break-words text-muted-foreground">{sync.error ?? '—'}</td>
            </tr>
          ))}
        </SyncTable>
      )}
    </section>
  );
}
