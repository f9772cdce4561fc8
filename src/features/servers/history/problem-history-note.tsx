import { useQuery } from '@tanstack/react-query';
import { RelativeTime } from '@/components/relative-time';
import { historyQueries } from '@/features/servers/history/history-queries';
import { describeFlaps, sinceLabel } from '@/features/servers/history/history-words';

/**
 * "Failing since 3 hours ago · not ready 4 times in 7 days" under a server in Needs attention. One read of the monitor's
 * store serves every row: no Cloudflare request per page view.
 */
interface ProblemHistoryNoteProps {
  accountId: string;
  serverId: string;
  status: string | null | undefined;
}

export function ProblemHistoryNote({ accountId, serverId, status }: ProblemHistoryNoteProps) {
  const { data: summary } = useQuery({
    ...historyQueries.account(accountId),
    select: (history) => (history.monitor.enabled ? history.servers.find((server) => server.server_id === serverId) : undefined),
  });
  if (!summary) return null;
  const flaps = describeFlaps(summary.flaps_7d);
  if (!summary.failing_since && !flaps) return null;
  return (
    <p className="text-sm text-muted-foreground">
      {summary.failing_since ? (
        <>
          {sinceLabel(status)} <RelativeTime value={summary.failing_since} />
          {flaps ? ` · ${flaps} in 7 days` : null}
        </>
      ) : (
        `${flaps?.replace(/^n/, 'N') ?? ''} in 7 days`
      )}
    </p>
  );
}
