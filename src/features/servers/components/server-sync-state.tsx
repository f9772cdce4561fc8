import { Alert, AlertTitle } from '@/components/alert';
import type { PortalServer } from '@/cloudflare-api/server-schema';
import { isFailedSync } from '@/features/servers/api/sync-server';
import type { useSyncServer } from '@/features/servers/api/use-sync-server';
import { ErrorDetailsView } from '@/features/servers/components/error-details';
import { SyncOutcome } from '@/features/servers/components/sync-outcome';

interface ServerSyncStateProps {
  server: PortalServer;
  sync: ReturnType<typeof useSyncServer>;
}

/** The server page's last error, whole, and the outcome of the sync started there. */
export function ServerSyncState({ server, sync }: ServerSyncStateProps) {
  // A failed sync shows its own details; repeating the server's (identical) last error beside them adds nothing.
  const syncFailureShown = sync.isSuccess && isFailedSync(sync.data);
  const hasServerError = Boolean(server.error || server.error_details);
  return (
    <>
      {hasServerError && !syncFailureShown ? (
        <Alert tone="danger">
          <AlertTitle className="mb-1">Last sync error</AlertTitle>
          <ErrorDetailsView error={server.error} details={server.error_details} />
        </Alert>
      ) : null}
      <SyncOutcome
        serverName={server.name}
        pending={sync.isPending}
        result={sync.data}
        changes={sync.changes}
        error={sync.error}
        onDismiss={sync.reset}
      />
    </>
  );
}
