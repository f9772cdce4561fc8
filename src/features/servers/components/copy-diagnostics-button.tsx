import { CopyButton } from '@/components/copy-button';
import type { PortalServer } from '@/cloudflare-api/server-schema';
import { formatDiagnostics, serverDiagnostics } from '@/features/servers/diagnostics';

interface CopyDiagnosticsButtonProps {
  accountId: string;
  portalId: string;
  server: PortalServer;
  /** Primary where only the MCP server's owner can help, so sending them the diagnostics is the next step. */
  variant?: 'ghost' | 'primary';
}

/** Copies the server's diagnostics JSON, captured at the moment of the click. */
export function CopyDiagnosticsButton({ accountId, portalId, server, variant = 'ghost' }: CopyDiagnosticsButtonProps) {
  return (
    <CopyButton
      text="Copy diagnostics"
      variant={variant}
      label={`Copy diagnostics of ${server.name}`}
      value={() => formatDiagnostics(serverDiagnostics(server, { accountId, portalId, capturedAt: new Date() }))}
    />
  );
}
