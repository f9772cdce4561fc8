import type { UnreadableServer } from '@/cloudflare-api/portal-schema';
import type { PortalServer } from '@/cloudflare-api/server-schema';
import { ErrorBoundary } from '@/components/error-boundary';
import { paths } from '@/lib/paths';
import type { CapabilityChanges } from '@/features/servers/capability-diff';
import type { BulkRun } from '@/features/servers/bulk-sync/use-bulk-sync';
import { ServerCard } from '@/features/servers/components/server-card';
import { ServerCardFailure } from '@/features/servers/components/server-card-failure';
import { UnreadableServerCard } from '@/features/servers/components/unreadable-server-card';

interface ServerCardGridProps {
  accountId: string;
  portalId: string;
  servers: PortalServer[];
  /** Entries the API described in a shape the dashboard cannot read: they come last. */
  unreadable: UnreadableServer[];
  bulkRun: BulkRun | null;
  bulkChanges: Map<string, CapabilityChanges> | null;
}

/** A card per server; a card that fails to render is replaced by an explanation, and the others carry on. */
export function ServerCardGrid({ accountId, portalId, servers, unreadable, bulkRun, bulkChanges }: ServerCardGridProps) {
  return (
    <div className="grid grid-cols-1 items-start gap-4 md:grid-cols-2 xl:grid-cols-3">
      {servers.map((server) => (
        <ErrorBoundary
          key={server.id}
          fallback={(failure, reset) => (
            <ServerCardFailure
              serverName={server.name}
              detailHref={paths.server.getHref(accountId, portalId, server.id)}
              error={failure}
              onRetry={reset}
            />
          )}
        >
          <ServerCard
            accountId={accountId}
            portalId={portalId}
            server={server}
            bulkState={bulkRun?.items[server.id]}
            bulkChanges={bulkChanges?.get(server.id)}
          />
        </ErrorBoundary>
      ))}
      {unreadable.map((server) => (
        <UnreadableServerCard key={`unreadable-${server.index}`} server={server} />
      ))}
    </div>
  );
}
