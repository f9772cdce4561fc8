import { unrefTimer } from '../runtime/unref-timer.ts';
import type { MonitorStatus } from '../../src/lib/cloudflare/contract.ts';
import type { HistoryStore, SweepRow } from '../history/history-store.ts';
import { createRequestBudget, intervalWithinBudget, realSleep, type RequestBudget } from './request-budget.ts';
import { sweepAccount, type CallApi } from './sweep-account.ts';
import { createSightingCollector, type ServerSighting } from '../alerts/sightings.ts';

export interface MonitorOptions {
  store: HistoryStore;
  accountId: string;
  intervalSeconds: number;
  retentionDays: number;
  /** The store's address as people may see it (no credentials). */
  storeLabel: string;
  callApi: CallApi;
  log: (line: string) => void;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  budget?: RequestBudget;
  /** Runs after each sweep is recorded, inside the same turn (no other sweep or reset meanwhile): the alerts. */
  afterSweep?: (sightings: readonly ServerSighting[], at: number) => Promise<unknown>;
}

const DAY_MS = 86_400_000;
/** Pruning is cheap but needless every few seconds. */
const PRUNE_EVERY_MS = 3_600_000;
/** A pair not seen for this many intervals was not observed in between (the monitor was stopped or failing). */
const GAP_INTERVALS = 2.5;

export interface Monitor {
  /** Sweeps now and then every interval, never two at once. */
  start(): void;
  /** Runs one sweep (waiting for one in progress first); tests and the demo's reset use it. */
  sweepNow(): Promise<void>;
  /** Runs `work` between sweeps: none is running while it does. */
  exclusive(work: () => Promise<void>): Promise<void>;
  stop(): Promise<void>;
  status(): Promise<MonitorStatus>;
}

export function createMonitor(options: MonitorOptions): Monitor {
  const { store, accountId, log } = options;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const budget = options.budget ?? createRequestBudget({ now, sleep });
  const configuredMs = options.intervalSeconds * 1000;
  let intervalMs = configuredMs;
  let stretchedBecause: string | null = null;
  let running: Promise<void> | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  let lastPrune = 0;

  async function sweep(): Promise<void> {
    const startedAt = now();
    const sightings = options.afterSweep ? createSightingCollector() : null;
    const result = await sweepAccount({
      accountId,
      callApi: options.callApi,
      budget,
      sleep,
      onRateLimited: (seconds) => log(`Cloudflare answered 429: the monitor pauses for ${seconds} s (Retry-After).`),
      onPortal: sightings ? (portal) => sightings.portal(portal) : undefined,
    });
    const finishedAt = now();
    const summary = {
      startedAt,
      finishedAt,
      requests: result.requests,
      portals: result.portals,
      servers: result.observations.length,
      outcome: result.complete ? ('complete' as const) : ('failed' as const),
      error: result.error,
    };
    if (result.observations.length > 0 || result.complete) {
      await store.recordSweep({ accountId, ...result, at: finishedAt, gapMs: intervalMs * GAP_INTERVALS + 60_000, sweep: summary });
    } else {
      await store.recordFailedSweep(accountId, summary);
    }
    if (result.error) log(`Sweep failed after ${result.requests} requests: ${result.error}. The next sweep tries again.`);
    if (sightings && options.afterSweep) {
      // History is written: an alert failure is logged and never undoes it.
      await options.afterSweep(sightings.sightings(), finishedAt).catch((error: unknown) =>
        log(`Alerts for this sweep could not be raised: ${error instanceof Error ? error.message : String(error)}. The next sweep tries again.`),
      );
    }

    const fitted = intervalWithinBudget(configuredMs, result.requests);
    if (fitted.because !== null && fitted.because !== stretchedBecause) log(`Monitor interval stretched: ${fitted.because}.`);
    intervalMs = fitted.intervalMs;
    stretchedBecause = fitted.because;

    if (finishedAt - lastPrune >= PRUNE_EVERY_MS) {
      await store.prune(finishedAt - options.retentionDays * DAY_MS, finishedAt);
      lastPrune = finishedAt;
    }
  }

  /** One sweep (or other store work) at a time: a caller arriving during one waits for it, then runs its own. */
  async function exclusive(work: () => Promise<void>): Promise<void> {
    // Another caller's failure is theirs: it is logged (a sweep) or thrown to them (the demo's reset).
    while (running) await running.catch(() => undefined);
    running = work().finally(() => {
      running = null;
    });
    await running;
  }

  const runOnce = () =>
    exclusive(() => sweep().catch((error: unknown) => log(`Sweep failed: ${error instanceof Error ? error.message : String(error)}.`)));

  /** A sweep, then the next one an interval after this one started (at once if it took longer). */
  function cycle(): void {
    if (stopped) return;
    const started = now();
    void runOnce().then(() => {
      if (stopped) return;
      timer = setTimeout(cycle, Math.max(0, started + intervalMs - now()));
      // The monitor never keeps a finished process alive on its own.
      unrefTimer(timer);
    });
  }

  return {
    start: cycle,
    sweepNow: runOnce,
    exclusive,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (running) await running;
    },
    async status() {
      const [last, since] = await Promise.all([store.lastSweep(accountId), store.observedSince(accountId)]);
      return {
        enabled: true,
        interval_seconds: options.intervalSeconds,
        effective_interval_seconds: Math.round(intervalMs / 1000),
        stretched_because: stretchedBecause,
        retention_days: options.retentionDays,
        store: options.storeLabel,
        last_sweep: last === null ? null : describeSweep(last),
        observed_since: since === null ? null : new Date(since).toISOString(),
      };
    },
  };
}

function describeSweep(row: SweepRow): NonNullable<MonitorStatus['last_sweep']> {
  return {
    started_at: new Date(row.startedAt).toISOString(),
    finished_at: new Date(row.finishedAt).toISOString(),
    requests: row.requests,
    portals: row.portals,
    servers: row.servers,
    outcome: row.outcome,
    error: row.error,
  };
}
