import type { Portal } from '@/cloudflare-api/portal-schema';
import { cn } from '@/lib/cn';
import { describeAccountSummary, summarizeAccount } from '@/features/portals/portal-health';

/** The account in one line: how many portals need attention and what their servers need, or that all is well. */
export function AccountSummary({ portals }: { portals: readonly Portal[] }) {
  const summary = summarizeAccount(portals);
  const healthy = summary.portalsNeedingAttention === 0;
  return (
    <p
      className={cn(
        'flex items-start gap-2 rounded-xl border px-4 py-3 text-base font-medium',
        healthy ? 'border-success/30 bg-success-soft text-success' : 'border-danger/30 bg-danger-soft text-danger',
      )}
    >
      <span aria-hidden="true">{healthy ? '✓' : '!'}</span>
      <span>{describeAccountSummary(summary)}</span>
    </p>
  );
}
