import type { PortalServer } from '@/cloudflare-api/server-schema';
import { needsReauthentication } from '@/features/servers/server-status';

export type BulkSelection = 'all' | 'failing' | 'retryable';

export const BULK_SELECTION_LABELS: Record<BulkSelection, string> = {
  all: 'Sync all',
  failing: 'Sync failing',
  retryable: 'Retry retryable',
};

/**
 * Which servers each bulk action covers. failing = error or "Sync required" that a sync can fix now, so not those
 * whose admin sign-in must be renewed first; retryable = the last error says so.
 */
export function selectServers(servers: PortalServer[], selection: BulkSelection): PortalServer[] {
  switch (selection) {
    case 'all':
      return servers;
    case 'failing':
      return servers.filter((server) => (server.status === 'error' || server.status === 'stale') && !needsReauthentication(server));
    case 'retryable':
      return servers.filter((server) => server.error_details?.retryable === true);
  }
}
