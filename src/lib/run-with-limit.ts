/**
 * Runs `worker` over `items` with at most `limit` calls in flight, each item
 * exactly once, in order of start. After `signal` aborts nothing new starts;
 * calls already in flight finish and are reported. Resolves with what
 * happened to every item.
 */
export type LimitedOutcome<T, R> =
  | { item: T; status: 'fulfilled'; value: R }
  | { item: T; status: 'rejected'; reason: unknown }
  | { item: T; status: 'skipped' };

export async function runWithLimit<T, R>(
  items: readonly T[],
  limit: number,
  worker: (item: T) => Promise<R>,
  { signal, onSettled }: { signal?: AbortSignal; onSettled?: (outcome: LimitedOutcome<T, R>) => void } = {},
): Promise<LimitedOutcome<T, R>[]> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive whole number, got ${limit}`);
  const outcomes = new Array<LimitedOutcome<T, R>>(items.length);
  let next = 0;

  const settle = (index: number, outcome: LimitedOutcome<T, R>) => {
    outcomes[index] = outcome;
    onSettled?.(outcome);
  };

  async function lane(): Promise<void> {
    while (next < items.length && !signal?.aborted) {
      const index = next++;
      const item = items[index] as T;
      try {
        settle(index, { item, status: 'fulfilled', value: await worker(item) });
      } catch (reason) {
        settle(index, { item, status: 'rejected', reason });
      }
    }
  }

  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  for (let index = 0; index < items.length; index++) {
    if (outcomes[index] === undefined) settle(index, { item: items[index] as T, status: 'skipped' });
  }
  return outcomes;
}
