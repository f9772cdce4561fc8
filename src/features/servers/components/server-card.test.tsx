import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '@/lib/query-client';
import type { PortalServer } from '@/cloudflare-api/server-schema';
import { ServerCard } from '@/features/servers/components/server-card';

const ACCOUNT = '0123456789abcdef0123456789abcdef';

function renderCard(overrides: Partial<PortalServer>) {
  const server: PortalServer = {
    id: 'docs',
    name: 'Docs search',
    auth_type: 'oauth',
    hostname: 'https://docs.example.com/mcp',
    tools: [{ name: 'search' }, { name: 'fetch' }],
    prompts: [{ name: 'summarise' }],
    ...overrides,
  };
  render(
    <QueryClientProvider client={createQueryClient({ retry: false })}>
      <MemoryRouter>
        <ServerCard accountId={ACCOUNT} portalId="engineering" server={server} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return screen.getByRole('article', { name: server.name });
}

describe('ServerCard', () => {
  it('shows name, id, hostname link, auth type and counts', () => {
    const card = renderCard({ status: 'ready', last_synced: new Date(Date.now() - 3 * 60_000).toISOString() });
    expect(within(card).getByText('docs')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Docs search' })).toHaveAttribute('href', `/accounts/${ACCOUNT}/portals/engineering/servers/docs`);
    expect(within(card).getByRole('link', { name: 'https://docs.example.com/mcp' })).toHaveAttribute('href', 'https://docs.example.com/mcp');
    expect(within(card).getByText('OAuth')).toBeInTheDocument();
    expect(within(card).getByText('2 tools · 1 prompt')).toBeInTheDocument();
    expect(within(card).getByText('ready')).toBeInTheDocument();
    const time = within(card).getByText('3 minutes ago');
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('datetime');
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'mcp.internal:8443'])(
    'never turns the hostname %s into a link',
    (hostname) => {
      const card = renderCard({ hostname });
      expect(within(card).getAllByRole('link').map((link) => link.textContent)).toEqual(['Docs search']);
      expect(within(card).getByText(hostname)).toBeInTheDocument();
    },
  );

  it.each(['http://mcp.internal:8080/mcp', 'https://mcp.example.com/mcp'])('turns the hostname %s into a link to it', (hostname) => {
    const card = renderCard({ hostname });
    expect(within(card).getByRole('link', { name: hostname })).toHaveAttribute('href', hostname);
  });

  it('renders names and causes as text, not HTML', () => {
    const card = renderCard({ name: '<img src=x onerror=alert(1)>', status: 'error', error: '<b>bold</b>', error_details: { cause: '<script>x</script>' } });
    expect(card.querySelector('img, b, script')).toBeNull();
    expect(within(card).getByText('<b>bold</b>')).toBeInTheDocument();
    // In the card's one line and under Error details, as text both times.
    expect(within(card).getAllByText('<script>x</script>')).toHaveLength(2);
  });

  it('says "not synced yet" and "never" for a server Cloudflare has not synced', () => {
    const card = renderCard({ status: undefined });
    expect(within(card).getByText('not synced yet')).toBeInTheDocument();
    expect(within(card).getAllByText('never')).toHaveLength(2);
  });

  it('shows an unknown status exactly as received', () => {
    const card = renderCard({ status: 'degraded' });
    expect(within(card).getByText('degraded')).toBeInTheDocument();
    expect(within(card).getByText(/does not know yet \("degraded"\)/)).toBeInTheDocument();
  });

  it('explains an upstream error with its MCP code, HTTP status and that retrying will not help', () => {
    const card = renderCard({
      status: 'error',
      error: 'Failed to list tools',
      error_details: { cause: 'tools/list returned an error', is_upstream: true, mcp_code: -32603, status_code: 500, retryable: false },
    });
    expect(within(card).getByText('Failed to list tools')).toBeInTheDocument();
    expect(within(card).getAllByText('tools/list returned an error')).toHaveLength(2);
    expect(within(card).getByText(/was reached and answered with an error/)).toBeInTheDocument();
    expect(within(card).getByText('-32603 (internal error)')).toBeInTheDocument();
    expect(within(card).getByText('500')).toBeInTheDocument();
    expect(within(card).getByText('Not retryable.')).toBeInTheDocument();
  });

  it('explains an unreachable server whose failure is retryable', () => {
    const card = renderCard({
      status: 'error',
      error: 'Connection failed',
      error_details: { cause: 'connect ECONNREFUSED 10.0.3.7:443', is_upstream: false, retryable: true },
    });
    expect(within(card).getByText(/could not be reached/)).toBeInTheDocument();
    expect(within(card).getByText('Retryable.')).toBeInTheDocument();
    expect(within(card).getByText(/Syncing again may succeed/)).toBeInTheDocument();
  });

  it('offers Retry when the last failure is transient', () => {
    const card = renderCard({
      name: 'Docs',
      status: 'error',
      error_details: { cause: 'timeout', is_upstream: false, retryable: true },
    });
    expect(within(card).getByRole('button', { name: 'Retry Docs' })).toHaveTextContent('Retry');
  });

  it('offers Sync, and says what to fix, when retrying would fail the same way', () => {
    const card = renderCard({
      name: 'Builds',
      status: 'error',
      error_details: { cause: 'tools/list returned an error', is_upstream: true, mcp_code: -32603, retryable: false },
    });
    expect(within(card).getByRole('button', { name: 'Sync Builds' })).toHaveTextContent('Sync');
    expect(within(card).queryByRole('button', { name: /^Retry/ })).not.toBeInTheDocument();
    expect(card).toHaveTextContent("Upstream error: tools/list returned an error. Only the MCP server's owner can fix this: send them the diagnostics, then sync.");
  });

  it('leads a "Sync required" card with Cloudflare One, where the admin signs in again, and keeps Sync as the second step', () => {
    const card = renderCard({ status: 'stale', authentication_status: 'stale' });
    const link = within(card).getByRole('link', { name: 'Re-authenticate Docs search in Cloudflare One (opens in a new tab)' });
    expect(link).toHaveAttribute('href', 'https://one.dash.cloudflare.com/');
    expect(link).toHaveAttribute('target', '_blank');
    expect(within(card).getByRole('button', { name: 'Sync Docs search after re-authenticating' })).not.toHaveClass('bg-primary');
  });

  it('keeps Error details open when the card is drawn again', async () => {
    const user = userEvent.setup();
    const failing = { status: 'error', error: 'Failed', error_details: { cause: 'boom', is_upstream: true, status_code: 502 } } as const;
    const first = renderCard(failing);
    await user.click(within(first).getByText('Error details'));
    expect(within(first).getByText('502')).toBeVisible();
    cleanup();
    const again = renderCard(failing);
    expect(within(again).getByText('502')).toBeVisible();
  });
});

describe('ServerCard overrides', () => {
  it('warns about overrides for capabilities the server no longer reports', () => {
    const card = renderCard({ updated_tools: [{ name: 'search', enabled: false }, { name: 'gone_tool' }], updated_prompts: [{ name: 'old_prompt' }] });
    expect(within(card).getByText(/Overrides for capabilities this server no longer has: gone_tool, old_prompt\./)).toBeInTheDocument();
  });
});
