import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { readThemePreference } from '@/features/theme/theme-preference';
import { ThemeToggle } from '@/features/theme/theme-toggle';

afterEach(() => {
  localStorage.clear();
  document.documentElement.className = '';
});

describe('ThemeToggle', () => {
  it('follows the system until the admin picks light or dark, which is applied and remembered', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<ThemeToggle />);
    expect(screen.getByRole('radio', { name: 'System' })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement).toHaveClass('dark');
    expect(document.documentElement).not.toHaveClass('light');
    unmount();
    render(<ThemeToggle />);
    expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: 'Light' }));
    expect(document.documentElement).toHaveClass('light');
    await user.click(screen.getByRole('radio', { name: 'System' }));
    expect(document.documentElement.className).toBe('');
    expect(localStorage.length).toBe(0);
  });

  it('treats an unknown stored value as the system choice', () => {
    localStorage.setItem('mcp-dashboard:theme', 'sepia');
    expect(readThemePreference()).toBe('system');
  });
});
