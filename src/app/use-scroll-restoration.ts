import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/** How long a restored position may wait for the page to grow tall enough (data and code arriving). */
const RESTORE_FOR_MS = 2000;

/**
 * Every new page opens at the top; Back and Forward return to where the admin was on that entry. Changing only the
 * query string (a filter, a sort) keeps the position. The router in use has no scroll restoration of its own.
 */
export function useScrollRestoration() {
  const location = useLocation();
  const navigationType = useNavigationType();
  const positions = useRef(new Map<string, number>());
  const previous = useRef({ key: location.key, pathname: location.pathname });
  // Where the admin last scrolled to, by their own scrolling: read when they leave, before the new page can move it.
  const lastY = useRef(0);
  const cancelRestore = useRef<() => void>(() => {});

  useEffect(() => {
    history.scrollRestoration = 'manual';
    const onScroll = () => {
      lastY.current = window.scrollY;
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, []);

  useLayoutEffect(() => {
    const left = previous.current;
    if (left.key === location.key) return;
    positions.current.set(left.key, lastY.current);
    previous.current = { key: location.key, pathname: location.pathname };
    cancelRestore.current();
    const saved = navigationType === 'POP' ? positions.current.get(location.key) : undefined;
    if (saved !== undefined) {
      lastY.current = saved;
      cancelRestore.current = restore(saved);
    } else if (left.pathname !== location.pathname) {
      window.scrollTo(0, 0);
      lastY.current = 0;
    }
  }, [location.key, location.pathname, navigationType]);
}

/** Scrolls to `y`, and again as the page grows, until it gets there, time runs out, or the admin scrolls themselves. */
function restore(y: number): () => void {
  window.scrollTo(0, y);
  if (Math.abs(window.scrollY - y) < 2) return () => {};
  const observer = new ResizeObserver(() => {
    window.scrollTo(0, y);
    if (Math.abs(window.scrollY - y) < 2) stop();
  });
  const timer = setTimeout(() => stop(), RESTORE_FOR_MS);
  function stop() {
    clearTimeout(timer);
    observer.disconnect();
    for (const type of ['wheel', 'touchstart', 'keydown'] as const) window.removeEventListener(type, stop);
  }
  observer.observe(document.body);
  for (const type of ['wheel', 'touchstart', 'keydown'] as const) window.addEventListener(type, stop, { once: true });
  return stop;
}
