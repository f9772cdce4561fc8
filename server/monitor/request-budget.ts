/**
 * The monitor's share of Cloudflare's rate limit (1,200 requests per 5 minutes per token): a quarter, so the people
 * using the dashboard with the same token keep the rest.
 */
import { unrefTimer } from '../runtime/unref-timer.ts';

export const MONITOR_REQUEST_LIMIT = 300;
export const RATE_WINDOW_MS = 300_000;

export interface RequestBudget {
  /** Resolves when one more request fits in the window, and counts it. */
  take(): Promise<void>;
  /** Requests counted in the window that ends now. */
  used(): number;
}

export interface BudgetOptions {
  limit?: number;
  windowMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export const realSleep = (ms: number) => new Promise<void>((resolve) => unrefTimer(setTimeout(resolve, ms)));

/** A sliding window of request times: a hard cap, whatever the interval and the account's size. */
export function createRequestBudget({ limit = MONITOR_REQUEST_LIMIT, windowMs = RATE_WINDOW_MS, now = Date.now, sleep = realSleep }: BudgetOptions = {}): RequestBudget {
  const times: number[] = [];
  const forget = () => {
    const start = now() - windowMs;
    while (times.length > 0 && (times[0] ?? 0) <= start) times.shift();
  };
  return {
    async take() {
      forget();
      while (times.length >= limit) {
        await sleep((times[0] ?? now()) + windowMs - now() + 1);
        forget();
      }
      times.push(now());
    },
    used() {
      forget();
      return times.length;
    },
  };
}

/**
 * The interval that keeps sweeps of this size within the budget: a sweep of R requests every I seconds spends
 * R × window / I per window, so I must be at least R × window / limit. Short intervals are kept when they fit.
 */
export function intervalWithinBudget(
  configuredMs: number,
  requestsPerSweep: number,
  { limit = MONITOR_REQUEST_LIMIT, windowMs = RATE_WINDOW_MS }: { limit?: number; windowMs?: number } = {},
): { intervalMs: number; because: string | null } {
  const needed = Math.ceil((requestsPerSweep * windowMs) / limit);
  if (needed <= configuredMs) return { intervalMs: configuredMs, because: null };
  return {
    intervalMs: needed,
    because:
      `a sweep of this account costs ${requestsPerSweep} requests, and the monitor spends at most ${limit} of Cloudflare's ` +
      `1,200 per ${windowMs / 60_000} minutes, so it sweeps every ${Math.round(needed / 1000)} s instead of every ${Math.round(configuredMs / 1000)} s`,
  };
}
