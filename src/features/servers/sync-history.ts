import { useSyncExternalStore } from 'react';
import * as z from 'zod/mini';

/**
 * The last sync attempts per server, kept in this browser (Cloudflare keeps
 * no history). Stored data is parsed like an API response: anything corrupt
 * or from an older format is ignored, never fatal.
 */
export const SYNC_HISTORY_LIMIT = 20;

export const syncAttemptSchema = z.object({
  at: z.string(),
  trigger: z.enum(['manual', 'bulk', 'automatic-retry']),
  outcome: z.enum(['succeeded', 'failed', 'rate-limited']),
  durationMs: z.number().check(z.nonnegative()),
  error: z.nullish(z.string()),
});
export type SyncAttempt = z.infer<typeof syncAttemptSchema>;

const historySchema = z.array(syncAttemptSchema);
const EMPTY: SyncAttempt[] = [];

const storageKey = (accountId: string, serverId: string) => `mcp-dashboard:sync-history:v1:${accountId}:${serverId}`;

function parse(raw: string | null): SyncAttempt[] {
  if (raw === null) return EMPTY;
  try {
    const parsed = historySchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : EMPTY;
  } catch {
    return EMPTY;
  }
}

export function readSyncHistory(accountId: string, serverId: string): SyncAttempt[] {
  try {
    return parse(localStorage.getItem(storageKey(accountId, serverId)));
  } catch {
    // Storage can be disabled (private modes, policies): no history, no crash.
    return EMPTY;
  }
}

const listeners = new Set<() => void>();
// useSyncExternalStore needs a stable snapshot per key between changes.
const cache = new Map<string, SyncAttempt[]>();

export function recordSyncAttempt(accountId: string, serverId: string, attempt: SyncAttempt): void {
  const key = storageKey(accountId, serverId);
  const next = [attempt, ...readSyncHistory(accountId, serverId)].slice(0, SYNC_HISTORY_LIMIT);
  try {
    localStorage.setItem(key, JSON.stringify(next));
  } catch {
    // Full or disabled storage: the history is a convenience, the sync itself already happened.
  }
  cache.delete(key);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = () => {
    cache.clear();
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useSyncHistory(accountId: string, serverId: string): SyncAttempt[] {
  const key = storageKey(accountId, serverId);
  return useSyncExternalStore(subscribe, () => {
    let value = cache.get(key);
    if (value === undefined) {
      value = readSyncHistory(accountId, serverId);
      cache.set(key, value);
    }
    return value;
  });
}
