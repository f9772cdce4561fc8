// What the monitor remembers, as people use it in a browser: the server page's timeline driven by keyboard in both
// themes, Needs attention and the cards saying since when, and the audit after a card's sync. Vitest covers the
// parts (src/features/servers/history/*.test.tsx); this runs the production server, whose monitor has swept the
// embedded API on top of the demo's seeded 30 days.
import { docsScreenshotPath, expect, screenshotPath, test } from './fixtures';

const ACCOUNT = '9f1c7e2a4b6d8e0f1a3c5e7b9d2f4a6c';
const INTERNAL_DOCS = `/accounts/${ACCOUNT}/portals/engineering/servers/internal-docs`;

test('the server page shows its status history; the window switch works from the keyboard and stays in the address', async ({ page }) => {
  await page.goto(INTERNAL_DOCS);
  const history = page.getByRole('region', { name: 'Status history' });
  await expect(history.getByText(/available, last 7 days/)).toBeVisible();
  await expect(history.getByText(/^Failing since/)).toBeVisible();
  await expect(history.getByRole('img', { name: /^Last 7 days: ready \d+(\.\d)?% of the observed time; problems in \d+ of 28/ })).toBeVisible();
  await expect(history.getByRole('listitem').filter({ hasText: 'Could not connect to the MCP server' }).first()).toBeVisible();
  await expect(history.getByText('−1 tool: legacy_search')).toBeVisible();

  const thirtyDays = history.getByRole('group', { name: 'Time window' }).getByRole('button', { name: '30 days' });
  await thirtyDays.focus();
  await page.keyboard.press('Enter');
  await expect(thirtyDays).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/\?history=30d$/);
  await expect(history.getByRole('img', { name: /^Last 30 days: .* of 30 one-day slices/ })).toBeVisible();

  // A shared link opens on the same window.
  await page.reload();
  await expect(history.getByRole('button', { name: '30 days' })).toHaveAttribute('aria-pressed', 'true');
  await history.scrollIntoViewIfNeeded();
  await history.screenshot({ path: docsScreenshotPath('status-history') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await history.screenshot({ path: screenshotPath('status-history-dark') });
});

test('Needs attention and the cards say since when a server has been failing and how often it left ready', async ({ page }) => {
  await page.goto(`/accounts/${ACCOUNT}/portals`);
  const problems = page.getByRole('region', { name: /^Servers that need attention/ });
  const docs = problems.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Internal docs', exact: true }) });
  await expect(docs.getByText(/^Failing since/)).toContainText(/Failing since \d+ minutes ago.* · not ready 4 times in 7 days/);
  await page.screenshot({ path: screenshotPath('needs-attention-history') });

  await problems.getByRole('link', { name: 'Engineering tools' }).first().click();
  const card = page.getByRole('article', { name: 'Internal docs' });
  await expect(card.getByText('Last 7 days: not ready 4 times')).toBeVisible();
  await expect(card.getByRole('img', { name: /^Last 7 days: ready/ })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Sentry' }).getByText(/^Sync required since/)).toBeVisible();
});

test('a sync from a card is in the server page’s audit, saying where it was started', async ({ page }) => {
  await page.goto(`/accounts/${ACCOUNT}/portals/engineering`);
  const github = page.getByRole('article', { name: 'GitHub' });
  await github.getByRole('button', { name: 'Sync GitHub' }).click();
  await expect(github.getByText('Sync succeeded')).toBeVisible();

  await github.getByRole('link', { name: 'GitHub', exact: true }).click();
  const audit = page.getByRole('table', { name: 'Syncs of this server, newest first' });
  const newest = audit.getByRole('row').nth(1);
  await expect(newest).toContainText('Sync on a portal page');
  await expect(newest).toContainText('✓ Succeeded');
  await expect(newest).toContainText('just now');
});
