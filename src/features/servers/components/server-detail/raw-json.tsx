import { CopyButton } from '@/components/copy-button';
import type { PortalServer } from '@/cloudflare-api/server-schema';

/** For bug reports and API spelunking: the server exactly as this page received it, as text. */
export function RawJson({ server }: { server: PortalServer }) {
  const json = JSON.stringify(server, null, 2);
  return (
    <details className="group rounded-xl border border-border bg-card">
      <summary className="cursor-pointer px-4 py-3 text-sm font-medium select-none hover:bg-muted/50">Raw JSON from the API</summary>
      <div className="flex flex-col gap-2 border-t border-border p-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="text-xs text-muted-foreground">As read from the portal, after validation: fields this dashboard does not use are left out.</p>
          <CopyButton value={json} label="Copy JSON" />
        </div>
        <pre className="max-h-[32rem] overflow-auto rounded-md bg-muted p-3 font-mono text-xs leading-relaxed">{json}</pre>
      </div>
    </details>
  );
}
