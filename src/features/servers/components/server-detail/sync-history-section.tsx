import { RelativeTime } from '@/components/relative-time';
import { SyncTable } from '@/features/servers/components/server-detail/sync-table';
import { SYNC_HISTORY_LIMIT, useSyncHistory, type SyncAttempt } from '@/features/servers/sync-history';

const TRIGGER_LABELS: Record<SyncAttempt['trigger'], string> = {
  manual: 'Manual',
  bulk: 'Bulk sync',
  'automatic-retry': 'Automatic retry',
};

const OUTCOME_LABELS: Record<SyncAttempt['outcome'], string> = {
  succeeded: '✓ Succeeded',
  failed: '✕ Failed',
  'rate-limited': '! Rate limited (429)',
};

function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** The last sync attempts made from this browser; Cloudflare keeps no history of its own. */
export function SyncHistorySection({ accountId, serverId }: { accountId: string; serverId: string }) {
  const history = useSyncHistory(accountId, serverId);
  return (
    <section aria-labelledby="sync-history-heading" className="flex flex-col gap-2">
      <h2 id="sync-history-heading" className="text-lg font-semibold">
        Sync history <span className="text-sm font-normal text-muted-foreground">(this browser, last {SYNC_HISTORY_LIMIT})</span>
      </h2>
      {history.length === 0 ? (
        <p className="rounded-xl border border-dashed border-border p-4 text-sm text-muted-foreground">
          No syncs of this server from this browser yet. Each sync you start here (by hand, in bulk, or retried automatically) is listed.
        </p>
      ) : (
        <SyncTable caption="Sync attempts, newest first" columns={['When', 'Trigger', 'Outcome', 'Duration', 'Error']}>
          {history.map((attempt, index) => (
            <tr key={`${attempt.at}-${index}`}>
              <td className="px-3 py-2 whitespace-nowrap">
                <RelativeTime value={attempt.at} />
              </td>
              <td className="px-3 py-2">{TRIGGER_LABELS[attempt.trigger]}</td>
              <td className="px-3 py-2 whitespace-nowrap">{OUTCOME_LABELS[attempt.outcome]}</td>
              <td className="px-3 py-2">{formatDuration(attempt.durationMs)}</td>
              <td className="px-3 py-2 break-words text-muted-foreground">{attempt.error ?? '—'}</td>
            </tr>
          ))}
        </SyncTable>
      )}
    </section>
  );
}
