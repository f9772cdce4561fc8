/**
 * Keeps the static demo's data in IndexedDB, so a sync done in the demo is still there after the browser stops the
 * idle service worker (Chromium does after about 30 s) and a later request starts it afresh.
 *
 * Saved data is used only if it was made from the same demo data this worker ships (a fingerprint of it), so a new
 * release of the demo starts from its own data. Anything unreadable is ignored: the demo then starts afresh.
 */
import type { EmbeddedApiState } from '../server/embedded-api/embedded-api-state.ts';

const DB_NAME = 'mcp-portal-demo';
const STORE = 'state';
const KEY = 'current';

interface SavedState {
  fingerprint: string;
  state: EmbeddedApiState;
}

/** A short, stable digest of the demo data as first created: FNV-1a over its JSON, Maps as entry lists. */
export function fingerprintOf(state: EmbeddedApiState): string {
  const json = JSON.stringify(state, (_key, value: unknown) => (value instanceof Map ? [...value.entries()] : value));
  let hash = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    hash ^= json.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${json.length.toString(36)}-${(hash >>> 0).toString(36)}`;
}

function isSavedState(value: unknown, fingerprint: string): value is SavedState {
  if (typeof value !== 'object' || value === null) return false;
  const saved = value as Partial<SavedState>;
  return saved.fingerprint === fingerprint && Array.isArray(saved.state?.portals) && saved.state.servers instanceof Map;
}

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
  });
}

function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return openDatabase().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const transaction = db.transaction(STORE, mode);
        const request = work(transaction.objectStore(STORE));
        transaction.oncomplete = () => {
          db.close();
          resolve(request.result);
        };
        transaction.onerror = transaction.onabort = () => {
          db.close();
          reject(transaction.error ?? new Error('IndexedDB transaction failed'));
        };
      }),
  );
}

/** The saved demo data for this fingerprint, or null (none saved, another release's, unreadable, or no IndexedDB). */
export async function loadDemoState(fingerprint: string): Promise<EmbeddedApiState | null> {
  try {
    const saved = await run<unknown>('readonly', (store) => store.get(KEY));
    return isSavedState(saved, fingerprint) ? saved.state : null;
  } catch {
    return null;
  }
}

/** Saves the demo data; a failure (private mode, quota) only means the next worker starts afresh. */
export async function saveDemoState(fingerprint: string, state: EmbeddedApiState): Promise<void> {
  try {
    await run('readwrite', (store) => store.put({ fingerprint, state } satisfies SavedState, KEY));
  } catch {
    // Nothing to do: the demo keeps working from memory.
  }
}
