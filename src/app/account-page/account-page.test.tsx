import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DEMO_ACCOUNT_ID, renderApp } from '@/testing/render-app';
import { paths } from '@/lib/paths';

const accountUrl = paths.portals.getHref(DEMO_ACCOUNT_ID);

describe('account view', () => {
  it('sums up the account, counting each server once however many portals it is in', async () => {
    const { embeddedApi } = renderApp(accountUrl);
    expect(await screen.findByText('10 portals need attention · 5 servers failing, 11 need re-authentication, 1 not synced yet')).toBeInTheDocument();
    // The whole account in one read: Cloudflare's largest page holds 100 portals and the list carries their servers.
    expect(embeddedApi.requests().map((request) => `${request.method} ${request.path.split('/mcp')[1]}`)).toEqual(['GET /portals?page=1&per_page=100']);
  });

  it('lists each failing server once, with every portal it breaks as a link', async () => {
    const { user } = renderApp(accountUrl);
    const section = await screen.findByRole('region', { name: 'Servers that need attention (17)' });
    const docs = within(section)
      .getAllByRole('listitem')
      .find((row) => within(row).queryByRole('link', { name: 'Internal docs' }));
    if (!docs) throw new Error('Internal docs is not listed');
    expect(within(docs).getByText('Transient failure')).toBeInTheDocument();
    expect(within(docs).getByText('In 4 portals:')).toBeInTheDocument();
    const portalLinks = within(docs).getAllByRole('link').slice(1);
    expect(portalLinks.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Engineering tools', paths.portal.getHref(DEMO_ACCOUNT_ID, 'engineering')],
      ['Data platform', paths.portal.getHref(DEMO_ACCOUNT_ID, 'data-platform')],
      ['Legal review', paths.portal.getHref(DEMO_ACCOUNT_ID, 'legal-review')],
      ['Docs team', paths.portal.getHref(DEMO_ACCOUNT_ID, 'docs-team')],
    ]);
    // The worst five first, the rest one click away.
    expect(within(section).getAllByRole('listitem')).toHaveLength(5);
    await user.click(within(section).getByRole('button', { name: 'Show all 17' }));
    expect(within(section).getAllByRole('listitem')).toHaveLength(17);
  });

  it('sorts portals health first, filters to those that need attention, and keeps both in the URL', async () => {
    const { user, location } = renderApp(accountUrl);
    const list = await screen.findByRole('region', { name: 'Portals (25)' });
    const names = () => within(list).getAllByRole('listitem').map((row) => within(row).getAllByRole('link')[0]?.textContent);
    expect(names().slice(0, 2)).toEqual(['Integrations hub', 'Engineering tools']);
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent(/✕\s*3 error/);

    await user.click(within(list).getByRole('button', { name: 'Needs attention (10)', pressed: false }));
    expect(location().search).toBe('?show=attention');
    expect(within(list).getAllByRole('listitem')).toHaveLength(10);
    expect(within(list).getByText('Page 1 of 1 · 10 of 25 portals')).toBeInTheDocument();

    await user.selectOptions(within(list).getByRole('combobox', { name: 'Sort by' }), 'name');
    expect(location().search).toBe('?show=attention&sort=name');
    expect(names().slice(0, 2)).toEqual(['Customer success', 'Data platform']);
  });

  it('opens with the state a shared link gives, and searches name, id and hostname without asking Cloudflare again', async () => {
    const { embeddedApi } = renderApp(`${accountUrl}?q=acme-corp.example&sort=name&page=2`);
    const list = await screen.findByRole('region', { name: 'Portals (25)' });
    expect(within(list).getByText('Page 2 of 3 · 25 portals')).toBeInTheDocument();
    expect(within(list).getByRole('combobox', { name: 'Sort by' })).toHaveValue('name');
    expect(embeddedApi.requests()).toHaveLength(1);
  });

  it('says so when the account has no portals at all', async () => {
    const { queryClient } = renderApp(accountUrl);
    // The embedded API always has portals; answer the read again as an empty account would.
    vi.stubGlobal('fetch', async () =>
      Response.json({ success: true, errors: [], result: [], result_info: { page: 1, per_page: 100, count: 0, total_count: 0 } }),
    );
    await queryClient.resetQueries();
    expect(await screen.findByText(/This account has no MCP server portals yet/)).toBeInTheDocument();
    expect(screen.getByText('No portals yet')).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Pagination' })).toBeNull();
  });
});
