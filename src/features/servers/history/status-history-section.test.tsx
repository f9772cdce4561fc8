import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/lib/paths';
import { DEMO_ACCOUNT_ID, renderApp, renderAppWithHistory } from '@/testing/render-app';

const internalDocs = paths.server.getHref(DEMO_ACCOUNT_ID, 'engineering', 'internal-docs');

async function statusHistory(): Promise<HTMLElement> {
  const section = (await screen.findByRole('heading', { name: 'Status history' })).closest('section');
  if (!section) throw new Error('no Status history section');
  await within(section).findByText(/available, last 7 days/);
  return section;
}

describe('Status history on the server page', () => {
  it('shows availability over the window, the strip in words, every transition with its error, and tool changes', async () => {
    await renderAppWithHistory(internalDocs);
    const section = await statusHistory();
    expect(within(section).getByText(/^\d{1,3}(\.\d)?%$/)).toBeInTheDocument();
    expect(within(section).getByText('Failing since', { exact: false })).toBeInTheDocument();
    expect(within(section).getByRole('img', { name: /^Last 7 days: ready \d+(\.\d)?% of the observed time; problems in \d+ of 28 6-hour slices, the worst error/ })).toBeInTheDocument();
    const transitions = within(section).getByRole('heading', { name: 'Transitions' }).nextElementSibling as HTMLElement;
    const items = within(transitions).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/error.*since.*ongoing/);
    expect(items[0]).toHaveTextContent('Could not connect to the MCP server');
    expect(items[1]).toHaveTextContent(/ready.*from.*lasted/);
    expect(within(section).getByText('−1 tool: legacy_search')).toBeInTheDocument();
    expect(within(section).getByText(/The monitor reads every portal every 1 h\. Last sweep/)).toBeInTheDocument();
  });

  it('switches between 24 hours, 7 days and 30 days, keeping the choice in the address', async () => {
    const { user, location } = await renderAppWithHistory(internalDocs);
    const section = await statusHistory();
    const window = within(section).getByRole('group', { name: 'Time window' });
    expect(within(window).getByRole('button', { name: '7 days' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(window).getByRole('button', { name: '30 days' }));
    expect(within(window).getByRole('button', { name: '30 days' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(window).getByRole('button', { name: '7 days' })).toHaveAttribute('aria-pressed', 'false');
    expect(location().search).toBe('?history=30d');
    expect(within(section).getByRole('img', { name: /^Last 30 days: .* of 30 one-day slices/ })).toBeInTheDocument();
    // The month holds the monitor's four hours off, said out loud between two transitions.
    await user.click(within(section).getByRole('button', { name: /^Show all/ }));
    expect(within(section).getByText(/Not observed for 4 h: the monitor was not running/)).toBeInTheDocument();
    await user.click(within(window).getByRole('button', { name: '24 hours' }));
    expect(location().search).toBe('?history=24h');
    expect(within(section).getByRole('img', { name: /^Last 24 hours: .* of 24 one-hour slices/ })).toBeInTheDocument();
  });

  it('keeps the history on screen when a refresh fails, and says the live status is unaffected', async () => {
    const { closeStore, queryClient } = await renderAppWithHistory(internalDocs);
    const section = await statusHistory();
    closeStore();
    await queryClient.refetchQueries({ queryKey: ['accounts', DEMO_ACCOUNT_ID, 'history'] });
    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent('The status history could not be refreshed.');
    expect(alert).toHaveTextContent('What is shown below is from the last successful read.');
    expect(alert).toHaveTextContent('the live status above is unaffected');
    expect(within(section).getByText(/available, last 7 days/)).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('says history is off, and how to turn it on, when the monitor is disabled; syncs then stay in this browser', async () => {
    renderApp(internalDocs);
    expect(await screen.findByText(/History is off: the monitor is disabled/)).toHaveTextContent(
      'Set MONITOR_INTERVAL_SECONDS (300 is the default) and restart the dashboard to record status history.',
    );
    expect(screen.getByRole('heading', { name: /Sync history \(this browser, last 20\)/ })).toBeInTheDocument();
  });
});

describe('Sync history from the server', () => {
  it('lists everyone’s syncs with who started them, and adds a sync started on this page once it is done', async () => {
    const { user } = await renderAppWithHistory(internalDocs);
    const table = await screen.findByRole('table', { name: 'Syncs of this server, newest first' });
    const before = within(table).getAllByRole('row').length;
    expect(within(table).getAllByText('by chen@example.com')).toHaveLength(2);

    await user.click(await screen.findByRole('button', { name: 'Retry Internal docs' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(before + 1));
    const newest = within(table).getAllByRole('row')[1] as HTMLElement;
    expect(newest).toHaveTextContent('Retry');
    expect(newest).toHaveTextContent('✓ Succeeded');
    expect(newest).toHaveTextContent(/\d+ ms/);
    expect(screen.queryByRole('heading', { name: /this browser/ })).not.toBeInTheDocument();
  });
});
