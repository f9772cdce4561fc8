import { useEffect, useId, useState } from 'react';

const DEBOUNCE_MS = 300;

interface PortalSearchBoxProps {
  /** The committed query, from the URL. */
  value: string;
  onCommit: (value: string) => void;
}

/** Sends the query once typing pauses, so the API sees one search per thought, not per keystroke. */
export function PortalSearchBox({ value, onCommit }: PortalSearchBoxProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  // Back/forward changes the URL under us: adopt its value (React's "adjust state on prop change" pattern).
  if (value !== seen) {
    setSeen(value);
    setDraft(value);
  }

  useEffect(() => {
    if (draft === value) return;
    const timer = setTimeout(() => onCommit(draft), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft, value, onCommit]);

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-muted-foreground">
        Search portals
      </label>
      <input
        id={id}
        type="search"
        value={draft}
        placeholder="Name, id or hostname"
        onChange={(event) => setDraft(event.target.value)}
        className="h-9 w-72 max-w-full rounded-md border border-border bg-card px-3 text-sm"
      />
    </div>
  );
}
