import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useProgressiveCount } from '@/hooks/use-progressive-count';

const STEPS = { first: 9, step: 12 };

describe('useProgressiveCount', () => {
  it('shows the first screen at once, then the rest a step per render until all are shown', async () => {
    const seen: number[] = [];
    const { result } = renderHook(() => {
      const count = useProgressiveCount(40, STEPS);
      seen.push(count);
      return count;
    });
    expect(seen[0]).toBe(9);
    await waitFor(() => expect(result.current).toBe(40));
    expect([...new Set(seen)]).toEqual([9, 21, 33, 40]);
  });

  it('shows a short list whole, at once', () => {
    const { result } = renderHook(() => useProgressiveCount(5, STEPS));
    expect(result.current).toBe(5);
  });

  it('starts over from the first screen when the list shrinks and grows again (a filter typed, then cleared)', async () => {
    const seen: number[] = [];
    const { result, rerender } = renderHook(
      ({ total }) => {
        const count = useProgressiveCount(total, STEPS);
        seen.push(count);
        return count;
      },
      { initialProps: { total: 40 } },
    );
    await waitFor(() => expect(result.current).toBe(40));
    rerender({ total: 1 });
    expect(result.current).toBe(1);
    seen.length = 0;
    rerender({ total: 40 });
    await waitFor(() => expect(result.current).toBe(40));
    expect([...new Set(seen)]).toEqual([9, 21, 33, 40]);
  });

  it('never shows fewer than `first`, even when `first` grows between renders', () => {
    const { result, rerender } = renderHook(({ first }) => useProgressiveCount(40, { first, step: 1 }), { initialProps: { first: 2 } });
    expect(result.current).toBeGreaterThanOrEqual(2);
    rerender({ first: 40 });
    expect(result.current).toBe(40);
  });
});
