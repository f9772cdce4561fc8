import { useCallback, useState } from 'react';

// Which disclosures the admin opened, for the life of the page: a card re-renders on every refresh and remounts when a
// filter or the view changes, and an open "Error details" must stay open through both.
const opened = new Set<string>();

/** Open state of a disclosure that outlives its component; `key` names it (e.g. portal, server and what it shows). */
export function useRememberedOpen(key: string): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(() => opened.has(key));
  const remember = useCallback(
    (next: boolean) => {
      if (next) opened.add(key);
      else opened.delete(key);
      setOpen(next);
    },
    [key],
  );
  return [open, remember];
}
