import { memo, useId } from 'react';
import { Link } from 'react-router';
import { CopyButton } from '@/components/copy-button';
import { paths } from '@/lib/paths';
import { Card, CardBody, CardFooter, CardHeader } from '@/components/card';
import { RelativeTime } from '@/components/relative-time';
import type { PortalServer } from '@/cloudflare-api/server-schema';
import { useSyncServer } from '@/features/servers/api/use-sync-server';
import { SyncOutcome } from '@/features/servers/components/sync-outcome';
import { isFailedSync } from '@/features/servers/api/sync-server';
import { ServerActions } from '@/features/servers/components/server-actions';
import { ProblemLine } from '@/features/servers/components/card/problem-line';
import { ErrorDetailsDisclosure } from '@/features/servers/components/card/error-details-disclosure';
import { WaitingNote } from '@/features/servers/components/card/waiting-note';
import { triageServer } from '@/features/servers/triage';
import { cn } from '@/lib/cn';
import type { BulkItemState } from '@/features/servers/bulk-sync/use-bulk-sync';
import { ServerHostname } from '@/features/servers/components/server-hostname';
import { ServerStatusBadge } from '@/features/servers/components/server-status-badge';
import { presentAuthType, presentStatus } from '@/features/servers/server-status';
import { orphanedOverrides } from '@/features/servers/capability-overrides';
import { describeChanges, type CapabilityChanges } from '@/features/servers/capability-diff';
import { CardHistory } from '@/features/servers/history/card-history';

interface ServerCardProps {
  accountId: string;
  portalId: string;
  server: PortalServer;
  /** This server's part in a bulk run, if one includes it. */
  bulkState?: BulkItemState;
  /** What a finished bulk run changed in its tools and prompts, once the portal has been re-read. */
  bulkChanges?: CapabilityChanges;
}

const BULK_STATE_TEXT: Record<BulkItemState, string> = {
  queued: 'Queued in the bulk sync',
  syncing: 'Syncing (bulk)…',
  succeeded: 'Bulk sync succeeded',
  failed: 'Bulk sync failed',
  'needs-reauthentication': 'Bulk sync: still Sync required, re-authenticate first',
  skipped: 'Skipped: the bulk sync was cancelled',
};

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * Memoised: a re-read of the portal (the waiting poll, a sync elsewhere) keeps every unchanged server's object
 * (React Query's structural sharing), so only the cards whose server changed render again. Rendering every card on each
 * poll was an 84–137 ms task for the demo portal's 7 cards at 4× CPU throttling, and more for a 40-server portal.
 */
export const ServerCard = memo(function ServerCard({ accountId, portalId, server, bulkState, bulkChanges }: ServerCardProps) {
  const headingId = useId();
  const sync = useSyncServer(accountId, server, 'card');
  const triage = triageServer(server);
  const { explanation } = presentStatus(server.status);
  const orphanNames = [
    ...orphanedOverrides(server.tools, server.updated_tools),
    ...orphanedOverrides(server.prompts, server.updated_prompts),
  ].map((override) => override.name);
  const bulkBusy = bulkState === 'queued' || bulkState === 'syncing';
  // The card's own sync just finished: it stays where it is, marked, so the result is easy to find.
  const outcome = sync.isError || (sync.isSuccess && isFailedSync(sync.data)) ? 'failed' : sync.isSuccess ? 'succeeded' : null;

  return (
    <Card
      aria-labelledby={headingId}
      aria-busy={sync.isPending || bulkState === 'syncing'}
      className={cn(outcome === 'succeeded' && 'ring-2 ring-success/60', outcome === 'failed' && 'ring-2 ring-danger/60')}
    >
      <CardHeader>
        <div className="flex items-start justify-between gap-3">
          <h3 id={headingId} dir="auto" className="line-clamp-3 text-base leading-tight font-semibold break-words" title={server.name}>
            {/* The detail page reads the same portal query, so it opens from the cache. */}
            <Link to={paths.server.getHref(accountId, portalId, server.id)} className="hover:underline">
              {server.name}
            </Link>
          </h3>
          <ServerStatusBadge status={server.status} />
        </div>
        <p className="flex items-center font-mono text-xs break-all text-muted-foreground">
          {server.id}
          <CopyButton value={server.id} label={`Copy id of ${server.name}`} />
        </p>
        <ServerHostname hostname={server.hostname} copyLabel={`Copy hostname of ${server.name}`} clamp />
      </CardHeader>
      <CardBody>
        {triage ? (
          <ProblemLine triage={triage} server={server} />
        ) : server.status === 'waiting' ? (
          <WaitingNote lastSynced={server.last_synced} />
        ) : (
          <p className="text-sm text-muted-foreground">{explanation}</p>
        )}
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-muted-foreground">Auth</dt>
          <dd>{presentAuthType(server.auth_type)}</dd>
          <dt className="text-muted-foreground">Capabilities</dt>
          <dd>
            {plural(server.tools.length, 'tool')} · {plural(server.prompts.length, 'prompt')}
          </dd>
          <dt className="text-muted-foreground">Last synced</dt>
          <dd>
            <RelativeTime value={server.last_synced} />
          </dd>
          <dt className="text-muted-foreground">Last successful sync</dt>
          <dd>
            <RelativeTime value={server.last_successful_sync} />
          </dd>
        </dl>
        <CardHistory accountId={accountId} portalId={portalId} serverId={server.id} status={server.status} />
        {orphanNames.length > 0 ? (
          <p className="text-sm text-warning">
            <span aria-hidden="true">! </span>
            Overrides for capabilities this server no longer has: {orphanNames.join(', ')}. Their aliases and
            toggles do nothing now.
          </p>
        ) : null}
        <ErrorDetailsDisclosure portalId={portalId} server={server} />
        <SyncOutcome
          serverName={server.name}
          pending={sync.isPending}
          result={sync.data}
          changes={sync.changes}
          error={sync.error}
          onDismiss={sync.reset}
          compact
        />
        {bulkChanges && !sync.changes ? (
          <p className="text-sm">
            <span className="font-medium">What the bulk sync changed:</span> {describeChanges(bulkChanges)}
          </p>
        ) : null}
      </CardBody>
      <CardFooter className="mt-auto flex-col items-stretch gap-2">
        {bulkState ? <p className="text-xs text-muted-foreground">{BULK_STATE_TEXT[bulkState]}</p> : null}
        <ServerActions accountId={accountId} portalId={portalId} server={server} sync={sync} bulkBusy={bulkBusy} />
      </CardFooter>
    </Card>
  );
});
