import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT_ID, renderApp } from '@/testing/render-app';
import { preloadPageAt } from '@/app/routes';
import { paths } from '@/lib/paths';

const portalUrl = paths.portal.getHref(DEMO_ACCOUNT_ID, 'engineering');

describe('portal page', () => {
  it('shows skeleton cards, then the header and one card per server', async () => {
    renderApp(portalUrl, { scenario: { readLatencyMs: 150 } });
    expect(await screen.findByTestId('server-skeletons')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Engineering tools' })).toBeInTheDocument();
    expect(screen.getByText('mcp.acme-corp.example')).toBeInTheDocument();
    for (const name of ['GitHub', 'Linear', 'Sentry', 'Buildkite CI', 'Internal docs', 'Feature flags', 'PagerDuty']) {
      expect(screen.getByRole('article', { name })).toBeInTheDocument();
    }
    expect(screen.queryByTestId('server-skeletons')).toBeNull();
  });

  it('syncs a server, shows the result on its card and re-reads the portal', async () => {
    const { user, embeddedApi } = renderApp(portalUrl);
    const card = await screen.findByRole('article', { name: 'Feature flags' });
    expect(within(card).getByText('not synced yet')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Sync Feature flags' }));
    expect(await within(card).findByText('Sync succeeded')).toBeInTheDocument();
    expect(within(card).getByText('ready')).toBeInTheDocument();
    const calls = embeddedApi.requests().map((request) => `${request.method} ${request.path.split('/mcp')[1]}`);
    expect(calls).toEqual(['GET /portals/engineering', 'POST /servers/feature-flags/sync', 'GET /portals/engineering']);
  });

  it('walks a "Sync required" server through its repair: re-authenticate first (the demo simulates it), then sync', async () => {
    const { user } = renderApp(portalUrl);
    const card = await screen.findByRole('article', { name: 'Sentry' });
    expect(within(card).getByText('(stale)')).toBeInTheDocument();
    expect(card).toHaveTextContent('Admin sign-in expired. Re-authenticate in Cloudflare One, then sync.');

    // A sync alone changes nothing, and the card says why.
    await user.click(within(card).getByRole('button', { name: 'Sync Sentry after re-authenticating' }));
    expect(await within(card).findByText('Still Sync required: re-authenticate first')).toBeInTheDocument();
    expect(within(card).queryByText('Sync succeeded')).toBeNull();

    // In Cloudflare One an admin signs in again; the demo's button stands in for that.
    await user.click(within(card).getByRole('button', { name: 'Re-authenticate Sentry (simulated by the demo)' }));
    expect(await within(card).findByText('Signed in again')).toBeInTheDocument();
    expect(card).toHaveTextContent('Sync now to bring its tools and prompts up to date.');

    await user.click(within(card).getByRole('button', { name: 'Sync Sentry' }));
    expect(await within(card).findByText('Sync succeeded')).toBeInTheDocument();
    expect(within(card).getByText('ready')).toBeInTheDocument();
    expect(within(card).getByText('+2 tools: search_events, get_trace_details')).toBeInTheDocument();
  });

  it('explains which permission is missing when the token may not read portals', async () => {
    renderApp(portalUrl, { scenario: { permission: 'none' } });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The API token is missing a permission')).toBeInTheDocument();
    expect(within(alert).getByText(/MCP Portals Read/)).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('keeps the last loaded data on screen with a banner and Retry when a refresh fails', async () => {
    const { embeddedApi, queryClient, user } = renderApp(portalUrl);
    expect(await screen.findByRole('heading', { level: 1, name: 'Engineering tools' })).toBeInTheDocument();
    embeddedApi.setScenario({ permission: 'none' });
    await queryClient.refetchQueries();
    const banner = await screen.findByRole('alert');
    expect(within(banner).getByText('Showing the last loaded data: the latest refresh failed.')).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'GitHub' })).toBeInTheDocument();
    embeddedApi.setScenario({ permission: 'write' });
    await user.click(within(banner).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('says the portal does not exist for an unknown id', async () => {
    renderApp(paths.portal.getHref(DEMO_ACCOUNT_ID, 'no-such-portal'));
    expect(await screen.findByText('Portal "no-such-portal" does not exist')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All portals' })).toBeInTheDocument();
  });
});

describe('portal page, first paint', () => {
  it('keeps the skeleton it showed first until the content replaces it, instead of mounting a second one', async () => {
    const url = paths.portal.getHref(DEMO_ACCOUNT_ID, 'engineering');
    // main.tsx starts the page's code beside the first render; awaited here, so the first skeleton is the page's own.
    await preloadPageAt(url);
    renderApp(url, { scenario: { readLatencyMs: 100 } });
    await screen.findByTestId('server-skeletons');
    // Every skeleton added from now on: a second one would make the browser build and style the whole skeleton again.
    const added: Node[] = [];
    const observer = new MutationObserver((records) => {
      for (const node of records.flatMap((record) => [...record.addedNodes])) {
        if (node instanceof Element && (node.matches('[data-testid="server-skeletons"]') || node.querySelector('[data-testid="server-skeletons"]'))) added.push(node);
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    expect(await screen.findByRole('article', { name: 'Internal docs' })).toBeInTheDocument();
    observer.disconnect();
    expect(added).toEqual([]);
  });
});
