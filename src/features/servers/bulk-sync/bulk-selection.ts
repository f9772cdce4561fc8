import type { PortalServer } from '@/features/servers/api/server-schema';

export type BulkSelection = 'all' | 'failing' | 'retryable';

export const BULK_SELECTION_LABELS: Record<BulkSelection, string> = {
  all: 'Sync all',
  failing: 'Sync failing',
  retryable: 'Retry retryable',
};

/** Which servers each bulk action covers: failing = error or stale; retryable = the last error says so. */
export function selectServers(servers: PortalServer[], selection: BulkSelection): PortalServer[] {
  switch (selection) {
    case 'all':
      return servers;
    case 'failing':
      return servers.filter((server) => server.status === 'error' || server.status === 'stale');
    case 'retryable':
      return servers.filter((server) => server.error_details?.retryable === true);
  }
}
