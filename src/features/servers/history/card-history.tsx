import { useQuery } from '@tanstack/react-query';
import { RelativeTime } from '@/components/relative-time';
import { historyQueries } from '@/features/servers/history/history-queries';
import { HistoryStrip } from '@/features/servers/history/history-strip';
import { describeFlaps, sinceLabel } from '@/features/servers/history/history-words';

/**
 * A card's last 7 days at a glance, and since when it has been failing. All cards of a portal share one read of the
 * portal's history; nothing shows while the monitor is off or has not seen the server.
 */
interface CardHistoryProps {
  accountId: string;
  portalId: string;
  serverId: string;
  /** The status the card shows now, which names the time since it left `ready`. */
  status: string | null | undefined;
}

export function CardHistory({ accountId, portalId, serverId, status }: CardHistoryProps) {
  const { data: summary } = useQuery({
    ...historyQueries.portal(accountId, portalId),
    select: (history) => (history.monitor.enabled ? history.servers.find((server) => server.server_id === serverId) : undefined),
  });
  if (!summary || summary.segments.length === 0) return null;
  const flaps = describeFlaps(summary.flaps_7d);
  return (
    <div className="flex flex-col gap-1">
      <p className="flex flex-wrap justify-between gap-x-2 text-xs text-muted-foreground">
        <span>Last 7 days{flaps ? `: ${flaps}` : ''}</span>
        {summary.failing_since ? (
          <span className="font-medium text-danger">
            {sinceLabel(status)} <RelativeTime value={summary.failing_since} />
          </span>
        ) : null}
      </p>
      <HistoryStrip label="Last 7 days" segments={summary.segments} size="sm" />
    </div>
  );
}
