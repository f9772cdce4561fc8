import { describe, expect, it } from 'vitest';
import { formatDuration } from '@/lib/format-time';

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
