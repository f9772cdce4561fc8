// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { pauseSyncsFor, useSyncPause, useSyncsWaiting, waitForSyncGate } from '@/features/servers/api/rate-limit-gate';

afterEach(() => {
  vi.useRealTimers();
});

// The gate is module state shared by the whole tab, so these tests run in order: unpaused first, longest pause last.
describe('the shared rate-limit gate', () => {
  it('lets syncs through at once when nothing is paused', async () => {
    const waiting = renderHook(() => useSyncsWaiting());
    await waitForSyncGate();
    expect(waiting.result.current).toBe(0);
  });

  it('holds every sync until Retry-After has passed, and counts them as waiting meanwhile', async () => {
    vi.useFakeTimers();
    const waiting = renderHook(() => useSyncsWaiting());
    const paused = renderHook(() => useSyncPause());
    act(() => pauseSyncsFor(2));
    expect(paused.result.current).toEqual({ until: Date.now() + 2000, seconds: 2 });

    let released = 0;
    act(() => {
      for (let i = 0; i < 3; i++) void waitForSyncGate().then(() => (released += 1));
    });
    expect(waiting.result.current).toBe(3);

    await act(() => vi.advanceTimersByTimeAsync(1999));
    expect(released).toBe(0);
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(released).toBe(3);
    expect(waiting.result.current).toBe(0);
  });

  it('never shortens a pause already in force', () => {
    vi.useFakeTimers();
    pauseSyncsFor(10);
    const until = Date.now() + 10_000;
    pauseSyncsFor(1);
    const paused = renderHook(() => useSyncPause());
    expect(paused.result.current.until).toBe(until);
  });
});
