import type { ReactNode } from 'react';
import { RelativeTime } from '@/components/relative-time';
import { cn } from '@/lib/cn';

/** One labelled value in a `<dl>` of facts (portal header, server details). */
export function Fact({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  return (
    <div className={cn('flex flex-col gap-0.5', className)}>
      <dt className="text-xs font-medium tracking-wide text-muted-foreground uppercase">{label}</dt>
      <dd className="text-sm break-words">{children}</dd>
    </div>
  );
}

/** "3 days ago by marcus@…" for created/modified pairs, either half possibly missing. */
export function ChangeStamp({ at, by }: { at: string | null | undefined; by: string | null | undefined }) {
  if (!at && !by) return <span className="text-muted-foreground">unknown</span>;
  return (
    <>
      <RelativeTime value={at} fallback="at an unknown time" />
      {by ? <span className="[overflow-wrap:anywhere]"> by {by}</span> : null}
    </>
  );
}
