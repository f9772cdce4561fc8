const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

// Built once: constructing an Intl formatter costs about a millisecond, and a 40-server page formats hundreds of times
// per render.
const relativeFormat = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto', style: 'long' });
const absoluteFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'long' });
const clockFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

export function parseTimestamp(value: string): Date | null {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * "3 minutes ago", "2 days ago", "just now". Everything we show happened in the
 * past; a time slightly ahead of the viewer's clock (skew, or a clock ticking
 * every 15 s) reads "just now", never "in 5 seconds".
 */
export function formatRelative(date: Date, now: number = Date.now()): string {
  const seconds = Math.round((date.getTime() - now) / 1000);
  if (seconds > -10) return 'just now';
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relativeFormat.format(Math.trunc(seconds / size), unit);
  }
  return 'just now';
}

/** Absolute time in the viewer's own time zone, with the zone named. */
export function formatAbsolute(date: Date): string {
  return absoluteFormat.format(date);
}

/** A moment later today, to the second: "2:16:22 PM". */
export function formatClockTime(date: Date): string {
  return clockFormat.format(date);
}

/** A short span for "waiting for …": "12 s", "1 min 5 s", "3 min", "2 h 10 min", "3 d 4 h". */
export function formatDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return seconds % 60 === 0 || minutes >= 5 ? `${minutes} min` : `${minutes} min ${seconds % 60} s`;
  const hours = Math.floor(minutes / 60);
  if (hours >= 24) return hours % 24 === 0 ? `${hours / 24} d` : `${Math.floor(hours / 24)} d ${hours % 24} h`;
  return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
}
