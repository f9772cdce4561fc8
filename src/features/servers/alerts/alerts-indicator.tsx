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
  // On a phone the words after "Alerts" are hidden; the link's name says them all the same.
  return (
    <Link
      to={paths.alerts.getHref(accountId)}
      aria-label={`Alerts${detail}`}
      className="inline-flex min-w-0 items-center gap-1.5 rounded-md px-2 py-1 text-sm text-muted-foreground hover:bg-muted hover:text-foreground"
    >
      <span aria-hidden="true" className={cn('size-2 shrink-0 rounded-full', dot)} />
      <span className="truncate">
        Alerts<span className="hidden sm:inline">{detail}</span>
      </span>
    </Link>
  );
}
