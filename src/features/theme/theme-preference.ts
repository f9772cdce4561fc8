/** The admin's choice; `system` follows the operating system's light or dark setting. */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

const STORAGE_KEY = 'mcp-dashboard:theme';

function isTheme(value: unknown): value is Theme {
  return THEMES.some((theme) => theme === value);
}

/** The stored choice; anything unreadable (no storage, old or foreign value) means `system`. */
export function readThemePreference(storage: Storage | undefined = globalThis.localStorage): Theme {
  try {
    const stored = storage?.getItem(STORAGE_KEY);
    return isTheme(stored) ? stored : 'system';
  } catch {
    return 'system';
  }
}

export function writeThemePreference(theme: Theme, storage: Storage | undefined = globalThis.localStorage): void {
  try {
    if (theme === 'system') storage?.removeItem(STORAGE_KEY);
    else storage?.setItem(STORAGE_KEY, theme);
  } catch {
    // Private mode or a full quota: the choice still applies to this page, it just is not remembered.
  }
}

/** src/index.css reads these classes: none lets `color-scheme: light dark` follow the system. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  root.classList.toggle('light', theme === 'light');
  root.classList.toggle('dark', theme === 'dark');
}
