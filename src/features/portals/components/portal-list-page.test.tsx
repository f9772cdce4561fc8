import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DEMO_ACCOUNT_ID, renderApp } from '@/testing/render-app';
import { paths } from '@/lib/paths';

describe('portal list page', () => {
  it('says so when the account has no portals at all', async () => {
    const { queryClient } = renderApp(paths.portals.getHref(DEMO_ACCOUNT_ID));
    // The embedded API always has portals; answer the read again as an empty account would.
    vi.stubGlobal('fetch', async () =>
      Response.json({ success: true, errors: [], result: [], result_info: { page: 1, per_page: 10, count: 0, total_count: 0 } }),
    );
    await queryClient.resetQueries();
    expect(await screen.findByText(/This account has no MCP server portals yet/)).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Pagination' })).toBeNull();
  });

  it('shows each portal with its server counts per status, linking to the portal', async () => {
    renderApp(paths.portals.getHref(DEMO_ACCOUNT_ID));
    const link = await screen.findByRole('link', { name: 'Engineering tools' });
    expect(link).toHaveAttribute('href', paths.portal.getHref(DEMO_ACCOUNT_ID, 'engineering'));
    expect(screen.getByText('· 1 ready · 1 waiting · 1 Sync required · 2 error · 2 other')).toBeInTheDocument();
    expect(screen.getByText('Page 1 of 3 · 25 portals')).toBeInTheDocument();
  });
});
