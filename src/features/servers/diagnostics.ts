import type { PortalServer } from '@/cloudflare-api/server-schema';
import { presentStatus } from '@/features/servers/server-status';
import { needsReauthentication } from '@/cloudflare-api/server-health';
import { triageServer } from '@/features/servers/triage';
import { triageNextStep } from '@/features/servers/triage-steps';

interface DiagnosticsContext {
  accountId: string;
  portalId: string;
  capturedAt: Date;
  version?: string;
}

/**
 * What a support ticket needs about one server, as the dashboard saw it. Fields are picked one by one, never spread
 * from the API's object, so nothing else (and never a credential, which only the proxy holds) can slip in.
 */
export function serverDiagnostics(server: PortalServer, { accountId, portalId, capturedAt, version = __DASHBOARD_VERSION__ }: DiagnosticsContext) {
  const triage = triageServer(server);
  return {
    captured_at: capturedAt.toISOString(),
    dashboard_version: version,
    account_id: accountId,
    portal_id: portalId,
    server_id: server.id,
    name: server.name,
    hostname: server.hostname,
    auth_type: server.auth_type,
    status: server.status ?? null,
    // Cloudflare's name for the status ("Sync required" for stale), so a ticket reads as the admin's dashboard does.
    status_label: presentStatus(server.status).label,
    authentication_status: server.authentication_status ?? null,
    needs_reauthentication: needsReauthentication(server),
    next_step: triage ? triageNextStep(triage, server) : null,
    error: server.error ?? null,
    error_details: server.error_details ?? null,
    last_synced: server.last_synced ?? null,
    last_successful_sync: server.last_successful_sync ?? null,
  };
}

/** Pretty JSON, ready to paste into a ticket. */
export function formatDiagnostics(diagnostics: ReturnType<typeof serverDiagnostics>): string {
  return `${JSON.stringify(diagnostics, null, 2)}\n`;
}
