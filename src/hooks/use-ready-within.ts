import { useEffect, useState } from 'react';

/**
 * True once `ready` is, or once `maxWaitMs` has passed since the component mounted, whichever comes first: for
 * showing a page complete rather than filling in as its parts arrive, without letting a slow part hold it back.
 */
export function useReadyWithin(ready: boolean, maxWaitMs: number): boolean {
  const [waitedLongEnough, setWaitedLongEnough] = useState(false);
  useEffect(() => {
    if (ready) return;
    const timer = setTimeout(() => setWaitedLongEnough(true), maxWaitMs);
    return () => clearTimeout(timer);
  }, [ready, maxWaitMs]);
  return ready || waitedLongEnough;
}
