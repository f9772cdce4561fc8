import { startTransition, useEffect, useState } from 'react';

export interface ProgressiveSteps {
  /** How many items the first render shows: what the first screen needs. */
  first: number;
  /** How many more each following render adds. */
  step: number;
}

/**
 * How many of `total` items to render now: `first` at once, then `step` more per render, each a transition started
 * once the last step is committed, until all are. A long list then costs several short tasks instead of one long one:
 * creating and laying out a card's hundred elements is a few milliseconds, and a commit of every card of a portal at
 * once was the longest task of a first load (docs/performance.md). When the list shrinks (a filter), the count drops
 * back, so the list growing again (the filter cleared) is spread out the same way.
 */
export function useProgressiveCount(total: number, { first, step }: ProgressiveSteps): number {
  const [count, setCount] = useState(first);
  // Derived from the props during render (React's pattern for it), so a shrunk list never renders whole first.
  const ceiling = Math.max(first, total);
  if (count > ceiling) setCount(ceiling);
  useEffect(() => {
    if (count >= total) return;
    startTransition(() => setCount((shown) => shown + step));
  }, [count, total, step]);
  // `first` may grow between renders (it is what fits the screen): never show fewer than it.
  return Math.min(Math.max(count, first), total);
}
