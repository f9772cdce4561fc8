import { useEffect, useState } from 'react';
import { SearchField } from '@/components/search-field';

const DEBOUNCE_MS = 300;

interface PortalSearchBoxProps {
  /** The committed query, from the URL. */
  value: string;
  onCommit: (value: string) => void;
}

/** Sends the query once typing pauses, so the API sees one search per thought, not per keystroke. */
export function PortalSearchBox({ value, onCommit }: PortalSearchBoxProps) {
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
    <SearchField label="Search portals" value={draft} onChange={setDraft} placeholder="Name, id or hostname" className="w-72" />
  );
}
