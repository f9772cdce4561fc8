import { Badge } from '@/components/badge';
import { STATUS_TERMS, type StatusKey } from '@/cloudflare-api/server-health';

/** "✕ 2 error", in the status's colour and with its symbol, so a count reads at a glance and never by colour alone. */
export function StatusCount({ status, count }: { status: StatusKey; count: number }) {
  const { label, tone, symbol } = STATUS_TERMS[status];
  return (
    <Badge tone={tone}>
      <span aria-hidden="true">{symbol}</span>
      {count} {label}
    </Badge>
  );
}
