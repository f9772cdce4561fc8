import { Alert } from '@/components/alert';
import { Button } from '@/components/button';
import type { Portal } from '@/cloudflare-api/portal-schema';
import { PortalServerFilters } from '@/features/portals/components/portal-server-filters';
import { applyPortalFilters, countByStatus } from '@/features/portals/portal-filters';
import { usePortalFilters } from '@/features/portals/use-portal-filters';
import { BulkSyncBar } from '@/features/servers/bulk-sync/bulk-sync-bar';
import { bulkRunChanges } from '@/features/servers/bulk-sync/bulk-changes';
import { useBulkSync } from '@/features/servers/bulk-sync/use-bulk-sync';
import { ServerCardGrid } from '@/features/servers/components/server-card-grid';

interface PortalServersSectionProps {
  accountId: string;
  portalId: string;
  portal: Portal;
}

/** The portal's servers: bulk sync and the URL's filters over the cards, or why there are none to show. */
export function PortalServersSection({ accountId, portalId, portal }: PortalServersSectionProps) {
  const { filters, changeFilters, clearFilters } = usePortalFilters();
  const bulk = useBulkSync(accountId, portalId);
  const { servers, unreadableServers: unreadable } = portal;
  const visible = applyPortalFilters(servers, filters);
  return (
    <section aria-labelledby="servers-heading" className="flex flex-col gap-3">
      <h2 id="servers-heading" className="text-lg font-semibold">
        Servers <span className="text-muted-foreground">({servers.length + unreadable.length})</span>
      </h2>
      {unreadable.length > 0 ? (
        <Alert tone="warning" role="status">
          {unreadable.length === 1 ? '1 server' : `${unreadable.length} servers`} could not be read: Cloudflare
          described {unreadable.length === 1 ? 'it' : 'them'} in a shape the dashboard does not understand. Their
          cards, at the end of the list, name the fields at fault; the other servers are shown as usual.
        </Alert>
      ) : null}
      {servers.length > 0 ? (
        <BulkSyncBar servers={servers} run={bulk.run} onStart={bulk.start} onCancel={bulk.cancel} onDismiss={bulk.dismiss} />
      ) : null}
      {servers.length > 0 ? <PortalServerFilters counts={countByStatus(servers)} filters={filters} onChange={changeFilters} /> : null}
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
      {visible.length > 0 || unreadable.length > 0 ? (
        <ServerCardGrid
          accountId={accountId}
          portalId={portalId}
          servers={visible}
          unreadable={unreadable}
          bulkRun={bulk.run}
          bulkChanges={bulkRunChanges(bulk.run, servers)}
        />
      ) : null}
    </section>
  );
}
