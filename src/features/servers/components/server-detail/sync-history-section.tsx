import { RelativeTime } from '@/components/relative-time';
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
        <div className="overflow-x-auto rounded-xl border border-border bg-card">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Sync attempts, newest first</caption>
            <thead className="bg-muted text-xs text-muted-foreground uppercase">
              <tr>
                <th scope="col" className="px-3 py-2">When</th>
                <th scope="col" className="px-3 py-2">Trigger</th>
                <th scope="col" className="px-3 py-2">Outcome</th>
                <th scope="col" className="px-3 py-2">Duration</th>
                <th scope="col" className="px-3 py-2">Error</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
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
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
