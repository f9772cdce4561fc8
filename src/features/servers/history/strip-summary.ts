import { STATUS_KEYS, STATUS_TERMS, statusKeyOf, statusWord, type StatusTone } from '@/cloudflare-api/server-health';
import type { HistoryWindow, StripSegment } from '@/lib/cloudflare/contract';

export const WINDOW_LABELS: Record<HistoryWindow, string> = {
  '24h': 'Last 24 hours',
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
};

/** "99.7%": cut, never rounded up, so a server that failed for a minute never reads 100%. */
export function formatPercent(percent: number): string {
  return `${Math.floor(percent * 10) / 10}%`;
}

/** Time ready ÷ time observed over the slices; null when the monitor observed none of it. */
export function availabilityOf(segments: readonly StripSegment[]): number | null {
  let observed = 0;
  let ready = 0;
  for (const segment of segments) {
    observed += segment.observed_ms;
    ready += segment.ready_ms;
  }
  return observed === 0 ? null : (ready / observed) * 100;
}

/** A slice's colour: the tone of the worst status seen in it; `null` when the monitor saw nothing. */
export function sliceTone(segment: StripSegment): StatusTone | null {
  if (segment.worst === null && segment.observed_ms === 0) return null;
  return STATUS_TERMS[statusKeyOf(segment.worst)].tone;
}

const HOUR = 3_600_000;
/** Health order: the first is the worst. */
const rank = (status: string | null) => STATUS_KEYS.indexOf(statusKeyOf(status));

function sliceLength(segments: readonly StripSegment[]): string {
  const first = segments[0];
  const hours = first ? Math.round((Date.parse(first.end) - Date.parse(first.start)) / HOUR) : 0;
  if (hours === 1) return 'one-hour';
  if (hours === 24) return 'one-day';
  return `${hours}-hour`;
}

/**
 * The strip in words, for screen readers and anyone who cannot tell the colours apart: availability, how many slices
 * had a problem and the worst of them, and how much of the window nobody observed.
 */
export function describeStrip(label: string, segments: readonly StripSegment[]): string {
  const percent = availabilityOf(segments);
  if (percent === null) return `${label}: not observed by the monitor.`;
  const problems = segments.filter((segment) => segment.worst !== null && segment.worst !== 'ready');
  const unobserved = segments.filter((segment) => sliceTone(segment) === null).length;
  const size = sliceLength(segments);
  const parts = [`${label}: ready ${formatPercent(percent)} of the observed time`];
  if (problems.length === 0) parts.push(`no problems in any of the ${segments.length} ${size} slices`);
  else {
    const worst = problems.map((segment) => segment.worst).sort((a, b) => rank(a) - rank(b))[0] ?? null;
    parts.push(`problems in ${problems.length} of ${segments.length} ${size} slices, the worst ${statusWord(worst)}`);
  }
  if (unobserved > 0) parts.push(`not observed in ${unobserved}`);
  return `${parts.join('; ')}.`;
}
