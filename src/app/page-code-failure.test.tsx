import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DEMO_ACCOUNT_ID, renderApp } from '@/testing/render-app';
import { paths } from '@/lib/paths';

// The portal page's chunk cannot be fetched, as after a deploy that replaced it or with the network gone.
vi.mock('@/app/portal-page/portal-page', () => {
  throw new TypeError('Failed to fetch dynamically imported module: /assets/portal-page-Bx1.js');
});

describe('a page whose code does not load', () => {
  it('says so in plain words, not as a crash, and offers a reload and the portal list', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { user } = renderApp(paths.portal.getHref(DEMO_ACCOUNT_ID, 'engineering'));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'This page could not be loaded' })).toBeInTheDocument();
    expect(within(alert).getByText(/the dashboard was updated since this tab was opened/)).toBeInTheDocument();
    expect(within(alert).getByText('Reload to get the current version of the dashboard.')).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'This page failed to render' })).toBeNull();
    expect(document.title).toMatch(/^Page could not be loaded/);
    expect(warn).toHaveBeenCalled();

    await user.click(within(alert).getByRole('link', { name: 'Go to the portal list' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'MCP server portals' })).toBeInTheDocument();
  });
});
