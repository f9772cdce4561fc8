import { CopyButton } from '@/components/copy-button';
import { ChangeStamp, Fact } from '@/components/fact-list';
import type { Portal } from '@/cloudflare-api/portal-schema';
import { portalHealth } from '@/features/portals/portal-health';

const CODE_MODE_LABELS: Record<string, string> = {
  off: 'Off: Code Mode is unavailable',
  opt_in: 'Opt-in: off unless a client asks for it',
  default_on: 'On by default: clients may opt out',
  enforced: 'Enforced: always on',
};

function describeCodeMode(portal: Portal): string {
  if (portal.code_mode) return CODE_MODE_LABELS[portal.code_mode] ?? portal.code_mode;
  // `allow_code_mode` is the deprecated boolean Cloudflare still sends for older portals.
  if (portal.allow_code_mode === true) return 'Allowed (legacy setting)';
  if (portal.allow_code_mode === false) return 'Off';
  return 'Not set';
}

function describeGateway(enabled: boolean | null | undefined): string {
  return enabled ? 'On: outbound MCP traffic goes through Secure Web Gateway' : 'Off';
}

export function PortalHeader({ portal }: { portal: Portal }) {
  return (
    <header className="flex flex-col gap-2">
      <h1 dir="auto" className="text-2xl font-semibold tracking-tight wrap-anywhere">{portal.name}</h1>
      <PortalHeadline portal={portal} />
      <p className="flex items-center font-mono text-sm break-all text-muted-foreground">
        {portal.hostname}
        <CopyButton value={portal.hostname} label="Copy portal hostname" />
      </p>
      {/* Settings and history matter less often than the servers' health: one click away, so the servers come first. */}
      <details className="group/details rounded-lg border border-border bg-card text-sm">
        <summary className="cursor-pointer list-none px-3 py-2 text-muted-foreground hover:text-foreground [&::-webkit-details-marker]:hidden">
          <span aria-hidden="true" className="mr-1 inline-block transition-transform group-open/details:rotate-90">›</span>
          Portal details
          <span className="hidden sm:inline">: description, id, Code Mode, Secure Web Gateway, created and modified</span>
        </summary>
        <div className="flex flex-col gap-3 border-t border-border p-3">
          {portal.description ? <p className="max-w-3xl break-words">{portal.description}</p> : null}
          <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-5">
            <Fact label="Portal id">
              <span className="inline-flex items-center font-mono">
                {portal.id}
                <CopyButton value={portal.id} label="Copy portal id" />
              </span>
            </Fact>
            <Fact label="Code mode">{describeCodeMode(portal)}</Fact>
            <Fact label="Secure Web Gateway">{describeGateway(portal.secure_web_gateway)}</Fact>
            <Fact label="Created">
              <ChangeStamp at={portal.created_at} by={portal.created_by} />
            </Fact>
            <Fact label="Modified">
              <ChangeStamp at={portal.modified_at} by={portal.modified_by} />
            </Fact>
          </dl>
        </div>
      </details>
    </header>
  );
}

/** "3 of 7 servers need attention", in the colour of the worst of them, or that all is well. */
function PortalHeadline({ portal }: { portal: Portal }) {
  const { attention, total, counts } = portalHealth(portal);
  if (total === 0) return null;
  const waiting = counts.waiting > 0 ? ` · ${counts.waiting} waiting` : '';
  if (attention === 0) {
    return (
      <p className="text-base font-medium text-success">
        <span aria-hidden="true">✓ </span>
        {total === 1 ? 'The server is healthy' : `All ${total} servers are healthy`}
        {waiting}
      </p>
    );
  }
  return (
    <p className="text-base font-medium text-danger">
      <span aria-hidden="true">! </span>
      {attention} of {total} server{total === 1 ? '' : 's'} need{attention === 1 ? 's' : ''} attention
      {waiting}
    </p>
  );
}
