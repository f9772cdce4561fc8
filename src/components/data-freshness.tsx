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
        {/* Both words in one cell, one hidden: the button keeps the wider one's width, so a background re-read moves
            nothing beside it (layout shift). The hidden word is no part of the button's name. */}
        <span className="grid">
          <span className={cn('col-start-1 row-start-1', refreshing && 'invisible')} aria-hidden={refreshing}>
            Refresh
          </span>
          <span className={cn('col-start-1 row-start-1', !refreshing && 'invisible')} aria-hidden={!refreshing}>
            Refreshing…
          </span>
        </span>
      </Button>
    </p>
  );
}
