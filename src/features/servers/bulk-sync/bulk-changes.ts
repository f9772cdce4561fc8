import type { PortalServer } from '@/cloudflare-api/server-schema';
import { diffCapabilities, snapshotCapabilities, type CapabilityChanges } from '@/features/servers/capability-diff';
import type { BulkRun } from '@/features/servers/bulk-sync/use-bulk-sync';

/**
 * What a finished bulk run changed, per server it synced successfully: the
 * capabilities captured when the run started against the portal re-read at its
 * end. Null while the run is going on, or when that re-read failed: then the
 * page still shows the old data and any comparison would claim "no changes".
 */
export function bulkRunChanges(run: BulkRun | null, servers: PortalServer[]): Map<string, CapabilityChanges> | null {
  if (run?.phase !== 'done' || !run.reread) return null;
  const changes = new Map<string, CapabilityChanges>();
  for (const server of servers) {
    const before = run.before[server.id];
    if (before && run.items[server.id] === 'succeeded') changes.set(server.id, diffCapabilities(before, snapshotCapabilities(server)));
  }
  return changes;
}
