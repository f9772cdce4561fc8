import { describe, expect, it } from 'vitest';
import { formatAbsolute, formatClockTime, formatDuration, formatRelative } from '@/lib/format-time';

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [35_000, '35 s'],
    [60_000, '1 min'],
    [65_000, '1 min 5 s'],
    [5 * 60_000 + 7_000, '5 min'],
    [3_600_000, '1 h'],
    [3_600_000 + 10 * 60_000, '1 h 10 min'],
    [24 * 3_600_000, '1 d'],
    [(3 * 24 + 4) * 3_600_000 + 59 * 60_000, '3 d 4 h'],
  ])('%i ms → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('formatRelative', () => {
  const now = Date.UTC(2026, 11, 4, 12, 0, 0);
  const oracle = new Intl.RelativeTimeFormat('en', { numeric: 'auto', style: 'long' });
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 365 * 86_400],
    ['month', 30 * 86_400],
    ['week', 7 * 86_400],
    ['day', 86_400],
    ['hour', 3600],
    ['minute', 60],
    ['second', 1],
  ];

  it('says what Intl.RelativeTimeFormat says in English, for every unit from 10 seconds to 3 years back', () => {
    for (let seconds = 10; seconds < 3 * 365 * 86_400; seconds = Math.ceil(seconds * 1.07)) {
      const [unit, size] = units.find(([, unitSize]) => seconds >= unitSize) ?? units.at(-1)!;
      expect(formatRelative(new Date(now - seconds * 1000), now), `${seconds} s back`).toBe(oracle.format(-Math.trunc(seconds / size), unit));
    }
  });

  it('reads "just now" within 10 seconds, and for a time slightly ahead of the clock', () => {
    expect(formatRelative(new Date(now - 9_000), now)).toBe('just now');
    expect(formatRelative(new Date(now + 5_000), now)).toBe('just now');
  });
});

describe('formatAbsolute and formatClockTime', () => {
  // In the viewer's zone, as Intl's English medium styles write it; the zone as an offset from UTC.
  const english = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'medium' });
  const clock = new Intl.DateTimeFormat('en-US', { timeStyle: 'medium' });

  it('write a moment as Intl does in English, every hour of a day and across the months', () => {
    for (let step = 0; step < 24 * 40; step++) {
      const date = new Date(Date.UTC(2026, 0, 1, 0, 7, 9) + step * 9 * 3_600_000 + step * 61_000);
      const plain = (text: string) => text.replace(/\u202f/g, ' ');
      expect(formatClockTime(date)).toBe(plain(clock.format(date)));
      expect(formatAbsolute(date)).toMatch(new RegExp(`^${plain(english.format(date))} UTC([+−]\\d+(:\\d\\d)?)?$`));
    }
  });

  it('names the viewer\'s offset from UTC', () => {
    const at = (offsetMinutes: number) => Object.assign(new Date(Date.UTC(2026, 11, 4, 12)), { getTimezoneOffset: () => -offsetMinutes });
    expect(formatAbsolute(at(0))).toMatch(/ UTC$/);
    expect(formatAbsolute(at(60))).toMatch(/ UTC\+1$/);
    expect(formatAbsolute(at(-300))).toMatch(/ UTC−5$/);
    expect(formatAbsolute(at(330))).toMatch(/ UTC\+5:30$/);
  });
});
