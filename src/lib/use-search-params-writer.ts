import { useCallback, useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';

/** What a change writes: the next query string, and how it navigates (React Router's options of the same names). */
export interface SearchParamsChange {
  next: URLSearchParams;
  /** Replaces the history entry instead of adding one. */
  replace?: boolean;
  /** Keeps the scroll position. */
  preventScrollReset?: boolean;
}

/**
 * The query string, and a writer whose changes build on the last one written. Navigations land in a React
 * transition (after the route's loader), so `useSearchParams` lags behind what was just written, and React Router's
 * functional update reads that lagging value: two quick changes (a filter, then a sort) would lose the first.
 */
export function useSearchParamsWriter() {
  const [searchParams, setSearchParams] = useSearchParams();
  const written = useRef<URLSearchParams | null>(null);
  useEffect(() => {
    if (written.current?.toString() === searchParams.toString()) written.current = null;
  }, [searchParams]);
  const write = useCallback(
    (change: (current: URLSearchParams) => SearchParamsChange) => {
      const { next, replace = false, preventScrollReset } = change(new URLSearchParams(written.current ?? searchParams));
      written.current = next;
      setSearchParams(next, { replace, preventScrollReset });
    },
    [searchParams, setSearchParams],
  );
  return [searchParams, write] as const;
}
