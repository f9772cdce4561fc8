import { useState } from 'react';
import { cn } from '@/lib/cn';
import { applyTheme, readThemePreference, THEMES, writeThemePreference, type Theme } from '@/features/theme/theme-preference';

const LABELS: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** Light, dark, or whatever the system says; remembered in this browser. */
export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme>(() => readThemePreference());
  const choose = (next: Theme) => {
    setTheme(next);
    writeThemePreference(next);
    applyTheme(next);
  };
  return (
    <fieldset className="flex items-center gap-2 text-sm">
      <legend className="sr-only">Colour theme</legend>
      <div className="flex rounded-md border border-border bg-card p-0.5">
        {THEMES.map((option) => (
          <label
            key={option}
            className={cn(
              'cursor-pointer rounded px-2 py-0.5 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-ring',
              theme === option ? 'bg-muted font-semibold' : 'text-muted-foreground hover:text-foreground',
            )}
          >
            <input type="radio" name="theme" value={option} checked={theme === option} onChange={() => choose(option)} className="sr-only" />
            {LABELS[option]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
