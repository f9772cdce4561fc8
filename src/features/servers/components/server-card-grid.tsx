import { useState } from 'react';
import type { UnreadableServer } from '@/cloudflare-api/portal-schema';
import type { PortalServer } from '@/cloudflare-api/server-schema';
import { ErrorBoundary } from '@/components/error-boundary';
import { paths } from '@/lib/paths';
import type { CapabilityChanges } from '@/features/servers/capability-diff';
import type { BulkRun } from '@/features/servers/bulk-sync/use-bulk-sync';
import { ServerCard } from '@/features/servers/components/server-card';
import { ServerCardFailure } from '@/features/servers/components/server-card-failure';
import { UnreadableServerCard } from '@/features/servers/components/unreadable-server-card';
import { useProgressiveCount } from '@/hooks/use-progressive-count';

interface ServerCardGridProps {
  accountId: string;
  portalId: string;
  servers: PortalServer[];
  /** Entries the API described in a shape the dashboard cannot read: they come last. */
  unreadable: UnreadableServer[];
  bulkRun: BulkRun | null;
  bulkChanges: Map<string, CapabilityChanges> | null;
}

/**
 * The grid's columns at the window's width: Tailwind's `md` (48rem) and `xl` (80rem) breakpoints, as in the grid's
 * classes below. Null without `matchMedia` (jsdom): with no screen to measure, every card renders at once.
 */
function gridColumns(): number | null {
  if (typeof window.matchMedia !== 'function') return null;
  if (window.matchMedia('(min-width: 80rem)').matches) return 3;
  return window.matchMedia('(min-width: 48rem)').matches ? 2 : 1;
}

/**
 * A card per server; a card that fails to render is replaced by an explanation, and the others carry on. The first
 * two rows render at once and the rest a row at a time after them, so the first screen is not held back by cards
 * below it (a phone shows one card of the demo's seven).
 */
export function ServerCardGrid({ accountId, portalId, servers, unreadable, bulkRun, bulkChanges }: ServerCardGridProps) {
  const [columns] = useState(gridColumns);
  const total = servers.length + unreadable.length;
  const shown = useProgressiveCount(total, columns === null ? { first: total, step: total } : { first: columns * 2, step: columns });
  return (
    <div className="grid grid-cols-1 items-start gap-4 md:grid-cols-2 xl:grid-cols-3">
      {servers.slice(0, shown).map((server) => (
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
      {unreadable.slice(0, Math.max(0, shown - servers.length)).map((server) => (
        <UnreadableServerCard key={`unreadable-${server.index}`} server={server} />
      ))}
    </div>
  );
}
