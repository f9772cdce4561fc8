import { useState } from 'react';

interface Identified {
  id: string;
}

/**
 * Keeps a list where it was while its data changes: the order (and membership) is taken when `orderKey` changes (a new
 * sort or filter) or on mount, and kept through re-reads after that, so a card does not jump away from the admin after
 * its own sync. Items that no longer match (`shown` left them out) stay in place; new items join at the end, in `shown`'s
 * order; items that no longer exist at all leave.
 */
export function useStableOrder<T extends Identified>(shown: readonly T[], all: readonly T[], orderKey: string) {
  const [snapshot, setSnapshot] = useState(() => ({ key: orderKey, ids: shown.map((item) => item.id) }));
  let ids = snapshot.ids;
  if (snapshot.key !== orderKey) {
    // React's "adjust state while rendering": the new order applies in this very render.
    ids = shown.map((item) => item.id);
    setSnapshot({ key: orderKey, ids });
  }
  const byId = new Map(all.map((item) => [item.id, item]));
  const kept = ids.flatMap((id) => {
    const item = byId.get(id);
    return item ? [item] : [];
  });
  const known = new Set(ids);
  const joined = shown.filter((item) => !known.has(item.id));
  const matching = new Set(shown.map((item) => item.id));
  return {
    items: [...kept, ...joined],
    /** Kept in place although they no longer match the filters: the admin can re-apply them. */
    unmatched: kept.filter((item) => !matching.has(item.id)).length,
    /** Whether the kept order differs from a fresh one (a re-sort would move something). */
    reorderable: [...kept, ...joined].some((item, index) => shown[index]?.id !== item.id),
    /** Takes the order afresh from `shown`. */
    reapply: () => setSnapshot({ key: orderKey, ids: shown.map((item) => item.id) }),
  };
}
