import { Alert, AlertTitle } from '@/components/alert';
import { Fact } from '@/components/fact-list';
import { RelativeTime } from '@/components/relative-time';
import type { AlertsOverview } from '@/lib/cloudflare/contract';
import { SyncTable } from '@/features/servers/components/server-detail/sync-table';

/** Where alerts go and how they are sent, or why there are none and which settings turn them on. */
export function AlertsStatus({ overview }: { overview: AlertsOverview }) {
  if (overview.destination === 'off') {
    return (
      <Alert tone="info">
        <AlertTitle>Alerts are off</AlertTitle>
        <p className="mt-1">{overview.off_reason ?? 'Nothing raises alerts here.'}</p>
        <p className="mt-2">To receive them, set these on the dashboard server and restart it (README, “Alerts”):</p>
        <ul className="mt-1 list-disc pl-5">
          <li>
            <code>ALERT_WEBHOOK_URL</code>: a Slack, Google Chat or other webhook; several, separated by commas.
          </li>
          <li>
            <code>ALERT_WEBHOOK_SECRET</code>: signs every request, so receivers can check it came from here.
          </li>
          <li>
            <code>PUBLIC_URL</code>: this dashboard&apos;s address, for a link to the server in each alert.
          </li>
        </ul>
      </Alert>
    );
  }
  const sweeps = overview.confirm_sweeps;
  return (
    <div className="flex flex-col gap-4">
      <dl className="grid gap-4 rounded-xl border border-border bg-card p-4 sm:grid-cols-2 lg:grid-cols-3">
        <Fact label="Sent to">{overview.destination === 'demo-receiver' ? "The demo's embedded receiver (below)" : overview.targets.map((target) => target.target).join(', ')}</Fact>
        <Fact label="Signature">
          {overview.signed ? 'Every request carries X-Dashboard-Signature (HMAC-SHA256 of the body)' : 'Unsigned: set ALERT_WEBHOOK_SECRET to sign them'}
        </Fact>
        <Fact label="Damping">
          {sweeps === 1 ? 'A new state is announced at the first sweep that sees it' : `A new state is announced once ${sweeps} sweeps in a row have seen it`}
        </Fact>
        <Fact label="Retries">
          Failed deliveries are retried for {overview.give_up_after_minutes >= 120 ? `${Math.round(overview.give_up_after_minutes / 60)} hours` : `${overview.give_up_after_minutes} minutes`}, then given up
        </Fact>
      </dl>
      <SyncTable caption="Deliveries by webhook" columns={['Webhook', 'Last delivered', 'Last failed', 'Retrying', 'Given up']}>
        {overview.targets.map((target) => (
          <tr key={target.target}>
            <th scope="row" className="px-3 py-2 font-medium break-words">
              {target.target}
            </th>
            <td className="px-3 py-2 whitespace-nowrap">
              <RelativeTime value={target.last_delivered_at} />
            </td>
            <td className="px-3 py-2">
              <RelativeTime value={target.last_failed_at} />
              {target.last_error ? <span className="block break-words text-danger">{target.last_error}</span> : null}
            </td>
            <td className="px-3 py-2">{target.pending}</td>
            <td className={target.failed > 0 ? 'px-3 py-2 font-semibold text-danger' : 'px-3 py-2'}>{target.failed}</td>
          </tr>
        ))}
      </SyncTable>
    </div>
  );
}
