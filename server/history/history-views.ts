import {
  STATUS_KEYS,
  statusKeyOf,
  type Availability,
  type HistoryWindow,
  type StripSegment,
} from '../../src/lib/cloudflare/contract.ts';

/** A span as the views need it: epoch ms, `endedAt` null while it lasts. */
export interface SpanTimes {
  status: string | null;
  startedAt: number;
  lastSeenAt: number;
  endedAt: number | null;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Each window's length and how many slices its strip has. */
export const WINDOWS: Record<HistoryWindow, { lengthMs: number; slices: number }> = {
  '24h': { lengthMs: DAY, slices: 24 },
  '7d': { lengthMs: 7 * DAY, slices: 28 },
  '30d': { lengthMs: 30 * DAY, slices: 30 },
};

/**
 * The time a span stands for: until it ended, or (while open) until the latest sighting. Time after the last sweep is
 * not counted yet: nobody looked.
 */
function spanEnd(span: SpanTimes): number {
  return span.endedAt ?? span.lastSeenAt;
}

const overlap = (span: SpanTimes, from: number, to: number) => Math.max(0, Math.min(spanEnd(span), to) - Math.max(span.startedAt, from));

const rank = (status: string | null) => STATUS_KEYS.indexOf(statusKeyOf(status));

function segment(spans: readonly SpanTimes[], from: number, to: number): StripSegment {
  let observed = 0;
  let ready = 0;
  let worst: string | null = null;
  for (const span of spans) {
    const time = overlap(span, from, to);
    // A span that touches the slice only at an instant (a sync seen at its edge) still says what happened in it.
    if (time === 0 && !(span.startedAt >= from && span.startedAt < to)) continue;
    observed += time;
    if (span.status === 'ready') ready += time;
    if (worst === null || rank(span.status) < rank(worst)) worst = span.status ?? 'not_synced';
  }
  return { start: new Date(from).toISOString(), end: new Date(to).toISOString(), worst, observed_ms: observed, ready_ms: ready };
}

/**
 * Availability over a window: time `ready` ÷ time observed. `waiting`, Sync required, errors and unknown states count
 * against it; time the monitor was not running counts neither way.
 */
export function availability(spans: readonly SpanTimes[], window: HistoryWindow, now: number): Availability {
  const { lengthMs, slices } = WINDOWS[window];
  const from = now - lengthMs;
  const size = lengthMs / slices;
  const segments = Array.from({ length: slices }, (_unused, index) => segment(spans, from + index * size, from + (index + 1) * size));
  const observed = segments.reduce((sum, part) => sum + part.observed_ms, 0);
  const ready = segments.reduce((sum, part) => sum + part.ready_ms, 0);
  return {
    window,
    observed_ms: observed,
    ready_ms: ready,
    percent: observed === 0 ? null : Math.round((ready / observed) * 1000) / 10,
    segments,
  };
}

/** Spans oldest first. When the server last left `ready` and has not returned; null when it is ready now. */
export function failingSince(spansOldestFirst: readonly SpanTimes[]): number | null {
  const last = spansOldestFirst.at(-1);
  if (last === undefined || last.endedAt !== null || last.status === 'ready') return null;
  let since = last.startedAt;
  for (let index = spansOldestFirst.length - 2; index >= 0; index--) {
    const span = spansOldestFirst[index];
    if (span === undefined || span.status === 'ready') break;
    since = span.startedAt;
  }
  return since;
}

/** How many times the server went from `ready` to anything else since `from` (spans oldest first). */
export function flapsSince(spansOldestFirst: readonly SpanTimes[], from: number): number {
  let flaps = 0;
  for (let index = 1; index < spansOldestFirst.length; index++) {
    const before = spansOldestFirst[index - 1];
    const after = spansOldestFirst[index];
    if (before === undefined || after === undefined || after.startedAt < from) continue;
    if (before.status === 'ready' && after.status !== 'ready') flaps += 1;
  }
  return flaps;
}

export const SEVEN_DAYS_MS = 7 * DAY;
