import type { ReactNode } from 'react';
import { CopyButton } from '@/components/copy-button';
import type { PortalServer } from '@/cloudflare-api/server-schema';
import { ServerHostname } from '@/features/servers/components/server-hostname';
import { ServerStatusBadge } from '@/features/servers/components/server-status-badge';
import { presentStatus } from '@/features/servers/server-status';

interface ServerDetailHeaderProps {
  server: PortalServer;
  /** The Sync button, wired by the page so the outcome and the last error can share its state. */
  action: ReactNode;
}

export function ServerDetailHeader({ server, action }: ServerDetailHeaderProps) {
  const { explanation } = presentStatus(server.status);
  return (
    <header className="flex flex-col gap-2">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex min-w-0 flex-col gap-1">
          <div className="flex flex-wrap items-center gap-3">
            <h1 dir="auto" className="text-2xl font-semibold tracking-tight wrap-anywhere">{server.name}</h1>
            <ServerStatusBadge status={server.status} />
          </div>
          <p className="flex flex-wrap items-center gap-x-3 font-mono text-sm break-all text-muted-foreground">
            <span className="inline-flex items-center">
              id {server.id}
              <CopyButton value={server.id} label="Copy server id" />
            </span>
          </p>
          <ServerHostname hostname={server.hostname} copyLabel="Copy hostname" />
        </div>
        {action}
      </div>
      <p className="max-w-3xl text-sm text-muted-foreground">{explanation}</p>
    </header>
  );
}
