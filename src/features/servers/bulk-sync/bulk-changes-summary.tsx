import type { PortalServer } from '@/cloudflare-api/server-schema';
import { bulkRunChanges } from '@/features/servers/bulk-sync/bulk-changes';
import type { BulkRun } from '@/features/servers/bulk-sync/use-bulk-sync';
import { describeChanges, hasChanges } from '@/features/servers/capability-diff';

/** The "what changed" part of a finished bulk run's summary: only the servers whose tools or prompts moved. */
export function BulkChangesSummary({ run, servers }: { run: BulkRun; servers: PortalServer[] }) {
  const changes = bulkRunChanges(run, servers);
  if (changes === null) {
    return (
      <p className="mt-2">
        What changed is unknown: the portal could not be read again after the run, so the page still shows the data
        from before it. Use Refresh to load the latest.
      </p>
    );
  }
  const changed = servers.flatMap((server) => {
    const serverChanges = changes.get(server.id);
    return serverChanges && hasChanges(serverChanges) ? [{ server, text: describeChanges(serverChanges) }] : [];
  });
  if (changed.length === 0) return <p className="mt-2">No tools or prompts changed.</p>;
  return (
    <div className="mt-2">
      <p className="font-semibold">
        What changed ({changed.length} server{changed.length === 1 ? '' : 's'}):
      </p>
      <ul aria-label="Servers whose capabilities changed" className="list-disc pl-5">
        {changed.map(({ server, text }) => (
          <li key={server.id} className="break-words">
            <span className="font-medium">{server.name}</span>: {text}
          </li>
        ))}
      </ul>
    </div>
  );
}
