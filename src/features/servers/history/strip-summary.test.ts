import { describe, expect, it } from 'vitest';
import type { StripSegment } from '@/lib/cloudflare/contract';
import { availabilityOf, describeStrip, formatPercent, sliceTone } from '@/features/servers/history/strip-summary';

const HOUR = 3_600_000;
const START = Date.parse('2026-12-01T00:00:00Z');

/** A six-hour slice: `ready` hours of `observed`, the worst status seen. */
function slice(index: number, worst: string | null, observedHours: number, readyHours = worst === 'ready' ? observedHours : 0): StripSegment {
  return {
    start: new Date(START + index * 6 * HOUR).toISOString(),
    end: new Date(START + (index + 1) * 6 * HOUR).toISOString(),
    worst,
    observed_ms: observedHours * HOUR,
    ready_ms: readyHours * HOUR,
  };
}

describe('formatPercent', () => {
  it('cuts to one decimal and never rounds up to 100%', () => {
    expect(formatPercent(99.96)).toBe('99.9%');
    expect(formatPercent(100)).toBe('100%');
    expect(formatPercent(12.345)).toBe('12.3%');
  });
});

describe('availabilityOf', () => {
  it('is time ready over time observed; unobserved slices count neither way', () => {
    expect(availabilityOf([slice(0, 'ready', 6), slice(1, 'error', 6, 3), slice(2, null, 0)])).toBe(75);
  });

  it('is null when nothing was observed', () => {
    expect(availabilityOf([slice(0, null, 0)])).toBeNull();
  });
});

describe('sliceTone', () => {
  it('colours a slice by its worst status, and leaves an unobserved one without a colour', () => {
    expect(sliceTone(slice(0, 'ready', 6))).toBe('success');
    expect(sliceTone(slice(0, 'stale', 6))).toBe('warning');
    expect(sliceTone(slice(0, 'error', 1, 0))).toBe('danger');
    expect(sliceTone(slice(0, 'degraded', 6))).toBe('warning');
    expect(sliceTone(slice(0, null, 0))).toBeNull();
  });
});

describe('describeStrip', () => {
  it('says in words what the colours show: availability, the slices with problems and the worst, the time unobserved', () => {
    const segments = [slice(0, 'ready', 6), slice(1, 'stale', 6, 2), slice(2, 'error', 6, 5), slice(3, null, 0)];
    expect(describeStrip('Last 24 hours', segments)).toBe(
      'Last 24 hours: ready 72.2% of the observed time; problems in 2 of 4 6-hour slices, the worst error; not observed in 1.',
    );
  });

  it('says when there was no problem at all, and when the monitor saw nothing', () => {
    expect(describeStrip('Last 7 days', [slice(0, 'ready', 6), slice(1, 'ready', 6)])).toBe(
      'Last 7 days: ready 100% of the observed time; no problems in any of the 2 6-hour slices.',
    );
    expect(describeStrip('Last 7 days', [slice(0, null, 0)])).toBe('Last 7 days: not observed by the monitor.');
  });

  it('names an unknown status as received', () => {
    expect(describeStrip('Last 24 hours', [slice(0, 'degraded', 6)])).toContain('the worst degraded');
  });
});
