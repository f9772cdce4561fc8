import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT_ID, renderApp } from '@/testing/render-app';
import { paths } from '@/lib/paths';

const githubUrl = paths.server.getHref(DEMO_ACCOUNT_ID, 'engineering', 'github');

function rowOf(table: HTMLElement, visibleName: string): HTMLElement {
  const row = within(table).getByText(visibleName, { selector: 'th span' }).closest('tr');
  if (!row) throw new Error(`no row for ${visibleName}`);
  return row;
}

async function toolsTable(): Promise<HTMLElement> {
  return screen.findByRole('table', { name: /tools, \d+ enabled/ });
}

describe('server detail page', () => {
  it('shows the server from its portal, with breadcrumbs and facts, reading the portal and the redirect URI side by side', async () => {
    const { embeddedApi } = renderApp(githubUrl);
    expect(await screen.findByRole('heading', { level: 1, name: 'GitHub' })).toBeInTheDocument();
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(crumbs).getByRole('link', { name: 'Engineering tools' })).toHaveAttribute('href', paths.portal.getHref(DEMO_ACCOUNT_ID, 'engineering'));
    expect(within(crumbs).getByText('GitHub')).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('button', { name: 'Copy server id' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'https://api.githubcopilot.com/mcp/' })).toBeInTheDocument();
    expect(screen.getByText('Connected: the admin sign-in works (connected)')).toBeInTheDocument();
    expect(screen.getByText('Visible unless disabled below')).toBeInTheDocument();
    expect(screen.getByText('Raw JSON from the API')).toBeInTheDocument();
    // GitHub uses OAuth, so its page also reads the redirect URI; both start before either answer is needed.
    expect(embeddedApi.requests().map((request) => `${request.method} ${request.path.split('/mcp')[1]}`)).toEqual([
      'GET /portals/engineering',
      'GET /portals/engineering/servers/github/effective-redirect-uri',
    ]);
  });

  it('merges overrides into the tools table: aliases, descriptions and enabled flags', async () => {
    renderApp(githubUrl);
    const table = await toolsTable();
    expect(within(table).getByText('90 tools, 86 enabled')).toBeInTheDocument();
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Name users see',
      'Description users see',
      'Enabled',
    ]);

    const aliased = rowOf(table, 'gh_search_code');
    expect(within(aliased).getByText('upstream: search_code')).toBeInTheDocument();
    expect(within(aliased).getByText('Enabled')).toBeInTheDocument();
    expect(within(aliased).getByText('default')).toBeInTheDocument();

    const created = rowOf(table, 'gh_create_issue');
    expect(within(created).getByText('upstream: create_issue')).toBeInTheDocument();
    expect(within(created).getByText(/Use the bug template for defects/)).toBeInTheDocument();
    expect(within(created).getByText('portal')).toBeInTheDocument();

    const disabled = rowOf(table, 'merge_pull_request');
    expect(within(disabled).getByText('Disabled')).toBeInTheDocument();
    expect(within(disabled).getByText('override')).toBeInTheDocument();
    expect(within(rowOf(table, 'push_files')).getByText('Disabled')).toBeInTheDocument();

    const prompts = screen.getByRole('table', { name: /prompts, \d+ enabled/ });
    expect(within(rowOf(prompts, 'why_is_ci_red')).getByText('upstream: triage_failed_ci')).toBeInTheDocument();
  });

  it('hides tools by default where the portal says default_disabled, except those enabled explicitly', async () => {
    renderApp(paths.server.getHref(DEMO_ACCOUNT_ID, 'support-desk', 'github'));
    const table = await toolsTable();
    expect(screen.getByText('Tools and prompts are hidden unless enabled below')).toBeInTheDocument();
    expect(within(table).getByText('90 tools, 4 enabled')).toBeInTheDocument();
    const fileBug = rowOf(table, 'file_bug');
    expect(within(fileBug).getByText('Enabled')).toBeInTheDocument();
    expect(within(fileBug).getByText('override')).toBeInTheDocument();
    expect(within(fileBug).getByText('File a bug for engineering.')).toBeInTheDocument();
    const getMe = rowOf(table, 'get_me');
    expect(within(getMe).getByText('Disabled')).toBeInTheDocument();
    expect(within(getMe).getByText('default')).toBeInTheDocument();
  });

  it('filters tools by name, upstream name and description, keeping the query in ?tools=', async () => {
    const { user, location } = renderApp(githubUrl);
    const table = await toolsTable();
    const search = screen.getByRole('searchbox', { name: 'Search tools' });

    await user.type(search, 'SEARCH_CODE');
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(rowOf(table, 'gh_search_code')).toBeInTheDocument();
    await waitFor(() => expect(location().search).toBe('?tools=SEARCH_CODE'));

    await user.clear(search);
    await user.type(search, 'zzz-nothing');
    expect(await screen.findByText('No tools match “zzz-nothing”')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(search).toHaveValue('');
    expect(within(await toolsTable()).getAllByRole('row')).toHaveLength(91);
    await waitFor(() => expect(location().search).toBe(''));
  });

  it('restores the tool search from the URL', async () => {
    renderApp(`${githubUrl}?tools=pull%20request`);
    const table = await toolsTable();
    expect(screen.getByRole('searchbox', { name: 'Search tools' })).toHaveValue('pull request');
    expect(within(table).getByText(/· \d+ match “pull request”/)).toBeInTheDocument();
    const names = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent ?? '');
    expect(names.length).toBeGreaterThan(0);
    expect(names.length).toBeLessThan(90);
  });

  it('syncs once on a double click and re-reads the portal', async () => {
    // Slow enough that the second click of a double click lands while the first sync is in flight.
    const { user, embeddedApi } = renderApp(githubUrl, { scenario: { syncLatencyMs: 300 } });
    await user.dblClick(await screen.findByRole('button', { name: 'Sync GitHub' }));
    expect(await screen.findByText('Sync succeeded')).toBeInTheDocument();
    const calls = embeddedApi
      .requests()
      .map((request) => `${request.method} ${request.path.split('/mcp')[1]}`)
      .filter((call) => !call.endsWith('/effective-redirect-uri'));
    expect(calls).toEqual(['GET /portals/engineering', 'POST /servers/github/sync', 'GET /portals/engineering']);
  });

  it('says a "Sync required" server costs its portals updates, not tools, and gives the next step on the page', async () => {
    renderApp(paths.server.getHref(DEMO_ACCOUNT_ID, 'engineering', 'sentry'));
    expect(await screen.findByText(/^The admin sign-in expired or was revoked\. Re-authenticate in Cloudflare One/)).toBeInTheDocument();
    // A server that has stopped updating: who it affects is the first question, so the blast radius runs unasked.
    expect(screen.queryByRole('button', { name: 'Find the portals that use it' })).toBeNull();
    const table = await screen.findByRole('table', { name: 'Portals that include Sentry' });
    expect(within(table).getByRole('link', { name: 'Mobile apps' })).toHaveAttribute('href', paths.portal.getHref(DEMO_ACCOUNT_ID, 'mobile-apps'));
    expect(within(table).getByRole('columnheader', { name: 'Enabled tools not updating' })).toBeInTheDocument();
    expect(screen.getByText(/their users keep \d+ enabled tools and \d+ enabled prompts in all, frozen as last synced/)).toBeInTheDocument();
    expect(screen.queryByText(/lose/)).toBeNull();
  });

  it('shows the last sync error in words', async () => {
    renderApp(paths.server.getHref(DEMO_ACCOUNT_ID, 'engineering', 'buildkite'));
    expect(await screen.findByText('Last sync error')).toBeInTheDocument();
    expect(screen.getByText('-32603 (internal error)')).toBeInTheDocument();
  });

  it('says "No description" for a never-synced server without one', async () => {
    renderApp(paths.server.getHref(DEMO_ACCOUNT_ID, 'engineering', 'feature-flags'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Feature flags' })).toBeInTheDocument();
    expect(screen.getByText('No description')).toBeInTheDocument();
    expect(screen.getByText(/No tools yet: Cloudflare has not synced this server successfully/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says when the portal has no server with this id', async () => {
    renderApp(paths.server.getHref(DEMO_ACCOUNT_ID, 'engineering', 'no-such-server'));
    expect(await screen.findByRole('heading', { name: 'Server "no-such-server" is not in portal "Engineering tools"' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to Engineering tools' })).toHaveAttribute('href', paths.portal.getHref(DEMO_ACCOUNT_ID, 'engineering'));
    expect(screen.getByRole('link', { name: 'All portals' })).toHaveAttribute('href', paths.portals.getHref(DEMO_ACCOUNT_ID));
  });

  it('explains a missing portal with Retry', async () => {
    renderApp(paths.server.getHref(DEMO_ACCOUNT_ID, 'no-such-portal', 'github'));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Portal "no-such-portal" does not exist')).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('keeps the server on screen with a banner when a refresh fails', async () => {
    const { embeddedApi, queryClient } = renderApp(githubUrl);
    expect(await screen.findByRole('heading', { level: 1, name: 'GitHub' })).toBeInTheDocument();
    embeddedApi.setScenario({ permission: 'none' });
    await queryClient.refetchQueries();
    const banner = await screen.findByRole('alert');
    expect(within(banner).getByText('Showing the last loaded data: the latest refresh failed.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'GitHub' })).toBeInTheDocument();
  });
});
