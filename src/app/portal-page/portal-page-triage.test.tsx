import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT_ID, renderApp } from '@/testing/render-app';
import { paths } from '@/lib/paths';

const portalUrl = paths.portal.getHref(DEMO_ACCOUNT_ID, 'engineering');

/** A card's actions, left to right: the last one is the next step. */
function actions(name: string): HTMLElement[] {
  const footer = screen.getByRole('article', { name }).querySelector('footer');
  if (!footer) throw new Error(`${name} has no footer`);
  return within(footer).queryAllByRole('button').concat(within(footer).queryAllByRole('link'));
}
const actionNames = (name: string) => actions(name).map((element) => element.getAttribute('aria-label') ?? element.textContent);
const cardNames = () => screen.getAllByRole('article').map((card) => within(card).getAllByRole('link')[0]?.textContent);

describe('the portal page leads with health', () => {
  it('says how many servers need attention under the title, with the status chips as filters', async () => {
    const { user, location } = renderApp(portalUrl);
    expect(await screen.findByText(/5 of 7 servers need attention · 1 waiting$/)).toBeInTheDocument();
    const chips = screen.getByRole('group', { name: 'Show:' });
    expect(within(chips).getAllByRole('button').map((chip) => chip.textContent)).toEqual([
      '✕2 error',
      '!1 Sync required',
      '?1 unknown',
      '○1 not synced yet',
      '…1 waiting',
      '✓1 ready',
    ]);
    await user.click(within(chips).getByRole('button', { name: /2 error/ }));
    expect(location().search).toBe('?status=error');
    expect(cardNames()).toEqual(['Buildkite CI', 'Internal docs']);
    // Bulk sync covers what the filter shows, and says so.
    expect(screen.getByRole('button', { name: 'Sync 2 shown' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Sync 2 failed' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Retry 1 transient' })).toBeEnabled();
  });

  it('folds the portal facts into a disclosure, so the servers come first', async () => {
    const { user } = renderApp(portalUrl);
    const details = (await screen.findByText('Portal details')).closest('details');
    if (!details) throw new Error('no details');
    expect(details).not.toHaveAttribute('open');
    await user.click(screen.getByText('Portal details'));
    expect(details).toHaveAttribute('open');
    expect(within(details).getByText('Opt-in: off unless a client asks for it')).toBeVisible();
  });
});

describe('cards say it once, with the right button', () => {
  it('leads each card with its next step: Retry, re-authenticate, the diagnostics for the owner, or Sync; a quiet Sync when healthy', async () => {
    renderApp(portalUrl);
    await screen.findByRole('article', { name: 'GitHub' });
    expect(actionNames('Internal docs').at(-1)).toBe('Retry Internal docs');
    expect(actionNames('Sentry').slice(-2)).toEqual(['Sync Sentry after re-authenticating', 'Re-authenticate Sentry (simulated by the demo)']);
    expect(actionNames('PagerDuty').at(-1)).toBe('Re-authenticate PagerDuty (simulated by the demo)');
    expect(actionNames('Buildkite CI')).toEqual(['Simulate the fix of Buildkite CI by its owner', 'Sync Buildkite CI', 'Copy diagnostics of Buildkite CI']);
    expect(actionNames('Feature flags').at(-1)).toBe('Sync Feature flags');
    expect(actions('Feature flags').at(-1)).toHaveClass('bg-primary');
    expect(actionNames('GitHub').at(-1)).toBe('Sync GitHub');
    expect(actions('GitHub').at(-1)).not.toHaveClass('bg-primary');
  });

  it('says a failing server\'s problem in one line, and keeps the rest behind Error details', async () => {
    renderApp(portalUrl);
    const card = await screen.findByRole('article', { name: 'Buildkite CI' });
    expect(card).toHaveTextContent(
      'Upstream error: MCP error -32603: Internal error: failed to load pipeline definitions for organization "acme-corp". Only the MCP server\'s owner can fix this: send them the diagnostics, then sync.',
    );
    expect(within(card).getByText('-32603 (internal error)')).not.toBeVisible();
    expect(within(card).getByText('Error details')).toBeVisible();
  });

  it('says how long a server has been waiting, and past the usual offers Sync', async () => {
    renderApp(portalUrl);
    const card = await screen.findByRole('article', { name: 'Linear' });
    expect(card).toHaveTextContent(/Waiting for 1 min( \d+ s)?: longer than usual\. Cloudflare usually settles a sync within seconds\./);
    expect(actionNames('Linear').at(-1)).toBe('Sync Linear');
  });

  it('repairs the demo story: Retry fixes the transient failure, and the owner\'s fix lets Buildkite sync', async () => {
    const { user } = renderApp(portalUrl);
    const docs = await screen.findByRole('article', { name: 'Internal docs' });
    await user.click(within(docs).getByRole('button', { name: 'Retry Internal docs' }));
    expect(await within(docs).findByText('Sync succeeded')).toBeInTheDocument();

    const buildkite = screen.getByRole('article', { name: 'Buildkite CI' });
    await user.click(within(buildkite).getByRole('button', { name: 'Sync Buildkite CI' }));
    expect(await within(buildkite).findByText('Sync failed')).toBeInTheDocument();
    await user.click(within(buildkite).getByRole('button', { name: 'Simulate the fix of Buildkite CI by its owner' }));
    await user.click(within(buildkite).getByRole('button', { name: 'Sync Buildkite CI' }));
    expect(await within(buildkite).findByText('Sync succeeded')).toBeInTheDocument();
  });
});

describe('stable and honest motion', () => {
  it('keeps a card where it is after its own sync, until the admin re-sorts', async () => {
    const { user } = renderApp(portalUrl);
    await screen.findByRole('article', { name: 'GitHub' });
    const before = cardNames();
    expect(before).toEqual(['Buildkite CI', 'Internal docs', 'Sentry', 'PagerDuty', 'Feature flags', 'Linear', 'GitHub']);
    const docs = screen.getByRole('article', { name: 'Internal docs' });
    await user.click(within(docs).getByRole('button', { name: 'Retry Internal docs' }));
    expect(await within(docs).findByText('Sync succeeded')).toBeInTheDocument();
    expect(within(docs).getByText('ready')).toBeInTheDocument();
    expect(cardNames()).toEqual(before);

    await user.click(screen.getByRole('button', { name: 'Re-sort now' }));
    expect(cardNames()).toEqual(['Buildkite CI', 'Sentry', 'PagerDuty', 'Feature flags', 'Linear', 'GitHub', 'Internal docs']);
  });
});

describe('the table view', () => {
  it('switches to a table kept in the URL, whose status says the problem on focus', async () => {
    const { user, location } = renderApp(portalUrl);
    await user.click(await screen.findByRole('button', { name: 'Table', pressed: false }));
    expect(location().search).toBe('?view=table');
    const table = screen.getByRole('table', { name: 'Servers of this portal' });
    expect(within(table).getAllByRole('row')).toHaveLength(8);
    const docsRow = within(table).getByRole('row', { name: /Internal docs/ });
    const status = within(docsRow).getByText('error').closest('[tabindex="0"]');
    if (!(status instanceof HTMLElement)) throw new Error('the status is not focusable');
    expect(status).toHaveAccessibleDescription(
      'Transient failure: connect ECONNREFUSED 10.0.3.7:443. Likely temporary: retry.',
    );
    expect(within(docsRow).getByRole('button', { name: 'Retry Internal docs' })).toBeInTheDocument();
  });
});
