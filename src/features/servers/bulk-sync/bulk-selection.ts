import type { PortalServer } from '@/cloudflare-api/server-schema';
import { needsReauthentication, reauthenticatedAwaitingSync } from '@/cloudflare-api/server-health';

export type BulkSelection = 'all' | 'failing' | 'retryable';

/**
 * Which servers each bulk action covers. failing = a failed sync, or "Sync required" whose admin sign-in works again:
 * what a sync can fix now, so never a server whose sign-in must be renewed first. retryable = the last error says a
 * retry may work.
 */
export function selectServers(servers: PortalServer[], selection: BulkSelection): PortalServer[] {
  switch (selection) {
    case 'all':
      return servers;
    case 'failing':
      return servers.filter(
        (server) => (server.status === 'error' && !needsReauthentication(server)) || reauthenticatedAwaitingSync(server),
      );
    case 'retryable':
      return servers.filter((server) => server.error_details?.retryable === true);
  }
}

/**
 * A bulk button's name says exactly what it includes: "Sync all 40", "Sync 2 shown" (a filter is on),
 * "Sync 3 failed + 1 signed in again", "Retry 4 transient".
 */
export function bulkButtonLabel(selection: BulkSelection, selected: PortalServer[], { filtered }: { filtered: boolean }): string {
  switch (selection) {
    case 'all':
      return filtered ? `Sync ${selected.length} shown` : `Sync all ${selected.length}`;
    case 'failing': {
      const signedInAgain = selected.filter(reauthenticatedAwaitingSync).length;
      const failed = selected.length - signedInAgain;
      if (failed > 0 && signedInAgain > 0) return `Sync ${failed} failed + ${signedInAgain} signed in again`;
      return signedInAgain > 0 ? `Sync ${signedInAgain} signed in again` : `Sync ${failed} failed`;
    }
    case 'retryable':
      return `Retry ${selected.length} transient`;
  }
}
