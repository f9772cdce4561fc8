import { createAlertStore, type AlertStore } from '../alerts/alert-store.ts';
import type { ServerConfig } from '../config.ts';
import { createHistoryStore, type HistoryStore } from './history-store.ts';
import { openHistoryDb } from './open-history-db.ts';
import { describeStoreUrl } from './store-url.ts';

export interface OpenedHistory {
  store: HistoryStore;
  /** The alerts' state and outbox, in the same database. */
  alertStore: AlertStore;
  label: string;
  close: () => void;
}

/** The store the configuration asks for, ready to use; null when the monitor is off (then nothing is opened). */
export async function openHistoryFor(config: Pick<ServerConfig, 'monitor' | 'accountId'>): Promise<OpenedHistory | null> {
  const { monitor } = config;
  if (monitor === null || config.accountId === null) return null;
  const { db, close } = await openHistoryDb({ url: monitor.databaseUrl, authToken: monitor.databaseAuthToken });
  return { store: createHistoryStore(db), alertStore: createAlertStore(db), label: describeStoreUrl(monitor.databaseUrl), close };
}
