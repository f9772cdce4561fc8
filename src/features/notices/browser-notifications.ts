import { useSyncExternalStore } from 'react';

/**
 * Optional desktop notifications for status changes: off until the admin turns them on here and the browser's
 * permission is granted. The choice is remembered in this browser.
 */
const STORAGE_KEY = 'mcp-dashboard:browser-notifications:v1';

export type BrowserNotificationState = 'unsupported' | 'off' | 'on' | 'blocked';

const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

function supported(): boolean {
  return typeof window !== 'undefined' && 'Notification' in window;
}

function storedChoice(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

function store(on: boolean): void {
  try {
    if (on) localStorage.setItem(STORAGE_KEY, 'on');
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage can be disabled; the choice then lasts for this page only, which is still useful.
  }
}

let sessionChoice: boolean | null = null;

export function browserNotificationState(): BrowserNotificationState {
  if (!supported()) return 'unsupported';
  if (Notification.permission === 'denied') return 'blocked';
  const chosen = sessionChoice ?? storedChoice();
  return chosen && Notification.permission === 'granted' ? 'on' : 'off';
}

/** Asks the browser for permission (it shows its own prompt) and remembers the choice when granted. */
export async function enableBrowserNotifications(): Promise<void> {
  if (!supported()) return;
  const permission = await Notification.requestPermission();
  sessionChoice = permission === 'granted';
  store(sessionChoice);
  emit();
}

export function disableBrowserNotifications(): void {
  sessionChoice = false;
  store(false);
  emit();
}

export function notifyInBrowser(title: string, body: string, tag: string): void {
  if (browserNotificationState() !== 'on') return;
  try {
    new Notification(title, { body, tag });
  } catch {
    // Some platforms only allow notifications from a service worker; the in-page notice has said it already.
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useBrowserNotificationState(): BrowserNotificationState {
  return useSyncExternalStore(subscribe, browserNotificationState, () => 'unsupported' as const);
}
