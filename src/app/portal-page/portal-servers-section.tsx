import { useDeferredValue, useMemo, type ReactNode } from 'react';
import { Alert } from '@/components/alert';
import { Button } from '@/components/button';
import type { Portal } from '@/cloudflare-api/portal-schema';
import { countStatuses } from '@/cloudflare-api/server-health';
import { useStableOrder } from '@/hooks/use-stable-order';
import { PortalServerFilters } from '@/features/portals/components/portal-server-filters';
import { applyPortalFilters } from '@/features/portals/portal-filters';
import { usePortalFilters } from '@/features/portals/use-portal-filters';
import { BulkSyncBar } from '@/features/servers/bulk-sync/bulk-sync-bar';
import { bulkRunChanges } from '@/features/servers/bulk-sync/bulk-changes';
import { useBulkSync } from '@/features/servers/bulk-sync/use-bulk-sync';
import { ServerCardGrid } from '@/features/servers/components/server-card-grid';
import { ServerTable } from '@/features/servers/components/server-table';
import { UnreadableServerCard } from '@/features/servers/components/unreadable-server-card';
import { PortalHistoryUnavailable } from '@/features/servers/history/history-unavailable-note';

interface PortalServersSectionProps {
  accountId: string;
  portalId: string;
  portal: Portal;
  /** "Updated … · Refresh", placed beside the heading so the servers start sooner. */
  freshness?: ReactNode;
}

/** The portal's servers: the URL's filters, bulk sync over what they show, and the cards or the table. */
export function PortalServersSection({ accountId, portalId, portal, freshness }: PortalServersSectionProps) {
  const { filters: typed, changeFilters, clearFilters } = usePortalFilters();
  // The controls show each change at once; the cards follow as a transition, in slices, so a key press answers
  // within a frame even when clearing a search mounts 39 cards again.
  const filters = useDeferredValue(typed);
  const bulk = useBulkSync(accountId, portalId);
  const { servers, unreadableServers: unreadable } = portal;
  const matching = applyPortalFilters(servers, filters);
  // Bulk sync acts on what the filter controls say, not on the cards that may still be catching up with them.
  const matchingShown = typed === filters ? matching : applyPortalFilters(servers, typed);
  // A sync changes a server's status, and so its place in a status sort: the list keeps its order until the admin
  // changes the filters or the sort (or reloads), so nothing moves under them.
  const ordered = useStableOrder(matching, servers, JSON.stringify([filters.statuses, filters.q, filters.sort]));
  const visible = ordered.items;
  // Diffs every synced server's tools: once per finished run and re-read, not on each render (a key in the search box),
  // and the same objects each time, so the cards' memo holds.
  const bulkChanges = useMemo(() => bulkRunChanges(bulk.run, servers), [bulk.run, servers]);
  return (
    <section aria-labelledby="servers-heading" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-x-2">
        <h2 id="servers-heading" className="text-lg font-semibold">
          Servers <span className="text-muted-foreground">({servers.length + unreadable.length})</span>
        </h2>
        {freshness}
      </div>
      {unreadable.length > 0 ? (
        <Alert tone="warning" role="status">
          {unreadable.length === 1 ? '1 server' : `${unreadable.length} servers`} could not be read: Cloudflare
          described {unreadable.length === 1 ? 'it' : 'them'} in a shape the dashboard does not understand. Their
          cards, at the end of the list, name the fields at fault; the other servers are shown as usual.
        </Alert>
      ) : null}
      <PortalHistoryUnavailable accountId={accountId} portalId={portalId} />
      {servers.length > 0 ? <PortalServerFilters counts={countStatuses(servers)} filters={typed} onChange={changeFilters} /> : null}
      {servers.length > 0 ? (
        <BulkSyncBar
          servers={matchingShown}
          filtered={matchingShown.length < servers.length}
          allServers={servers}
          run={bulk.run}
          onStart={bulk.start}
          onCancel={bulk.cancel}
          onDismiss={bulk.dismiss}
        />
      ) : null}
      {ordered.unmatched > 0 || ordered.reorderable ? (
        <p className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
          {ordered.unmatched > 0
            ? `${ordered.unmatched === 1 ? '1 server no longer matches' : `${ordered.unmatched} servers no longer match`} the filters: kept in place so nothing moves under you.`
            : 'Statuses changed since this order was taken: servers keep their places so nothing moves under you.'}
          <Button size="sm" variant="ghost" onClick={ordered.reapply}>
            Re-sort now
          </Button>
        </p>
      ) : null}
      {servers.length === 0 && unreadable.length === 0 ? (
        <p className="rounded-xl border border-dashed border-border p-6 text-center text-muted-foreground">
          This portal has no MCP servers yet. Add servers to it in Cloudflare One › Access › AI controls.
        </p>
      ) : servers.length > 0 && visible.length === 0 ? (
        <div className="flex flex-col items-center gap-3 rounded-xl border border-dashed border-border p-6 text-center">
          <p className="text-muted-foreground">No server matches these filters. {servers.length} are hidden.</p>
          <Button size="sm" onClick={clearFilters}>
            Clear filters
          </Button>
        </div>
      ) : null}
      {filters.view === 'table' ? (
        <>
          {visible.length > 0 ? <ServerTable accountId={accountId} portalId={portalId} servers={visible} bulkRun={bulk.run} /> : null}
          {unreadable.map((server) => (
            <UnreadableServerCard key={`unreadable-${server.index}`} server={server} />
          ))}
        </>
      ) : visible.length > 0 || unreadable.length > 0 ? (
        <ServerCardGrid
          accountId={accountId}
          portalId={portalId}
          servers={visible}
          unreadable={unreadable}
          bulkRun={bulk.run}
          bulkChanges={bulkChanges}
        />
      ) : null}
    </section>
  );
}
