import type { AlertService } from '../alerts/alert-service.ts';
import type { EmbeddedApiState } from '../embedded-api/embedded-api-state.ts';
import { createMonitor, type Monitor } from '../monitor/monitor.ts';
import type { CallApi } from '../monitor/sweep-account.ts';
import { createDemoHistory } from './demo-seed.ts';
import { createHistoryHttp, type HistoryHttp } from './history-http.ts';
import type { HistoryStore } from './history-store.ts';

export interface HistoryServiceOptions {
  store: HistoryStore;
  storeLabel: string;
  accountId: string;
  intervalSeconds: number;
  retentionDays: number;
  callApi: CallApi;
  log: (line: string) => void;
  /** Demo mode: the embedded API's data, which the seeded 30 days lead up to. */
  demoState?: () => EmbeddedApiState;
  now?: () => number;
  /** Webhook alerts, raised from each sweep; absent when none are configured. */
  alerts?: AlertService;
}

/** History on the Node side: the monitor sweeping into the store, and the routes and audit reading and writing it. */
export interface HistoryService extends HistoryHttp {
  monitor: Monitor;
  /** Seeds the demo's history when the store is empty, then starts sweeping. */
  start(): Promise<void>;
  /** Seeds the demo's history when the store is empty, and no more: on the Worker, the Cron Trigger sweeps. */
  prepare(): Promise<void>;
  /** One sweep, then the alerts it raised (and earlier ones due for a retry) sent: the Worker's scheduled run. */
  sweepAndDeliver(): Promise<void>;
  /** The demo's reset: history back to the seeded 30 days, to match the embedded API's fresh data. */
  resetDemo(): Promise<void>;
  stop(): Promise<void>;
}

export function createHistoryService(options: HistoryServiceOptions): HistoryService {
  const { store, accountId } = options;
  const now = options.now ?? Date.now;
  const { alerts } = options;
  const monitor = createMonitor({ ...options, now, afterSweep: alerts?.afterSweep });
  const http = createHistoryHttp({ reader: store, recordSync: store.recordSync, monitorStatus: monitor.status, accountId, now });

  async function seedDemo(): Promise<void> {
    if (!options.demoState) return;
    await store.seed(createDemoHistory(options.demoState(), accountId, now()));
  }

  async function prepare(): Promise<void> {
    if (options.demoState && !(await store.hasHistory(accountId))) await seedDemo();
  }

  return {
    monitor,
    prepare,
    async sweepAndDeliver() {
      await monitor.sweepNow();
      await alerts?.start();
      await alerts?.settled();
    },
    async start() {
      await prepare();
      // What a previous run queued and did not deliver goes out first.
      void alerts?.start();
      monitor.start();
    },
    answer: http.answer,
    recordSync: http.recordSync,
    async resetDemo() {
      // Between sweeps, so a sweep never writes half on the old history and half on the new.
      await monitor.exclusive(async () => {
        await store.clear(accountId);
        await alerts?.clear();
        await seedDemo();
      });
      // As at start: the monitor has looked at the fresh data once, so the page says when it last swept.
      await monitor.sweepNow();
    },
    async stop() {
      await monitor.stop();
      await alerts?.stop();
    },
  };
}
