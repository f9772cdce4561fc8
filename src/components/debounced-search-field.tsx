import { useEffect, useState } from 'react';
import { SearchField } from '@/components/search-field';

interface DebouncedSearchFieldProps {
  label: string;
  /** The committed query, from the URL. */
  value: string;
  onCommit: (value: string) => void;
  /** How long typing must pause before the query is committed. */
  delayMs: number;
  placeholder?: string;
  className?: string;
  labelVisibleFromSm?: boolean;
  wrapperClassName?: string;
}

/**
 * A search box that owns what is being typed and commits it once typing pauses. Its value never round-trips through
 * the URL while typing: a navigation lands in a React transition, and an input bound to the URL would lose the
 * keystrokes typed before it commits.
 */
export function DebouncedSearchField({ label, value, onCommit, delayMs, placeholder, className, labelVisibleFromSm, wrapperClassName }: DebouncedSearchFieldProps) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  // Back/forward or "Clear filters" changes the URL under us: adopt its value (React's "adjust state on prop change").
  if (value !== seen) {
    setSeen(value);
    setDraft(value);
  }

  useEffect(() => {
    if (draft === value) return;
    const timer = setTimeout(() => onCommit(draft), delayMs);
    return () => clearTimeout(timer);
  }, [draft, value, onCommit, delayMs]);

  return (
    <SearchField
      label={label}
      value={draft}
      onChange={setDraft}
      placeholder={placeholder}
      className={className}
      labelVisibleFromSm={labelVisibleFromSm}
      wrapperClassName={wrapperClassName}
    />
  );
}
