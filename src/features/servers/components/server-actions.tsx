import { useQuery } from '@tanstack/react-query';
import { Button, buttonVariants } from '@/components/button';
import type { PortalServer } from '@/cloudflare-api/server-schema';
import { statusKeyOf } from '@/cloudflare-api/server-health';
import { clientConfigQuery } from '@/lib/client-config';
import { useNow } from '@/hooks/use-now';
import { useDemoControl, type DemoControl } from '@/features/servers/api/use-demo-control';
import type { useSyncServer } from '@/features/servers/api/use-sync-server';
import { CopyDiagnosticsButton } from '@/features/servers/components/copy-diagnostics-button';
import { isWaitingLong } from '@/features/servers/components/card/waiting-note';
import { SyncButton } from '@/features/servers/components/sync-button';
import { triageServer, type TriageAction } from '@/features/servers/triage';

/** Cloudflare One's dashboard. Cloudflare documents no deeper link (per account or per server) to where an admin signs in again. */
export const CLOUDFLARE_ONE_URL = 'https://one.dash.cloudflare.com/';

type NextStep = TriageAction | 'none';

/** The one next step for this server now: what its problem needs, a sync it has not had, or nothing (healthy). */
export function nextStepFor(server: PortalServer, now: number, { requestRetryable }: { requestRetryable: boolean }): NextStep {
  // This card's own sync request failed in a way worth repeating (no answer, a 5xx, rate limiting).
  if (requestRetryable) return 'retry';
  const triage = triageServer(server);
  if (triage) return triage.action;
  const key = statusKeyOf(server.status);
  if (key === 'not_synced') return 'sync';
  if (key === 'waiting' && isWaitingLong(server.last_synced, now)) return 'sync';
  return 'none';
}

interface ServerActionsProps {
  accountId: string;
  portalId: string;
  server: PortalServer;
  sync: ReturnType<typeof useSyncServer>;
  /** A bulk run holds this server: its own Sync waits. */
  bulkBusy?: boolean;
  /** A table row: the next step alone (a healthy server keeps its quiet Sync). */
  compact?: boolean;
  /** The server's own page, in the demo: a ready server offers to simulate an outage (and its alert). */
  outageControl?: boolean;
}

/**
 * A server's actions, the real next step first and in colour: Retry for a transient failure, Re-authenticate for a
 * sign-in problem (Sync beside it, second), Copy diagnostics where only the MCP server's owner can help, Sync for a
 * server that has not synced. A healthy server keeps a quiet Sync; a server Cloudflare is syncing, none until it is
 * overdue.
 */
export function ServerActions({ accountId, portalId, server, sync, bulkBusy = false, compact = false, outageControl = false }: ServerActionsProps) {
  const now = useNow();
  const demo = useQuery(clientConfigQuery).data?.mode === 'demo';
  const step = nextStepFor(server, now, { requestRetryable: sync.retry });
  const waiting = statusKeyOf(server.status) === 'waiting' && step === 'none';
  // A table row has room for the next step alone; Sync stays for what syncing can fix.
  const syncButton = waiting || (compact && (step === 'copy-diagnostics' || step === 'reauthenticate')) ? null : (
    <SyncButton
      serverName={server.name}
      pending={sync.isPending || bulkBusy}
      retry={step === 'retry'}
      afterReauthentication={step === 'reauthenticate'}
      variant={step === 'sync' || step === 'retry' ? 'primary' : step === 'none' ? 'ghost' : 'outline'}
      onSync={sync.sync}
    />
  );
  return (
    <div className={compact ? 'flex flex-wrap items-center justify-end gap-2' : 'flex w-full flex-wrap items-center justify-end gap-2'}>
      {compact ? null : (
        <div className="mr-auto flex flex-wrap items-center gap-1">
          {step !== 'copy-diagnostics' ? <CopyDiagnosticsButton accountId={accountId} portalId={portalId} server={server} /> : null}
          {demo && step === 'copy-diagnostics' ? <DemoControlButton accountId={accountId} server={server} control="fix" /> : null}
          {demo && outageControl && server.status === 'ready' ? <DemoControlButton accountId={accountId} server={server} control="break" /> : null}
        </div>
      )}
      {syncButton}
      {step === 'reauthenticate' ? (
        demo ? (
          <DemoControlButton accountId={accountId} server={server} control="authenticate" />
        ) : (
          <a
            href={CLOUDFLARE_ONE_URL}
            target="_blank"
            rel="noreferrer noopener"
            aria-label={`Re-authenticate ${server.name} in Cloudflare One (opens in a new tab)`}
            className={buttonVariants({ variant: 'primary', size: 'sm' })}
          >
            Re-authenticate in Cloudflare One
          </a>
        )
      ) : null}
      {step === 'copy-diagnostics' ? <CopyDiagnosticsButton accountId={accountId} portalId={portalId} server={server} variant="primary" /> : null}
    </div>
  );
}

const DEMO_CONTROL_TEXT = {
  authenticate: { text: 'Re-authenticate (simulated)', label: (name: string) => `Re-authenticate ${name} (simulated by the demo)` },
  fix: { text: "Simulate the owner's fix", label: (name: string) => `Simulate the fix of ${name} by its owner` },
  break: { text: 'Simulate an outage', label: (name: string) => `Simulate an outage of ${name} (demo)` },
} as const;

/** In the demo, what happens outside the dashboard (a sign-in, an owner's fix) is one click, so the story can go on. */
function DemoControlButton({ accountId, server, control }: { accountId: string; server: PortalServer; control: DemoControl }) {
  const mutation = useDemoControl(accountId, server.id);
  const { text, label } = DEMO_CONTROL_TEXT[control];
  return (
    <>
      <Button
        size="sm"
        variant={control === 'authenticate' ? 'primary' : 'ghost'}
        aria-label={label(server.name)}
        disabled={mutation.isPending}
        onClick={() => mutation.mutate(control)}
      >
        {text}
      </Button>
      {mutation.error ? (
        <p role="alert" className="w-full text-xs text-danger">
          {mutation.error.message}
        </p>
      ) : null}
    </>
  );
}
