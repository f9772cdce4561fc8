import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT_ID, renderApp } from '@/testing/render-app';

const ACCOUNT_URL = `/accounts/${DEMO_ACCOUNT_ID}`;

describe('an address the API could never answer', () => {
  it.each([
    ['an account id that is not 32 hex characters', '/accounts/not-an-account/portals', 'Invalid account id'],
    ['a portal id outside the API pattern', `${ACCOUNT_URL}/portals/Bad_Portal!`, 'Invalid portal id'],
    ['a server id longer than 32 characters', `${ACCOUNT_URL}/portals/engineering/servers/${'a'.repeat(33)}`, 'Invalid server id'],
  ])('%s is rejected before any API request', async (_label, url, heading) => {
    const { embeddedApi } = renderApp(url);
    expect(await screen.findByRole('heading', { name: heading })).toBeInTheDocument();
    expect(screen.getByText(/Nothing was requested from Cloudflare\.$/)).toBeInTheDocument();
    await waitFor(() => expect(embeddedApi.requests()).toEqual([]));
  });

  it('an unknown address shows a not-found page with a way back', async () => {
    const { user } = renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Go to the portal list' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'MCP server portals' })).toBeInTheDocument();
  });
});
