import { useId } from 'react';
import { Link } from 'react-router';
import { RelativeTime } from '@/components/relative-time';
import type { PortalServer } from '@/cloudflare-api/server-schema';
import { paths } from '@/lib/paths';
import { useSyncServer } from '@/features/servers/api/use-sync-server';
import type { BulkRun } from '@/features/servers/bulk-sync/use-bulk-sync';
import { ServerActions } from '@/features/servers/components/server-actions';
import { ServerStatusBadge } from '@/features/servers/components/server-status-badge';
import { presentAuthType, presentStatus } from '@/features/servers/server-status';
import { triageServer } from '@/features/servers/triage';
import { triageStep } from '@/features/servers/triage-steps';

interface ServerTableProps {
  accountId: string;
  portalId: string;
  servers: PortalServer[];
  bulkRun: BulkRun | null;
}

/** One row per server, for a portal of 40: the status carries its problem on hover and focus, as Cloudflare's own list does. */
export function ServerTable({ accountId, portalId, servers, bulkRun }: ServerTableProps) {
  return (
    <div className="overflow-x-auto rounded-xl border border-border bg-card">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Servers of this portal</caption>
        <thead className="bg-muted text-xs text-muted-foreground uppercase">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">Server</th>
            <th scope="col" className="px-3 py-2 font-medium">Status</th>
            <th scope="col" className="hidden px-3 py-2 font-medium md:table-cell">Auth</th>
            <th scope="col" className="hidden px-3 py-2 text-right font-medium sm:table-cell">Tools</th>
            <th scope="col" className="hidden px-3 py-2 text-right font-medium sm:table-cell">Prompts</th>
            <th scope="col" className="hidden px-3 py-2 font-medium lg:table-cell">Last synced</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {servers.map((server) => {
            const bulkState = bulkRun?.items[server.id];
            return (
              <ServerRow
                key={server.id}
                accountId={accountId}
                portalId={portalId}
                server={server}
                bulkBusy={bulkState === 'queued' || bulkState === 'syncing'}
              />
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function ServerRow({ accountId, portalId, server, bulkBusy }: { accountId: string; portalId: string; server: PortalServer; bulkBusy: boolean }) {
  const sync = useSyncServer(accountId, server, 'card');
  return (
    <tr className="border-t border-border align-middle" aria-busy={sync.isPending || bulkBusy}>
      <th scope="row" className="max-w-56 px-3 py-2 font-medium">
        <Link to={paths.server.getHref(accountId, portalId, server.id)} dir="auto" className="line-clamp-2 break-words hover:underline">
          {server.name}
        </Link>
      </th>
      <td className="px-3 py-2">
        <StatusWithProblem server={server} />
      </td>
      <td className="hidden px-3 py-2 md:table-cell">{presentAuthType(server.auth_type)}</td>
      <td className="hidden px-3 py-2 text-right tabular-nums sm:table-cell">{server.tools.length}</td>
      <td className="hidden px-3 py-2 text-right tabular-nums sm:table-cell">{server.prompts.length}</td>
      <td className="hidden px-3 py-2 whitespace-nowrap lg:table-cell">
        <RelativeTime value={server.last_synced} />
      </td>
      <td className="px-3 py-2">
        <ServerActions accountId={accountId} portalId={portalId} server={server} sync={sync} bulkBusy={bulkBusy} compact />
      </td>
    </tr>
  );
}

/** The badge; focus or hover shows the problem in one sentence (kind, cause, next step), or what the status means. */
function StatusWithProblem({ server }: { server: PortalServer }) {
  const tipId = useId();
  const triage = triageServer(server);
  const text = triage ? `${triage.label}${triage.cause ? `: ${triage.cause}` : ''}. ${triageStep(triage, server)}` : presentStatus(server.status).explanation;
  return (
    <span className="group relative inline-flex">
      {/* Focusable so a keyboard reaches the explanation too; it is described by it, so a screen reader hears it. */}
      <span tabIndex={0} aria-describedby={tipId} className="rounded-full focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none">
        <ServerStatusBadge status={server.status} />
      </span>
      <span
        id={tipId}
        role="tooltip"
        className="invisible absolute top-full left-0 z-20 mt-1 w-72 rounded-md border border-border bg-card p-2 text-xs break-words shadow-lg group-focus-within:visible group-hover:visible"
      >
        {text}
      </span>
    </span>
  );
}
