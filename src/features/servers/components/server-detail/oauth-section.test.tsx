import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT_ID, renderApp } from '@/testing/render-app';
import { paths } from '@/lib/paths';

async function oauthSection(): Promise<HTMLElement> {
  return screen.findByRole('region', { name: 'OAuth' });
}

describe('OAuth section of the server page', () => {
  it('shows the redirect URI to register, what its source means, and the client facts of a dynamic registration', async () => {
    renderApp(paths.server.getHref(DEMO_ACCOUNT_ID, 'engineering', 'github'));
    const section = await oauthSection();
    expect(within(section).getByText('Redirect URI to register at the OAuth provider')).toBeInTheDocument();
    expect(await within(section).findByText(/^Shared Cloudflare callback/)).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Copy redirect URI' })).toBeInTheDocument();
    const client = within(section).getByRole('group', { name: 'OAuth client' });
    expect(within(client).getByText(/^Dynamic client registration.*\(dcr\)$/)).toBeInTheDocument();
    expect(within(client).getByText('Iv23liDcr7acmeGh01')).toBeInTheDocument();
    expect(within(client).getByText('repo read:org workflow')).toBeInTheDocument();
    expect(within(section).queryByText(/does not know the redirect URI/)).toBeNull();
  });

  it('warns, with both values, when a manual client lacks the redirect URI the portal sends', async () => {
    renderApp(paths.server.getHref(DEMO_ACCOUNT_ID, 'secops', 'okta'));
    const section = await oauthSection();
    const warning = await within(section).findByRole('status', { name: 'The provider does not know the redirect URI this portal sends' });
    expect(within(warning).getByText('The provider does not know the redirect URI this portal sends')).toBeInTheDocument();
    expect(within(warning).getByText('https://secops.mcp.acme-corp.example/servers-callback')).toBeInTheDocument();
    expect(within(warning).getByText('https://secops.mcp.acme-corp.example/oauth/callback')).toBeInTheDocument();
    expect(within(warning).getByText(/likely cause of OAuth failures/)).toBeInTheDocument();
    expect(within(section).getByText(/^Per-portal callback on this portal's hostname \(secops\.mcp\.acme-corp\.example\)/)).toBeInTheDocument();
    const client = within(section).getByRole('group', { name: 'OAuth client' });
    expect(within(client).getByText(/^Manual client/)).toBeInTheDocument();
    expect(within(client).getByText('Stored (version 2)')).toBeInTheDocument();
    expect(within(client).getByText('https://acme-corp.okta.com/oauth2/default/v1/token')).toBeInTheDocument();
  });

  it('stays quiet about a manual client registered with the right redirect URI', async () => {
    renderApp(paths.server.getHref(DEMO_ACCOUNT_ID, 'support-desk', 'zendesk'));
    const section = await oauthSection();
    expect(await within(section).findByText(/^Per-portal callback/)).toBeInTheDocument();
    expect(within(section).queryByText(/does not know the redirect URI/)).toBeNull();
  });

  it('has no OAuth section for a server that does not use OAuth, and reads no redirect URI for it from a cached portal', async () => {
    const { user, embeddedApi } = renderApp(paths.portal.getHref(DEMO_ACCOUNT_ID, 'engineering'));
    const card = await screen.findByRole('article', { name: 'Buildkite CI' });
    await user.click(within(card).getByRole('link', { name: 'Buildkite CI' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Buildkite CI' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'OAuth' })).toBeNull();
    expect(embeddedApi.requests().filter((request) => request.path.endsWith('/effective-redirect-uri'))).toEqual([]);
  });

  it('turns a failed read into a short note, and the rest of the page carries on', async () => {
    const { user, embeddedApi } = renderApp(paths.portal.getHref(DEMO_ACCOUNT_ID, 'engineering'));
    const card = await screen.findByRole('article', { name: 'GitHub' });
    embeddedApi.setScenario({ fault: { kind: 'internal-error', on: 'read' } });
    await user.click(within(card).getByRole('link', { name: 'GitHub' }));
    const section = await oauthSection();
    expect(await within(section).findByText(/^Could not read it: Cloudflare had a problem answering\. The rest of this page is unaffected\.$/)).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /tools, \d+ enabled/ })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();

    embeddedApi.setScenario({ fault: null });
    await user.click(within(section).getByRole('button', { name: 'Try again' }));
    expect(await within(section).findByText(/^Shared Cloudflare callback/)).toBeInTheDocument();
  });
});
