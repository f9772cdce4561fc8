import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/lib/paths';
import { portalQueries } from '@/cloudflare-api/portal-queries';
import { DEMO_ACCOUNT_ID, renderAppWithHistory } from '@/testing/render-app';

describe('a card’s last 7 days', () => {
  it('shows a small strip, how often the server left ready, and since when it is not ready in the status’s words', async () => {
    await renderAppWithHistory(paths.portal.getHref(DEMO_ACCOUNT_ID, 'engineering'));
    const docs = await screen.findByRole('article', { name: 'Internal docs' });
    expect(await within(docs).findByText('Last 7 days: not ready 4 times')).toBeInTheDocument();
    expect(within(docs).getByText('Failing since', { exact: false })).toHaveTextContent(/^Failing since \d+ minutes ago/);
    expect(within(docs).getByRole('img', { name: /^Last 7 days: ready \d+(\.\d)?% of the observed time; problems in/ })).toBeInTheDocument();

    const sentry = screen.getByRole('article', { name: 'Sentry' });
    expect(within(sentry).getByText('Sync required since', { exact: false })).toHaveTextContent(/^Sync required since (yesterday|\d+ days ago)/);

    const github = screen.getByRole('article', { name: 'GitHub' });
    expect(within(github).getByRole('img', { name: /^Last 7 days: ready 100% of the observed time; no problems/ })).toBeInTheDocument();
    expect(within(github).queryByText(/since/)).not.toBeInTheDocument();
  });
});

describe('a portal page whose history read is slower than the portal read', () => {
  const isHistory = (request: Request) => new URL(request.url).pathname.startsWith('/api/history/');

  it('shows its cards with their strips at once, rather than adding strips under cards already on screen', async () => {
    let releaseHistory = () => {};
    const historyHeld = new Promise<void>((resolve) => (releaseHistory = resolve));
    const { queryClient } = await renderAppWithHistory(paths.portal.getHref(DEMO_ACCOUNT_ID, 'engineering'), {
      beforeAnswer: (request) => (isHistory(request) ? historyHeld : undefined),
    });
    // The portal has arrived; its cards wait for the history.
    await waitFor(() => expect(queryClient.getQueryState(portalQueries.detail(DEMO_ACCOUNT_ID, 'engineering').queryKey)?.status).toBe('success'));
    expect(screen.getByText('Loading portal…', { exact: false })).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    releaseHistory();
    const docs = await screen.findByRole('article', { name: 'Internal docs' });
    expect(within(docs).getByText('Last 7 days: not ready 4 times')).toBeInTheDocument();
  });

  it('shows its cards without strips after a second when the history read does not answer', async () => {
    await renderAppWithHistory(paths.portal.getHref(DEMO_ACCOUNT_ID, 'engineering'), { beforeAnswer: (request) => (isHistory(request) ? new Promise<void>(() => {}) : undefined) });
    const docs = await screen.findByRole('article', { name: 'Internal docs' }, { timeout: 3000 });
    expect(within(docs).queryByText(/Last 7 days/)).not.toBeInTheDocument();
  });
});

describe('Needs attention on the account view', () => {
  it('says since when each server has been failing and how often it flapped, from the store alone', async () => {
    const { embeddedApi } = await renderAppWithHistory(paths.portals.getHref(DEMO_ACCOUNT_ID));
    const section = (await screen.findByRole('heading', { name: /Servers that need attention/ })).closest('section') as HTMLElement;
    const docs = within(section).getByRole('link', { name: 'Internal docs' }).closest('li') as HTMLElement;
    expect(await within(docs).findByText(/^Failing since/)).toHaveTextContent(/^Failing since \d+ minutes ago.* · not ready 4 times in 7 days$/);
    const buildkite = within(section).getByRole('link', { name: 'Buildkite CI' }).closest('li') as HTMLElement;
    expect(within(buildkite).getByText(/^Failing since/)).toHaveTextContent(/^Failing since 3 hours ago/);
    // The page read the portal list, once; the history came from the dashboard's own store.
    expect(embeddedApi.requests().map((request) => `${request.method} ${request.path.split('/mcp')[1]}`)).toEqual(['GET /portals?page=1&per_page=100']);
  });
});

describe('when the history store cannot be read', () => {
  it('keeps the since-when already on screen and says what is missing, and that the live statuses are unaffected', async () => {
    const { closeStore, queryClient } = await renderAppWithHistory(paths.portals.getHref(DEMO_ACCOUNT_ID));
    const section = (await screen.findByRole('heading', { name: /Servers that need attention/ })).closest('section') as HTMLElement;
    expect(await within(section).findAllByText(/^Failing since/)).not.toHaveLength(0);
    closeStore();
    await queryClient.refetchQueries({ queryKey: ['accounts', DEMO_ACCOUNT_ID, 'history'] });
    expect(await within(section).findByRole('status')).toHaveTextContent(
      /^Since when each server is failing could not be read from the dashboard's history store \(.+\)\. The statuses shown are live from Cloudflare and unaffected\. Try again$/,
    );
    expect(within(section).getAllByText(/^Failing since/)).not.toHaveLength(0);
  });
});
