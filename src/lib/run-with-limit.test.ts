import { describe, expect, it } from 'vitest';
import { runWithLimit } from '@/lib/run-with-limit';

function deferredWorker() {
  let inFlight = 0;
  let maxInFlight = 0;
  const calls: number[] = [];
  const pending: (() => void)[] = [];
  const worker = (item: number) => {
    calls.push(item);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    return new Promise<number>((resolve, reject) => {
      pending.push(() => {
        inFlight -= 1;
        if (item % 5 === 0) reject(new Error(`item ${item} failed`));
        else resolve(item * 10);
      });
    });
  };
  const releaseOne = async () => {
    pending.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { worker, calls, pending, releaseOne, max: () => maxInFlight };
}

describe('runWithLimit', () => {
  it('never has more than the limit in flight and calls each item exactly once', async () => {
    const items = Array.from({ length: 40 }, (_, index) => index + 1);
    const harness = deferredWorker();
    const run = runWithLimit(items, 4, harness.worker);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(harness.pending).toHaveLength(4);
    while (harness.pending.length > 0) await harness.releaseOne();
    const outcomes = await run;
    expect(harness.max()).toBe(4);
    expect([...harness.calls].sort((a, b) => a - b)).toEqual(items);
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(32);
    expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toHaveLength(8);
    expect(outcomes.map((outcome) => outcome.item)).toEqual(items);
  });

  it('starts nothing new after cancel, lets in-flight calls finish and reports the rest as skipped', async () => {
    const harness = deferredWorker();
    const controller = new AbortController();
    const settled: string[] = [];
    const run = runWithLimit([1, 2, 3, 4, 6, 7, 8], 2, harness.worker, {
      signal: controller.signal,
      onSettled: (outcome) => settled.push(`${outcome.item}:${outcome.status}`),
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    await harness.releaseOne();
    controller.abort();
    while (harness.pending.length > 0) await harness.releaseOne();
    const outcomes = await run;
    expect(harness.calls).toEqual([1, 2, 3]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'skipped', 'skipped', 'skipped', 'skipped']);
    expect(settled.slice(0, 3).sort()).toEqual(['1:fulfilled', '2:fulfilled', '3:fulfilled']);
  });

  it('handles an empty list and rejects a nonsensical limit', async () => {
    await expect(runWithLimit([], 4, async () => 1)).resolves.toEqual([]);
    await expect(runWithLimit([1], 0, async () => 1)).rejects.toThrow(RangeError);
  });
});
