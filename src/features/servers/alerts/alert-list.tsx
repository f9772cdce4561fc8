import { Link } from 'react-router';
import { Badge } from '@/components/badge';
import { RelativeTime } from '@/components/relative-time';
import { useNow } from '@/hooks/use-now';
import type { AlertEvent } from '@/lib/cloudflare/contract';
import { paths } from '@/lib/paths';
import { alertKind, conditionWords, deliveryWords, toolChangeWords } from '@/features/servers/alerts/alert-words';

interface AlertListProps {
  accountId: string;
  events: AlertEvent[];
  /** The alerts page names each alert's server; a server's own page does not need to. */
  showServer: boolean;
  label: string;
}

/** Alerts, newest first: what happened, where, and how each delivery went. Every value from the API is text. */
export function AlertList({ accountId, events, showServer, label }: AlertListProps) {
  const now = useNow();
  return (
    <ul aria-label={label} className="flex flex-col divide-y divide-border rounded-xl border border-border bg-card">
      {events.map((event) => {
        const kind = alertKind(event.kind);
        const portal = event.portals[0];
        return (
          <li key={event.id} className="flex flex-col gap-1.5 p-4 text-sm">
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <Badge tone={kind.tone}>{kind.title}</Badge>
              {showServer && event.server_id !== null && event.server_name !== null ? (
                portal ? (
                  <Link to={paths.server.getHref(accountId, portal.id, event.server_id)} className="font-semibold break-words hover:underline">
                    {event.server_name}
                  </Link>
                ) : (
                  <span className="font-semibold break-words">{event.server_name}</span>
                )
              ) : null}
              {event.from !== null && event.to !== null && event.from !== event.to ? (
                <span className="text-muted-foreground">
                  {conditionWords(event.from)} → {conditionWords(event.to)}
                </span>
              ) : null}
              <span className="ml-auto text-muted-foreground">
                <RelativeTime value={event.occurred_at} />
              </span>
            </div>
            {event.portals.length > 0 ? (
              <p className="text-muted-foreground break-words">
                {event.portals.length === 1 ? 'Portal' : 'Portals'}: {event.portals.map((item) => item.name).join(', ')}
              </p>
            ) : null}
            {event.error_details?.cause ?? event.error ? <p className="break-words">{event.error_details?.cause ?? event.error}</p> : null}
            {event.tool_changes ? (
              <ul aria-label="What changed" className="font-mono text-xs break-words">
                {toolChangeWords(event.tool_changes).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : null}
            <ul aria-label="Deliveries" className="text-xs text-muted-foreground">
              {event.deliveries.map((delivery) => (
                <li key={delivery.target} className={delivery.state === 'failed' ? 'text-danger' : undefined}>
                  {deliveryWords(delivery, now)}
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
