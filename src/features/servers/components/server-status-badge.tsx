import { Badge } from '@/components/badge';
import type { PortalServer } from '@/features/servers/api/server-schema';
import { presentStatus } from '@/features/servers/server-status';

export function ServerStatusBadge({ status }: { status: PortalServer['status'] }) {
  const { label, tone, symbol } = presentStatus(status);
  return (
    <Badge tone={tone}>
      <span aria-hidden="true">{symbol}</span>
      <span>
        <span className="sr-only">Status: </span>
        {label}
      </span>
    </Badge>
  );
}
