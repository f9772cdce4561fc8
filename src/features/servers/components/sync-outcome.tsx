import { Alert, AlertTitle } from '@/components/alert';
import { Button } from '@/components/button';
import type { ApiError } from '@/lib/api-error';
import { describeApiError } from '@/lib/describe-api-error';
import type { SyncResult } from '@/cloudflare-api/server-schema';
import { isFailedSync, syncResultKind } from '@/features/servers/api/sync-server';
import { ErrorDetailsView } from '@/features/servers/components/error-details';
import { describeChanges, type CapabilityChanges } from '@/features/servers/capability-diff';

interface SyncOutcomeProps {
  serverName: string;
  pending: boolean;
  result: SyncResult | undefined;
  /** What the sync changed in the tools and prompts, once the portal has been re-read. */
  changes: CapabilityChanges | null;
  error: ApiError | null;
  onDismiss: () => void;
  compact?: boolean;
}

/**
 * What the last sync did. Always rendered as a live region so screen readers
 * hear the start and the end of a sync.
 */
export function SyncOutcome({ serverName, pending, result, changes, error, onDismiss, compact = false }: SyncOutcomeProps) {
  return (
    <div role="status" aria-live="polite" className="empty:hidden">
      {pending ? (
        <p className="text-sm text-muted-foreground">Syncing {serverName}: Cloudflare is fetching its tools and prompts…</p>
      ) : error ? (
        <FailedRequest serverName={serverName} error={error} onDismiss={onDismiss} />
      ) : result ? (
        <Finished serverName={serverName} result={result} changes={changes} onDismiss={onDismiss} compact={compact} />
      ) : null}
    </div>
  );
}

interface FinishedProps {
  serverName: string;
  result: SyncResult;
  changes: CapabilityChanges | null;
  onDismiss: () => void;
  compact: boolean;
}

function Finished({ serverName, result, changes, onDismiss, compact }: FinishedProps) {
  if (syncResultKind(result) === 'needs-reauthentication') {
    // The steps stand beside this outcome (the server's next step); repeating them, or the API's message that says
    // the same, would only make the card longer. The cause is what is new.
    return (
      <Alert tone="warning">
        <OutcomeHeader title="Still Sync required: re-authenticate first" onDismiss={onDismiss} />
        <p>Cloudflare still could not fetch {serverName}&apos;s tools and prompts: a sync cannot renew an expired admin sign-in.</p>
        {result.error_details && !compact ? <ErrorDetailsView error={null} details={result.error_details} /> : null}
      </Alert>
    );
  }
  if (isFailedSync(result)) {
    return (
      <Alert tone="danger">
        <OutcomeHeader title="Sync failed" onDismiss={onDismiss} />
        {/* A card already leads with the problem and keeps the rest under "Error details": this says only that it is new. */}
        {compact ? (
          <p>Cloudflare answered with the error described above, just now.</p>
        ) : (
          <ErrorDetailsView error={result.error} details={result.error_details} />
        )}
      </Alert>
    );
  }
  const waiting = result.status === 'waiting';
  return (
    <Alert tone={waiting ? 'info' : 'success'}>
      <OutcomeHeader title={waiting ? 'Sync started' : 'Sync succeeded'} onDismiss={onDismiss} />
      <p>
        {waiting
          ? 'Cloudflare accepted the sync and is still fetching capabilities; the status updates when it settles.'
          : `Cloudflare fetched the server's capabilities${result.status ? ` (status: ${result.status})` : ''}. Counts and times below are fresh.`}
      </p>
      {changes ? (
        <p className="mt-1">
          <span className="font-medium">What changed:</span> {describeChanges(changes)}
        </p>
      ) : null}
    </Alert>
  );
}

function FailedRequest({ serverName, error, onDismiss }: { serverName: string; error: ApiError; onDismiss: () => void }) {
  const explanation = describeApiError(error, { kind: 'sync', serverName });
  return (
    <Alert tone="danger">
      <OutcomeHeader title={explanation.title} onDismiss={onDismiss} />
      <p>{explanation.meaning}</p>
      <p className="mt-1">{explanation.action}</p>
      {explanation.detail ? <p className="mt-1 font-mono text-xs break-words text-muted-foreground">{explanation.detail}</p> : null}
    </Alert>
  );
}

function OutcomeHeader({ title, onDismiss }: { title: string; onDismiss: () => void }) {
  return (
    <div className="mb-1 flex items-start justify-between gap-2">
      <AlertTitle>{title}</AlertTitle>
      <Button variant="ghost" size="sm" className="-mt-1 -mr-2 h-6 px-2 text-xs" onClick={onDismiss}>
        Dismiss
      </Button>
    </div>
  );
}
