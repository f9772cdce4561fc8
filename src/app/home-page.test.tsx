import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT_ID, renderApp } from '@/testing/render-app';

describe('home page', () => {
  it('opens the configured account (the demo account in demo mode)', async () => {
    const { location } = renderApp('/');
    await waitFor(() => expect(location().pathname).toBe(`/accounts/${DEMO_ACCOUNT_ID}/portals`));
  });

  it('asks for an account id in live mode without CLOUDFLARE_ACCOUNT_ID, and refuses one that is not 32 hex characters', async () => {
    // Loopback with nothing listening: the list page's request after navigating must never leave this machine.
    const { user, location } = renderApp('/', {
      env: { CLOUDFLARE_API_TOKEN: 'live-token', CLOUDFLARE_API_BASE_URL: 'http://127.0.0.1:9/client/v4' },
    });
    const input = await screen.findByLabelText('Account id');
    await user.type(input, 'not-an-account');
    await user.click(screen.getByRole('button', { name: 'Open account' }));
    expect(screen.getByText('An account id is exactly 32 characters, each 0–9 or a–f.')).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(location().pathname).toBe('/');

    await user.clear(input);
    await user.type(input, '0123456789ABCDEF0123456789abcdef');
    await user.click(screen.getByRole('button', { name: 'Open account' }));
    await waitFor(() => expect(location().pathname).toBe('/accounts/0123456789abcdef0123456789abcdef/portals'));
  });
});
