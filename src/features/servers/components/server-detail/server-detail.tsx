import type { PortalServer } from '@/cloudflare-api/server-schema';
import { useSyncServer } from '@/features/servers/api/use-sync-server';
import { TriageNote } from '@/features/servers/components/triage-note';
import { ServerSyncState } from '@/features/servers/components/server-sync-state';
import { ServerSyncHistory } from '@/features/servers/history/sync-audit-section';
import { StatusHistorySection } from '@/features/servers/history/status-history-section';
import { ServerAlertsSection } from '@/features/servers/alerts/server-alerts-section';
import { PromptsSection } from '@/features/servers/components/server-detail/prompts-section';
import { RawJson } from '@/features/servers/components/server-detail/raw-json';
import { BlastRadiusSection } from '@/features/servers/blast-radius/blast-radius-section';
import { ServerActions } from '@/features/servers/components/server-actions';
import { ServerDetailHeader } from '@/features/servers/components/server-detail/server-detail-header';
import { OAuthSection } from '@/features/servers/components/server-detail/oauth-section';
import { ServerFacts } from '@/features/servers/components/server-detail/server-facts';
import { ToolsSection } from '@/features/servers/components/server-detail/tools-section';

interface ServerDetailProps {
  accountId: string;
  portalId: string;
  portalHostname: string;
  server: PortalServer;
}

export function ServerDetail({ accountId, portalId, portalHostname, server }: ServerDetailProps) {
  const sync = useSyncServer(accountId, server, 'server-page');

  return (
    <div className="flex flex-col gap-6" aria-busy={sync.isPending}>
      <div className="flex flex-col gap-3">
        <ServerDetailHeader
          server={server}
          action={
            <div className="w-full sm:w-auto">
              <ServerActions accountId={accountId} portalId={portalId} server={server} sync={sync} outageControl />
            </div>
          }
        />
        <TriageNote server={server} />
        <ServerSyncState server={server} sync={sync} />
      </div>
      <ServerFacts server={server} />
      {server.auth_type === 'oauth' ? <OAuthSection accountId={accountId} portalId={portalId} portalHostname={portalHostname} server={server} /> : null}
      <BlastRadiusSection accountId={accountId} server={server} />
      <StatusHistorySection accountId={accountId} portalId={portalId} serverId={server.id} />
      <ServerSyncHistory accountId={accountId} portalId={portalId} serverId={server.id} />
      <ServerAlertsSection accountId={accountId} serverId={server.id} />
      <ToolsSection server={server} />
      <PromptsSection server={server} />
      <RawJson server={server} />
    </div>
  );
}
