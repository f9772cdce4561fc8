import { describe, expect, it } from 'vitest';
import { availability, failingSince, flapsSince, type SpanTimes } from './history-views.ts';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 11, 3, 12);
const span = (status: string | null, fromHoursAgo: number, toHoursAgo: number | null): SpanTimes => ({
  status,
  startedAt: NOW - fromHoursAgo * HOUR,
  lastSeenAt: NOW - (toHoursAgo ?? 0) * HOUR,
  endedAt: toHoursAgo === null ? null : NOW - toHoursAgo * HOUR,
});

describe('availability: time ready ÷ time observed', () => {
  it('counts every state but ready against it', () => {
    const spans = [span('ready', 24, 6), span('error', 6, 3), span('waiting', 3, 2), span('ready', 2, null)];
    const day = availability(spans, '24h', NOW);
    expect(day.observed_ms).toBe(24 * HOUR);
    expect(day.ready_ms).toBe(20 * HOUR);
    expect(day.percent).toBe(83.3);
  });

  it('leaves unobserved time out of both sides', () => {
    const spans = [span('ready', 24, 12), span('ready', 6, null)];
    const day = availability(spans, '24h', NOW);
    expect(day.observed_ms).toBe(18 * HOUR);
    expect(day.percent).toBe(100);
    const gap = day.segments.slice(12, 18);
    expect(gap.every((slice) => slice.worst === null && slice.observed_ms === 0)).toBe(true);
  });

  it('says nothing (null) about a window with no observation', () => {
    expect(availability([], '7d', NOW).percent).toBeNull();
  });

  it('cuts the strip into the window’s slices and shows each slice’s worst state', () => {
    const spans = [span('ready', 30 * 24, 10), span('stale', 10, 9.5), span('error', 9.5, 9), span('ready', 9, null)];
    const week = availability(spans, '7d', NOW);
    expect(week.segments).toHaveLength(28);
    const slice = week.segments.find((part) => Date.parse(part.start) <= NOW - 10 * HOUR && Date.parse(part.end) > NOW - 10 * HOUR);
    expect(slice?.worst).toBe('error');
    expect(availability(spans, '30d', NOW).segments).toHaveLength(30);
    expect(availability(spans, '24h', NOW).segments).toHaveLength(24);
  });

  it('ranks an unknown status between Sync required and not synced, as the page does', () => {
    const week = availability([span('ready', 5, 4), span('paused_by_cf', 4, 3.9), span(null, 3.9, null)], '24h', NOW);
    expect(week.segments.at(-4)?.worst).toBe('paused_by_cf');
  });
});

describe('failingSince and flaps', () => {
  it('goes back over every state since the server last was ready', () => {
    const spans = [span('ready', 48, 10), span('error', 10, 5), span('stale', 5, null)];
    expect(failingSince(spans)).toBe(NOW - 10 * HOUR);
  });

  it('is null for a ready server', () => {
    expect(failingSince([span('error', 10, 5), span('ready', 5, null)])).toBeNull();
  });

  it('counts each fall from ready inside the window', () => {
    const spans = [span('ready', 300, 200), span('error', 200, 100), span('ready', 100, 50), span('error', 50, 49), span('ready', 49, 3), span('error', 3, null)];
    expect(flapsSince(spans, NOW - 168 * HOUR)).toBe(2);
  });
});
