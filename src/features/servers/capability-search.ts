import type { CapabilityRow } from '@/features/servers/capability-overrides';

/**
 * Case-insensitive match on what users see and on what the server calls it, so an admin finds a
 * tool by its alias or by its upstream name alike.
 */
export function filterCapabilityRows(rows: readonly CapabilityRow[], query: string): CapabilityRow[] {
  const needle = query.trim().toLowerCase();
  if (needle === '') return [...rows];
  return rows.filter((row) =>
    [row.visibleName, row.name, row.description, row.upstreamDescription].some(
      (field) => field != null && field.toLowerCase().includes(needle),
    ),
  );
}
