import { Badge } from '@/components/badge';
import type { PortalServer } from '@/cloudflare-api/server-schema';
import { STATUS_TERMS, statusKeyOf, statusWord } from '@/cloudflare-api/server-health';

export function ServerStatusBadge({ status }: { status: PortalServer['status'] }) {
  const { tone, symbol } = STATUS_TERMS[statusKeyOf(status)];
  const label = statusWord(status);
  const apiValue = status ?? null;
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
