import { useSyncExternalStore } from 'react';

/**
 * One pause shared by every sync in this tab. When Cloudflare answers 429,
 * nothing new is sent until its Retry-After has passed: a bulk run pauses all
 * its workers, not just the one that was told to wait.
 */
/** The one pause in force (or the last one); a new object per pause, so it is also a stable snapshot for React. */
export interface SyncPause {
  /** Epoch ms until which syncs are held (0 or past = not paused). */
  until: number;
  /** How long Cloudflare asked to wait when the pause began. */
  seconds: number;
}
let pause: SyncPause = { until: 0, seconds: 0 };
/** Syncs held at the gate right now: started, but not sent because of the pause. */
let waiting = 0;
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

export function pauseSyncsFor(seconds: number): void {
  const until = Date.now() + seconds * 1000;
  if (until <= pause.until) return;
  pause = { until, seconds };
  notify();
  setTimeout(notify, seconds * 1000);
}

export async function waitForSyncGate(): Promise<void> {
  if (Date.now() >= pause.until) return;
  waiting += 1;
  notify();
  try {
    while (Date.now() < pause.until) {
      await new Promise((resolve) => setTimeout(resolve, pause.until - Date.now()));
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

/** The current (or last) pause, for a visible countdown. */
export function useSyncPause(): SyncPause {
  return useSyncExternalStore(subscribe, () => pause);
}

/** How many syncs are held back by the pause, so progress does not call them "in flight". */
export function useSyncsWaiting(): number {
  return useSyncExternalStore(subscribe, () => waiting);
}
