import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { useNow } from '@/hooks/use-now';
import { clientConfigQuery } from '@/lib/client-config';
import type { AlertsOverview } from '@/lib/cloudflare/contract';
import { cn } from '@/lib/cn';
import { formatRelative, parseTimestamp } from '@/lib/format-time';
import { paths } from '@/lib/paths';
import { alertQueries } from '@/features/servers/alerts/alert-queries';

const ACCOUNT_IN_PATH = /^\/accounts\/([0-9a-f]{32})(?:\/|$)/;

/** After "Alerts": whether they are on, and when the last delivery succeeded or failed; and the dot's colour. */
function statusOf(data: AlertsOverview | undefined, now: number): { detail: string; dot: string } {
  const last = data?.last_delivery;
  const when = last ? parseTimestamp(last.at) : null;
  if (data === undefined || data.destination === 'off') return { detail: data ? ' off' : '', dot: 'bg-muted-foreground/60' };
  if (!last || when === null) return { detail: ' on', dot: 'bg-success' };
  const failed = last.outcome !== 'delivered';
  return { detail: `: ${failed ? 'delivery failed' : 'delivered'} ${formatRelative(when, now)}`, dot: failed ? 'bg-danger' : 'bg-success' };
}

/** The header's word on alerts: on or off, and how the last delivery went; opens the alerts page. */
export function AlertsIndicator() {
  const { pathname } = useLocation();
  const config = useQuery(clientConfigQuery);
  const accountId = ACCOUNT_IN_PATH.exec(pathname)?.[1] ?? config.data?.accountId ?? null;
  const { data } = useQuery({ ...alertQueries.overview(accountId ?? ''), enabled: accountId !== null });
  const now = useNow();
  if (accountId === null) return null;
  const { detail, dot } = statusOf(data, now);
  // On a phone the header has room for a bell only; the link's name says the words all the same.
  return (
    <Link
      to={paths.alerts.getHref(accountId)}
      aria-label={`Alerts${detail}`}
      // From sm up, room for the longest words is kept from the start, so their arrival moves nothing in the header.
      className="inline-flex shrink-0 items-center gap-1.5 rounded-md px-2 py-1 text-sm text-muted-foreground hover:bg-muted hover:text-foreground sm:min-w-64"
    >
      <span aria-hidden="true" className={cn('size-2 shrink-0 rounded-full', dot)} />
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4 sm:hidden" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      <span className="hidden whitespace-nowrap sm:inline">Alerts{detail}</span>
    </Link>
  );
}
