import { useId } from 'react';
import { useNow } from '@/hooks/use-now';
import { formatAbsolute, formatRelative, parseTimestamp } from '@/lib/format-time';

interface RelativeTimeProps {
  value: string | null | undefined;
  /** Shown when there is no timestamp. */
  fallback?: string;
}

/** "3 minutes ago", with the exact time in the viewer's zone on hover and keyboard focus. */
export function RelativeTime({ value, fallback = 'never' }: RelativeTimeProps) {
  const now = useNow();
  const tooltipId = useId();
  if (!value) return <span className="text-muted-foreground">{fallback}</span>;
  const date = parseTimestamp(value);
  // An unparseable timestamp is still information: show it as received.
  if (!date) return <span>{value}</span>;
  const label = formatRelative(date, now);
  return (
    <span className="group relative inline-block">
      <time
        dateTime={date.toISOString()}
        tabIndex={0}
        aria-describedby={tooltipId}
        className="cursor-help rounded-sm underline decoration-dotted decoration-muted-foreground/60 underline-offset-2"
      >
        {label}
      </time>
      <span
        id={tooltipId}
        role="tooltip"
        className="pointer-events-none absolute bottom-full left-0 z-20 mb-1 hidden w-max max-w-64 rounded-md bg-foreground px-2 py-1 text-xs font-normal text-background shadow-md group-focus-within:block group-hover:block"
      >
        {formatAbsolute(date)}
      </span>
    </span>
  );
}
