import { useSyncExternalStore } from 'react';

/**
 * One pause shared by every sync in this tab. When Cloudflare answers 429,
 * nothing new is sent until its Retry-After has passed: a bulk run pauses all
 * its workers, not just the one that was told to wait.
 */
let pausedUntil = 0;
/** Syncs held at the gate right now: started, but not sent because of the pause. */
let waiting = 0;
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

export function pauseSyncsFor(seconds: number): void {
  const until = Date.now() + seconds * 1000;
  if (until <= pausedUntil) return;
  pausedUntil = until;
  notify();
  setTimeout(notify, seconds * 1000);
}

export async function waitForSyncGate(): Promise<void> {
  if (Date.now() >= pausedUntil) return;
  waiting += 1;
  notify();
  try {
    while (Date.now() < pausedUntil) {
      await new Promise((resolve) => setTimeout(resolve, pausedUntil - Date.now()));
    }
  } finally {
    waiting -= 1;
    notify();
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Epoch ms until which syncs are paused (0 or past = not paused), for a visible countdown. */
export function useSyncPause(): number {
  return useSyncExternalStore(subscribe, () => pausedUntil);
}

/** How many syncs are held back by the pause, so progress does not call them "in flight". */
export function useSyncsWaiting(): number {
  return useSyncExternalStore(subscribe, () => waiting);
}
