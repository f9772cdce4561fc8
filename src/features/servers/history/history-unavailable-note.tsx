import { useQuery } from '@tanstack/react-query';
import { historyQueries } from '@/features/servers/history/history-queries';

/**
 * One line where the monitor's facts ("failing since", the 7-day strips) would be, when the history store cannot be
 * read: what is missing, that the live status is not, and what to do. Nothing while the read works or is under way.
 */
function UnavailableLine({ what, error, onRetry }: { what: string; error: Error; onRetry: () => void }) {
  return (
    <p role="status" className="text-sm text-warning">
      {what} could not be read from the dashboard&apos;s history store ({error.message}). The statuses shown are live
      from Cloudflare and unaffected.{' '}
      <button type="button" className="underline underline-offset-4" onClick={onRetry}>
        Try again
      </button>
    </p>
  );
}

export function AccountHistoryUnavailable({ accountId }: { accountId: string }) {
  const query = useQuery(historyQueries.account(accountId));
  if (!query.isError) return null;
  return <UnavailableLine what="Since when each server is failing" error={query.error} onRetry={() => void query.refetch()} />;
}

export function PortalHistoryUnavailable({ accountId, portalId }: { accountId: string; portalId: string }) {
  const query = useQuery(historyQueries.portal(accountId, portalId));
  if (!query.isError) return null;
  return <UnavailableLine what="The cards' 7-day history" error={query.error} onRetry={() => void query.refetch()} />;
}
