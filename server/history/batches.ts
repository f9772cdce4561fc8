/** Writing to the store portably: the history and the alerts' outbox both go through these. */
import type { BatchItem } from 'drizzle-orm/batch';
import type { HistoryDb } from './history-store.ts';

/** D1 allows 100 bound parameters per statement; staying under it keeps every statement portable. */
export const MAX_PARAMS = 99;

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += size) result.push(items.slice(index, index + size));
  return result;
}

/** Rows per multi-row insert into a table of `columns` columns (every column counts, the id included). */
export const rowsPerInsert = (columns: number) => Math.max(1, Math.floor(MAX_PARAMS / columns));

/** Everything a change writes goes in one batch: libSQL and D1 run a batch as one transaction, all or nothing. */
export async function writeBatch(db: HistoryDb, statements: BatchItem<'sqlite'>[]): Promise<void> {
  const [first, ...rest] = statements;
  if (first === undefined) return;
  await db.batch([first, ...rest]);
}
