import { CopyButton } from '@/components/copy-button';
import { ChangeStamp, Fact } from '@/components/fact-list';
import type { Portal } from '@/cloudflare-api/portal-schema';

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
    <header className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <h1 dir="auto" className="text-2xl font-semibold tracking-tight wrap-anywhere">{portal.name}</h1>
        <p className="flex flex-wrap items-center gap-x-3 font-mono text-sm break-all text-muted-foreground">
          <span className="inline-flex items-center">
            {portal.hostname}
            <CopyButton value={portal.hostname} label="Copy portal hostname" />
          </span>
          <span className="inline-flex items-center">
            id {portal.id}
            <CopyButton value={portal.id} label="Copy portal id" />
          </span>
        </p>
        {portal.description ? <p className="max-w-3xl break-words">{portal.description}</p> : null}
      </div>
      <dl className="grid grid-cols-1 gap-4 rounded-xl border border-border bg-card p-4 sm:grid-cols-2 lg:grid-cols-4">
        <Fact label="Code mode">{describeCodeMode(portal)}</Fact>
        <Fact label="Secure Web Gateway">{describeGateway(portal.secure_web_gateway)}</Fact>
        <Fact label="Created">
          <ChangeStamp at={portal.created_at} by={portal.created_by} />
        </Fact>
        <Fact label="Modified">
          <ChangeStamp at={portal.modified_at} by={portal.modified_by} />
        </Fact>
      </dl>
    </header>
  );
}
