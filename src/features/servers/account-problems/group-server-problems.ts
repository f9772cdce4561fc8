import type { Portal } from '@/cloudflare-api/portal-schema';
import type { PortalServer } from '@/cloudflare-api/server-schema';
import { attentionKind, type AttentionKind } from '@/cloudflare-api/server-health';
import { compareNames } from '@/lib/compare-names';

export interface ServerProblem {
  /** The server as the first portal that includes it describes it (status and errors are the server's own). */
  server: PortalServer;
  kind: AttentionKind;
  /** Every portal the problem reaches, by name. */
  portals: { id: string; name: string }[];
}

// Failures first (portal users may be losing tools now), then what blocks every sync, then what only needs a step.
const KIND_ORDER: AttentionKind[] = ['failing', 'reauthenticate', 'unknown', 'sync_to_finish', 'not_synced'];

/**
 * The account's servers that need attention, one entry per server however many portals include it: one server
 * failing in four portals is one problem to fix, not four.
 */
export function groupServerProblems(portals: readonly Portal[]): ServerProblem[] {
  const byServer = new Map<string, ServerProblem>();
  for (const portal of portals) {
    for (const server of portal.servers) {
      const kind = attentionKind(server);
      if (kind === null) continue;
      const problem = byServer.get(server.id) ?? { server, kind, portals: [] };
      problem.portals.push({ id: portal.id, name: portal.name });
      byServer.set(server.id, problem);
    }
  }
  return [...byServer.values()].sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      b.portals.length - a.portals.length ||
      compareNames(a.server.name, b.server.name),
  );
}
