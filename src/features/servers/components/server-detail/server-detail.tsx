import { Alert, AlertTitle } from '@/components/alert';
import type { PortalServer } from '@/features/servers/api/server-schema';
import { isFailedSync } from '@/features/servers/api/sync-server';
import { useSyncServer } from '@/features/servers/api/use-sync-server';
import { SyncHistorySection } from '@/features/servers/components/server-detail/sync-history-section';
import { ErrorDetailsView } from '@/features/servers/components/error-details';
import { PromptsSection } from '@/features/servers/components/server-detail/prompts-section';
import { RawJson } from '@/features/servers/components/server-detail/raw-json';
import { ServerDetailHeader } from '@/features/servers/components/server-detail/server-detail-header';
import { ServerFacts } from '@/features/servers/components/server-detail/server-facts';
import { ToolsSection } from '@/features/servers/components/server-detail/tools-section';
import { SyncButton } from '@/features/servers/components/sync-button';
import { SyncOutcome } from '@/features/servers/components/sync-outcome';

interface ServerDetailProps {
  accountId: string;
  server: PortalServer;
}

export function ServerDetail({ accountId, server }: ServerDetailProps) {
  const sync = useSyncServer(accountId, server);
  // As on the card: a failed sync shows its own details, and the server's last error would repeat them.
  const syncFailureShown = sync.isSuccess && isFailedSync(sync.data);
  const hasServerError = Boolean(server.error || server.error_details);

  return (
    <div className="flex flex-col gap-6" aria-busy={sync.isPending}>
      <div className="flex flex-col gap-3">
        <ServerDetailHeader
          server={server}
          action={<SyncButton serverName={server.name} pending={sync.isPending} onSync={sync.sync} />}
        />
        <SyncOutcome serverName={server.name} pending={sync.isPending} result={sync.data} changes={sync.changes} error={sync.error} onDismiss={sync.reset} />
        {hasServerError && !syncFailureShown ? (
          <Alert tone="danger">
            <AlertTitle className="mb-1">Last sync error</AlertTitle>
            <ErrorDetailsView error={server.error} details={server.error_details} />
          </Alert>
        ) : null}
      </div>
      <ServerFacts server={server} />
      <SyncHistorySection accountId={accountId} serverId={server.id} />
      <ToolsSection server={server} />
      <PromptsSection server={server} />
      <RawJson server={server} />
    </div>
  );
}
