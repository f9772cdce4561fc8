import { useId } from 'react';
import { Alert, AlertTitle } from '@/components/alert';
import { Button } from '@/components/button';
import { Spinner } from '@/components/spinner';
import type { PortalServer } from '@/cloudflare-api/server-schema';
import { bulkButtonLabel, selectServers, type BulkSelection } from '@/features/servers/bulk-sync/bulk-selection';
import { MAX_SYNCS_IN_FLIGHT } from '@/features/servers/bulk-sync/bulk-sync-limits';
import { RateLimitNotice } from '@/features/servers/components/rate-limit-notice';
import { useSyncsWaiting } from '@/features/servers/api/rate-limit-gate';
import { countStates, type BulkRun } from '@/features/servers/bulk-sync/use-bulk-sync';
import { BulkChangesSummary } from '@/features/servers/bulk-sync/bulk-changes-summary';
import { reauthenticatePath } from '@/features/servers/server-status';
import { needsReauthentication } from '@/cloudflare-api/server-health';

interface BulkSyncBarProps {
  /** The servers the page shows: a filter narrows what the bulk actions include. */
  servers: PortalServer[];
  /** Whether a filter hides some of the portal's servers. */
  filtered: boolean;
  /** Every readable server of the portal, for what a finished run changed. */
  allServers: PortalServer[];
  run: BulkRun | null;
  onStart: (selection: BulkSelection, servers: PortalServer[]) => void;
  onCancel: () => void;
  onDismiss: () => void;
}

const SELECTIONS: BulkSelection[] = ['all', 'failing', 'retryable'];

export function BulkSyncBar({ servers, filtered, allServers, run, onStart, onCancel, onDismiss }: BulkSyncBarProps) {
  const progressId = useId();
  const busy = run !== null && run.phase !== 'done';
  const counts = run ? countStates(run) : null;
  const finished = counts ? counts.succeeded + counts.failed + counts['needs-reauthentication'] + counts.skipped : 0;
  const awaitingSignIn = servers.filter(needsReauthentication).length;
  // Workers held back by a 429 have nothing in flight; saying so keeps the progress line honest.
  const waiting = Math.min(useSyncsWaiting(), counts?.syncing ?? 0);
  const inFlight = (counts?.syncing ?? 0) - waiting;

  return (
    <section aria-label="Bulk sync" className="flex flex-col gap-2 rounded-xl border border-border bg-card p-3 sm:gap-3 sm:p-4">
      <div className="flex flex-wrap items-center gap-1.5 sm:gap-2">
        {SELECTIONS.map((selection) => {
          const selected = selectServers(servers, selection);
          // A narrower action with nothing in it is noise; Sync all stays, so the bar never jumps.
          if (selection !== 'all' && selected.length === 0) return null;
          return (
            <Button
              key={selection}
              size="sm"
              // Small enough on a phone for all three to share a row.
              className="px-2 text-xs sm:px-3 sm:text-sm"
              variant={selection === 'all' ? 'primary' : 'outline'}
              disabled={busy || selected.length === 0}
              onClick={() => onStart(selection, selected)}
            >
              {bulkButtonLabel(selection, selected, { filtered })}
            </Button>
          );
        })}
        <p className="hidden text-xs text-muted-foreground sm:block">At most {MAX_SYNCS_IN_FLIGHT} syncs run at once.</p>
      </div>
      {awaitingSignIn > 0 ? (
        <p className="text-sm">
          <span className="font-semibold">
            {awaitingSignIn === 1 ? '1 server needs' : `${awaitingSignIn} servers need`} re-authentication first
          </span>
          , so only Sync all includes {awaitingSignIn === 1 ? 'it' : 'them'}: syncing alone will not fix {awaitingSignIn === 1 ? 'it' : 'them'}.
        </p>
      ) : null}

      <RateLimitNotice />
      <div role="status" aria-live="polite">
        {run && counts && busy ? (
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <Spinner />
            <label htmlFor={progressId} className="font-medium">
              {run.phase === 'cancelling' ? 'Cancelling: finishing the syncs already under way…' : `Syncing ${run.total === 1 ? '1 server' : `${run.total} servers`}:`}
            </label>
            <progress id={progressId} max={run.total} value={finished} className="h-2 w-48 accent-primary" />
            <span>
              {finished} / {run.total} done · {inFlight} in flight
              {waiting > 0 ? ` · ${waiting} waiting for the rate limit` : null}
            </span>
            {run.phase === 'running' ? (
              <Button size="sm" onClick={onCancel}>
                Cancel
              </Button>
            ) : null}
          </div>
        ) : null}
        {run && counts && run.phase === 'done' ? (
          <Alert tone={counts.failed > 0 || counts['needs-reauthentication'] > 0 ? 'warning' : 'success'}>
            <div className="flex items-start justify-between gap-2">
              <AlertTitle>
                Bulk sync of {run.total === 1 ? '1 server' : `${run.total} servers`} finished: {counts.succeeded} succeeded, {counts.failed} failed,{' '}
                {counts['needs-reauthentication'] > 0 ? `${counts['needs-reauthentication']} need re-authentication, ` : null}
                {counts.skipped} skipped
              </AlertTitle>
              <Button variant="ghost" size="sm" className="h-6 px-2 text-xs" onClick={onDismiss}>
                Dismiss
              </Button>
            </div>
            {counts.skipped > 0 ? <p className="mt-1">Skipped servers were not synced because the run was cancelled.</p> : null}
            {run.failures.length > 0 ? (
              <>
                <p className="mt-2 font-semibold">Failed ({run.failures.length}):</p>
                <ul aria-label="Failed syncs" className="list-disc pl-5">
                  {run.failures.map((failure) => (
                    <li key={failure.serverId} className="break-words">
                      <span className="font-medium">{failure.name}</span>: {failure.reason}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {run.needsReauthentication.length > 0 ? (
              <>
                <p className="mt-2 font-semibold">Need re-authentication ({run.needsReauthentication.length}):</p>
                <p>
                  Still Sync required: their admin sign-in expired or was revoked, and syncing cannot renew it. Re-authenticate
                  each in Cloudflare One ({reauthenticatePath('the server')}), then sync it.
                </p>
                <ul aria-label="Servers that need re-authentication" className="list-disc pl-5">
                  {run.needsReauthentication.map((server) => (
                    <li key={server.serverId} className="break-words">
                      <span className="font-medium">{server.name}</span>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {counts.succeeded > 0 ? <BulkChangesSummary run={run} servers={allServers} /> : null}
          </Alert>
        ) : null}
      </div>
    </section>
  );
}
