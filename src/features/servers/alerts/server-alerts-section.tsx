import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { paths } from '@/lib/paths';
import { AlertList } from '@/features/servers/alerts/alert-list';
import { alertQueries } from '@/features/servers/alerts/alert-queries';

/**
 * The alerts raised for this server. Quiet while loading and when its read fails: the server page's own facts come
 * from Cloudflare and stand without it; the alerts page says what went wrong.
 */
export function ServerAlertsSection({ accountId, serverId }: { accountId: string; serverId: string }) {
  const { data } = useQuery(alertQueries.server(accountId, serverId));
  if (data === undefined) return null;
  const allAlerts = (
    <Link to={paths.alerts.getHref(accountId)} className="text-sm font-normal text-info hover:underline">
      All alerts
    </Link>
  );
  return (
    <section aria-labelledby="server-alerts-heading" className="flex flex-col gap-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="server-alerts-heading" className="text-lg font-semibold">
          Alerts
        </h2>
        {allAlerts}
      </div>
      {data.destination === 'off' ? (
        <p className="rounded-xl border border-dashed border-border p-4 text-sm text-muted-foreground">
          Alerts are off, so none are sent for this server. The alerts page says how to turn them on.
        </p>
      ) : data.events.length === 0 ? (
        <p className="rounded-xl border border-dashed border-border p-4 text-sm text-muted-foreground">
          No alerts for this server yet. One is sent when it starts failing, needs re-authentication, recovers, or
          changes its tools.
        </p>
      ) : (
        <AlertList accountId={accountId} events={data.events} showServer={false} label="Alerts for this server, newest first" />
      )}
    </section>
  );
}
