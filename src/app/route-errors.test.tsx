import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DEMO_ACCOUNT_ID, renderApp } from '@/testing/render-app';
import { paths } from '@/lib/paths';

// The server page throws while rendering, as a bug would.
vi.mock('@/features/servers/components/server-detail-page', () => ({
  ServerDetailPage: () => {
    throw new RangeError('Invalid time value');
  },
}));

describe('a page that fails to render', () => {
  it('is replaced by an explanation inside the layout, with ways out, and the rest of the app still works', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { user } = renderApp(paths.server.getHref(DEMO_ACCOUNT_ID, 'engineering', 'github'));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'This page failed to render' })).toBeInTheDocument();
    expect(within(alert).getByText('Invalid time value')).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    // The app's own header survives: the failure is contained to the route.
    expect(screen.getByRole('link', { name: 'MCP Portal Dashboard' })).toBeInTheDocument();
    expect(warn).toHaveBeenCalled();

    await user.click(within(alert).getByRole('link', { name: 'Go to the portal list' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'MCP server portals' })).toBeInTheDocument();
  });
});
