import { Button } from '@/components/button';
import { RelativeTime } from '@/components/relative-time';
import { cn } from '@/lib/cn';

interface DataFreshnessProps {
  /** When the data on screen arrived (epoch ms, as React Query's `dataUpdatedAt`). */
  updatedAt: number;
  refreshing: boolean;
  onRefresh: () => void;
  className?: string;
}

/** "Updated 12 s ago · Refresh": how old the page's data is, and a way to fetch it again. */
export function DataFreshness({ updatedAt, refreshing, onRefresh, className }: DataFreshnessProps) {
  return (
    <p className={cn('flex items-center gap-2 text-sm text-muted-foreground', className)}>
      {/* Short, so it fits beside a heading on a phone. */}
      <span>
        Updated <RelativeTime value={new Date(updatedAt).toISOString()} />
      </span>
      <Button size="sm" variant="ghost" className="px-2 sm:px-3" onClick={onRefresh} disabled={refreshing}>
        {refreshing ? 'Refreshing…' : 'Refresh'}
      </Button>
    </p>
  );
}
