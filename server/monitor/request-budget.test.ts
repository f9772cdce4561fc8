import { describe, expect, it } from 'vitest';
import { createRequestBudget, intervalWithinBudget } from './request-budget.ts';

describe('the monitor’s request budget', () => {
  it('never lets more than the limit through in any window, waiting out the oldest', async () => {
    let clock = 0;
    const waits: number[] = [];
    const budget = createRequestBudget({
      limit: 3,
      windowMs: 1_000,
      now: () => clock,
      sleep: async (ms) => {
        waits.push(ms);
        clock += ms;
      },
    });
    const taken: number[] = [];
    for (let index = 0; index < 7; index++) {
      await budget.take();
      taken.push(clock);
      clock += 10;
    }
    // Every window of 1,000 ms holds at most 3 requests, and it waited rather than refusing.
    for (const start of taken) expect(taken.filter((time) => time >= start && time < start + 1_000).length).toBeLessThanOrEqual(3);
    expect(waits.length).toBeGreaterThan(0);
    expect(taken).toHaveLength(7);
  });

  it('keeps a short interval that fits, and stretches one that does not, saying why', () => {
    expect(intervalWithinBudget(5_000, 1)).toEqual({ intervalMs: 5_000, because: null });
    const big = intervalWithinBudget(60_000, 5);
    expect(big.because).toBeNull();
    const huge = intervalWithinBudget(1_000, 5);
    expect(huge.intervalMs).toBe(5_000);
    expect(huge.because).toContain('costs 5 requests');
    expect(huge.because).toContain('at most 300');
  });
});
