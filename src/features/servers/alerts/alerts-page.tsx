import { useQuery } from '@tanstack/react-query';
import { Breadcrumbs, accountCrumbs } from '@/components/breadcrumbs';
import { DocumentTitle } from '@/components/document-title';
import { QueryStates } from '@/components/query-states';
import { Skeleton } from '@/components/skeleton';
import { paths } from '@/lib/paths';
import { AlertList } from '@/features/servers/alerts/alert-list';
import { alertQueries } from '@/features/servers/alerts/alert-queries';
import { AlertsStatus } from '@/features/servers/alerts/alerts-status';
import { DemoReceiverInbox } from '@/features/servers/alerts/demo-receiver-inbox';
import { SendTestAlert } from '@/features/servers/alerts/send-test-alert';

/** The account's alerts: where they go, how deliveries went, the latest alerts, and a test. */
export function AlertsPage({ accountId }: { accountId: string }) {
  const query = useQuery(alertQueries.overview(accountId));
  return (
    <>
      <DocumentTitle title="Alerts" />
      <Breadcrumbs items={[...accountCrumbs(accountId, paths.portals.getHref(accountId)), { label: 'Alerts' }]} />
      <div className="flex flex-col gap-6">
        <header className="flex flex-col gap-1">
          <h1 className="text-2xl font-semibold">Alerts</h1>
          <p className="text-sm text-muted-foreground">
            A webhook message when a server starts failing, needs re-authentication (Sync required), recovers, or changes
            its tools. A server seen for the first time is taken as it is: only changes are announced.
          </p>
        </header>
        <QueryStates
          query={query}
          action={{ kind: 'load-alerts' }}
          shown="data"
          loading={<Skeleton className="h-48" />}
          header={(freshness) => freshness}
        >
          {(overview) => (
            <>
              <section aria-labelledby="alerts-status-heading" className="flex flex-col gap-3">
                <h2 id="alerts-status-heading" className="text-lg font-semibold">
                  Where alerts go
                </h2>
                <AlertsStatus overview={overview} />
                <SendTestAlert accountId={accountId} disabled={overview.destination === 'off'} />
              </section>
              {overview.receiver ? <DemoReceiverInbox messages={overview.receiver} /> : null}
              <section aria-labelledby="recent-alerts-heading" className="flex flex-col gap-2">
                <h2 id="recent-alerts-heading" className="text-lg font-semibold">
                  Recent alerts
                </h2>
                {overview.events.length === 0 ? (
                  <p className="rounded-xl border border-dashed border-border p-4 text-sm text-muted-foreground">
                    No alerts yet. The monitor raises one when a server starts failing, needs re-authentication, recovers,
                    or changes its tools.
                  </p>
                ) : (
                  <AlertList accountId={accountId} events={overview.events} showServer label="Recent alerts, newest first" />
                )}
              </section>
            </>
          )}
        </QueryStates>
      </div>
    </>
  );
}
