import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createClient } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { historyTables } from './db-schema.ts';
import type { HistoryDb } from './history-store.ts';
import { describeStoreUrl } from './store-url.ts';

/**
 * drizzle-kit's output: versioned SQL, applied in order at start (and by wrangler on D1). `import.meta.dirname`, not
 * `new URL(…, import.meta.url)`: Vite rewrites the latter into an asset URL when page tests load this module.
 */
const MIGRATIONS = resolve(import.meta.dirname, 'migrations');

export class StoreError extends Error {
  override name = 'StoreError';
}

export interface StoreSettings {
  url: string;
  authToken?: string;
}

function fileOf(url: string): string | null {
  if (!url.startsWith('file:') || url.includes(':memory:')) return null;
  return resolve(url.slice('file:'.length).split('?')[0] ?? '');
}

/**
 * Opens the store at `DATABASE_URL` and brings its schema up to date. Anything that stops it (a folder that cannot be
 * created, a server that does not answer, a file that is no database) stops start-up with a message naming the
 * variable, never the token.
 */
export async function openHistoryDb({ url, authToken }: StoreSettings): Promise<{ db: HistoryDb; close: () => void }> {
  const shown = describeStoreUrl(url);
  try {
    const file = fileOf(url);
    // One level only (the default .data/): Node's recursive mkdir never returns for some paths (under /proc).
    if (file !== null && !existsSync(dirname(file))) mkdirSync(dirname(file));
    const client = createClient({ url, authToken });
    const db = drizzle(client, { schema: historyTables });
    await migrate(db, { migrationsFolder: MIGRATIONS });
    return { db, close: () => client.close() };
  } catch (error) {
    // drizzle wraps the driver's error in "Failed query: <the SQL>"; the driver's own message is the one that helps.
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    const reason = cause instanceof Error ? cause.message : String(cause);
    const safeReason = authToken ? reason.split(authToken).join('[DATABASE_AUTH_TOKEN]') : reason;
    throw new StoreError(
      `DATABASE_URL (${shown}) cannot be used for the monitor's history: ${safeReason}. ` +
        'Point DATABASE_URL at a writable file (file:.data/dashboard.db) or a reachable libSQL server, or set MONITOR_INTERVAL_SECONDS=0 to run without history.',
    );
  }
}
