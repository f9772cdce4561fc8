import { useSyncExternalStore } from 'react';

export interface Notice {
  id: number;
  title: string;
  body: string;
}

/** Long enough to read a sentence or two; each notice also has a Dismiss button. */
const NOTICE_LIFETIME_MS = 12_000;
/** Older notices give way, so a burst of changes never covers the page. */
const MAX_NOTICES = 3;

let notices: Notice[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function emit(next: Notice[]): void {
  notices = next;
  for (const listener of listeners) listener();
}

export function dismissNotice(id: number): void {
  emit(notices.filter((notice) => notice.id !== id));
}

export function showNotice(title: string, body: string): void {
  const id = nextId++;
  emit([...notices, { id, title, body }].slice(-MAX_NOTICES));
  setTimeout(() => dismissNotice(id), NOTICE_LIFETIME_MS);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useNotices(): Notice[] {
  return useSyncExternalStore(subscribe, () => notices, () => notices);
}
