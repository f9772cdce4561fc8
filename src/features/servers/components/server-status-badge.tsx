import { Badge } from '@/components/badge';
import type { PortalServer } from '@/cloudflare-api/server-schema';
import { presentStatus } from '@/features/servers/server-status';

export function ServerStatusBadge({ status }: { status: PortalServer['status'] }) {
  const { label, apiValue, tone, symbol } = presentStatus(status);
  return (
    <Badge tone={tone}>
      <span aria-hidden="true">{symbol}</span>
      <span>
        <span className="sr-only">Status: </span>
        {label}
        {/* Cloudflare's words first, the API's value beside them, so neither hides the other. */}
        {apiValue !== null && apiValue !== label ? (
          <>
            {' '}
            <span className="font-mono font-normal">({apiValue})</span>
          </>
        ) : null}
      </span>
    </Badge>
  );
}
