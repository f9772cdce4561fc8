import type { StatusTone } from '@/cloudflare-api/server-health';
import { statusWord } from '@/cloudflare-api/server-health';
import type { StripSegment } from '@/lib/cloudflare/contract';
import { cn } from '@/lib/cn';
import { formatAbsolute } from '@/lib/format-time';
import { describeStrip, formatPercent, sliceTone } from '@/features/servers/history/strip-summary';

const TONE_CLASSES: Record<StatusTone, string> = {
  success: 'bg-success',
  warning: 'bg-warning',
  danger: 'bg-danger',
  info: 'bg-info',
  neutral: 'bg-muted-foreground/60',
};

/** Not observed: an outline, not a colour, so it never reads as a state. */
const UNOBSERVED = 'border border-dashed border-muted-foreground/50 bg-transparent';

function sliceTitle(segment: StripSegment): string {
  const when = `${formatAbsolute(new Date(segment.start))} – ${formatAbsolute(new Date(segment.end))}`;
  if (sliceTone(segment) === null) return `${when}: not observed`;
  const ready = segment.observed_ms === 0 ? '' : `, ready ${formatPercent((segment.ready_ms / segment.observed_ms) * 100)} of the time observed`;
  return `${when}: worst ${statusWord(segment.worst)}${ready}`;
}

/**
 * A row of slices, oldest on the left, each coloured by the worst status seen in it. One image to assistive
 * technology, named by the same facts in words; hovering a slice tells its time and state.
 */
export function HistoryStrip({ label, segments, size = 'md' }: { label: string; segments: readonly StripSegment[]; size?: 'sm' | 'md' }) {
  return (
    <div role="img" aria-label={describeStrip(label, segments)} className={cn('flex w-full gap-px', size === 'sm' ? 'h-2.5' : 'h-8')}>
      {segments.map((segment) => {
        const tone = sliceTone(segment);
        return (
          <span
            key={segment.start}
            title={sliceTitle(segment)}
            className={cn('min-w-0 flex-1', size === 'sm' ? 'rounded-[1px]' : 'rounded-xs', tone === null ? UNOBSERVED : TONE_CLASSES[tone])}
          />
        );
      })}
    </div>
  );
}
