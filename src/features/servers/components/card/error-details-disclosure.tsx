import type { PortalServer } from '@/cloudflare-api/server-schema';
import { useRememberedOpen } from '@/features/servers/remembered-disclosures';
import { ErrorDetailsView } from '@/features/servers/components/error-details';

interface ErrorDetailsDisclosureProps {
  portalId: string;
  server: PortalServer;
}

/** Everything else Cloudflare said about the failure (message, codes, HTTP status, retry advice), one click away. */
export function ErrorDetailsDisclosure({ portalId, server }: ErrorDetailsDisclosureProps) {
  const [open, setOpen] = useRememberedOpen(`${portalId}/${server.id}/error-details`);
  if (!server.error && !server.error_details) return null;
  return (
    <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)} className="text-sm">
      <summary className="w-fit cursor-pointer text-muted-foreground hover:text-foreground">Error details</summary>
      <div className="mt-2 rounded-md border border-danger/30 bg-danger-soft p-3">
        <ErrorDetailsView error={server.error} details={server.error_details} />
      </div>
    </details>
  );
}
