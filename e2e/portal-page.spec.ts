import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { docsScreenshotPath, expect, screenshotPath, test } from './fixtures';

const ACCOUNT = '9f1c7e2a4b6d8e0f1a3c5e7b9d2f4a6c';
const PORTAL_URL = `/accounts/${ACCOUNT}/portals/engineering`;
const ENGINEERING_SERVERS = ['GitHub', 'Linear', 'Sentry', 'Buildkite CI', 'Internal docs', 'Feature flags', 'PagerDuty'];

function card(page: Page, name: string): Locator {
  return page.getByRole('article', { name });
}

function cardFact(serverCard: Locator, label: string): Locator {
  return serverCard.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');
}

test('a deep link shows the portal header and a card for every server, each in its state', async ({ page }) => {
  await page.goto(PORTAL_URL);
  await expect(page.getByRole('heading', { level: 1, name: 'Engineering tools' })).toBeVisible();
  await expect(page.getByText('mcp.acme-corp.example', { exact: true })).toBeVisible();
  await expect(page.getByText('5 of 7 servers need attention · 1 waiting')).toBeVisible();
  await expect(page.getByText('Demo data')).toBeVisible();

  for (const name of ENGINEERING_SERVERS) await expect(card(page, name)).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(ENGINEERING_SERVERS.length);

  const states: Record<string, string> = {
    GitHub: 'ready',
    Linear: 'waiting',
    Sentry: 'Sync required (stale)',
    'Buildkite CI': 'error',
    'Internal docs': 'error',
    'Feature flags': 'not synced yet',
    PagerDuty: 'degraded',
  };
  for (const [name, status] of Object.entries(states)) {
    await expect(card(page, name).getByText(`Status: ${status}`, { exact: true })).toBeVisible();
  }
  await expect(cardFact(card(page, 'Feature flags'), 'Last synced')).toHaveText('never');

  const github = card(page, 'GitHub');
  await expect(github.getByRole('link', { name: 'https://api.githubcopilot.com/mcp/' })).toHaveAttribute('href', 'https://api.githubcopilot.com/mcp/');
  await expect(github.getByText('90 tools · 3 prompts')).toBeVisible();
  const lastSynced = cardFact(github, 'Last synced').locator('time');
  await expect(lastSynced).toHaveText('3 minutes ago');
  await expect(lastSynced).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);

  await page.screenshot({ path: screenshotPath('portal-page'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: fileURLToPath(new URL('../docs/screenshots/portal-page.png', import.meta.url)) });

  // Settings and history are one click away, under the health of the servers.
  await page.getByText('Portal details').click();
  await expect(page.getByText('Code, CI, incidents and internal docs for the product engineering org.')).toBeVisible();
  await expect(page.getByText('Opt-in: off unless a client asks for it')).toBeVisible();
  await expect(page.getByText('On: outbound MCP traffic goes through Secure Web Gateway')).toBeVisible();

  // The exact time, in the viewer's zone, appears on keyboard focus as well as on hover.
  await lastSynced.focus();
  await expect(page.getByRole('tooltip').filter({ visible: true })).toContainText(/\d{4}/);
});

test('a failing card says its problem in one line, with the details one click away and open through a refresh', async ({ page }) => {
  await page.goto(PORTAL_URL);
  const buildkite = card(page, 'Buildkite CI');
  await expect(buildkite.getByText(/^Upstream error: MCP error -32603/)).toBeVisible();
  await expect(buildkite.getByText('-32603 (internal error)')).toBeHidden();
  // Only the MCP server's owner can fix it: sending them the diagnostics is the next step, so it is the primary button.
  await expect(buildkite.getByRole('button', { name: 'Copy diagnostics of Buildkite CI' })).toHaveClass(/bg-primary/);
  await buildkite.screenshot({ path: docsScreenshotPath('error-card') });

  await buildkite.getByText('Error details').click();
  await expect(buildkite.getByText('The MCP server was reached and answered with an error.')).toBeVisible();
  await expect(buildkite.getByText('-32603 (internal error)')).toBeVisible();
  await expect(buildkite.getByText('Not retryable.')).toBeVisible();
  await buildkite.screenshot({ path: docsScreenshotPath('error-card-open') });
  await page.getByRole('button', { name: 'Refresh', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Refresh', exact: true })).toBeEnabled();
  await expect(buildkite.getByText('-32603 (internal error)')).toBeVisible();
});

test('a "Sync required" card leads with re-authenticating; after the sign-in, a sync brings fresh timestamps and status', async ({ page, embeddedApi }) => {
  await page.goto(PORTAL_URL);
  const sentry = card(page, 'Sentry');
  await expect(sentry.getByText('Status: Sync required (stale)', { exact: true })).toBeVisible();
  await expect(sentry.getByText('Admin sign-in expired. Re-authenticate in Cloudflare One, then sync.')).toBeVisible();
  const sync = sentry.getByRole('button', { name: 'Sync Sentry after re-authenticating' });
  await expect(sync).toHaveText('Sync after re-auth');
  const reauthenticate = sentry.getByRole('button', { name: 'Re-authenticate Sentry (simulated by the demo)' });
  await expect(reauthenticate).toHaveClass(/bg-primary/);
  await sentry.screenshot({ path: docsScreenshotPath('sync-required-card') });
  await expect(cardFact(sentry, 'Last synced').locator('time')).toHaveText('yesterday');

  await sync.click();
  await expect(sentry.getByText('Still Sync required: re-authenticate first')).toBeVisible();
  await expect(sentry.getByText('Status: Sync required (stale)', { exact: true })).toBeVisible();

  await reauthenticate.click();
  await expect(sentry.getByText('Signed in again', { exact: true })).toBeVisible();
  await sentry.getByRole('button', { name: 'Sync Sentry', exact: true }).click();

  await expect(sentry.getByText('Sync succeeded')).toBeVisible();
  await expect(sentry.getByText('Status: ready', { exact: true })).toBeVisible();
  await expect(cardFact(sentry, 'Last synced').locator('time')).toHaveText('just now');
  await expect(cardFact(sentry, 'Last successful sync').locator('time')).toHaveText('just now');
  await expect(sentry.getByText('10 tools · 2 prompts')).toBeVisible();
  await expect(sentry.getByText('+2 tools: search_events, get_trace_details')).toBeVisible();

  const calls = (await embeddedApi.requests()).map((request) => `${request.method} ${request.path.replace(/^.*\/mcp/, '')}`);
  expect(calls.filter((call) => call.startsWith('POST'))).toEqual(['POST /servers/sentry/sync', 'POST /servers/sentry/sync']);
  // The portal is read again after the sync, so the timestamps above came from the API.
  expect(calls.lastIndexOf('GET /portals/engineering')).toBeGreaterThan(calls.lastIndexOf('POST /servers/sentry/sync'));
});

test('a failed sync (HTTP 200, status "error") says so on the card, and its timestamps are fresh', async ({ page }) => {
  await page.goto(PORTAL_URL);
  const buildkite = card(page, 'Buildkite CI');
  await buildkite.getByRole('button', { name: 'Sync Buildkite CI' }).click();
  const outcome = buildkite.getByRole('status');
  await expect(outcome.getByText('Sync failed')).toBeVisible();
  await expect(outcome.getByText('Cloudflare answered with the error described above, just now.')).toBeVisible();
  await expect(cardFact(buildkite, 'Last synced').locator('time')).toHaveText('just now');
  await expect(cardFact(buildkite, 'Last successful sync').locator('time')).toHaveText('3 days ago');
});

test.describe('while a sync is under way', () => {
  // The embedded API holds the sync until the test has seen the pending state, however slow the machine is.
  test.use({ embeddedApiScenario: { holdSyncs: true } });

  test('a double click sends exactly one sync, and the button shows progress meanwhile', async ({ page, embeddedApi }) => {
    await page.goto(PORTAL_URL);
    const github = card(page, 'GitHub');
    await github.getByRole('button', { name: 'Sync GitHub' }).dblclick();
    const pending = github.getByRole('button', { name: 'Syncing GitHub' });
    await expect(pending).toBeDisabled();
    await expect(pending).toHaveText('Syncing…');
    await expect(github.getByRole('status')).toContainText('Cloudflare is fetching its tools and prompts');
    await github.screenshot({ path: screenshotPath('card-mid-sync') });

    await embeddedApi.release();
    await expect(github.getByText('Sync succeeded')).toBeVisible();
    await expect(github.getByRole('status')).toContainText('What changed: no changes');
    const posts = (await embeddedApi.requests()).filter((request) => request.method === 'POST');
    expect(posts.map((request) => request.path)).toEqual([`/accounts/${ACCOUNT}/access/ai-controls/mcp/servers/github/sync`]);
  });
});

test.describe('when the token may not read portals', () => {
  test.use({ embeddedApiScenario: { permission: 'none' }, allowedConsoleErrors: [/status of 403/] });

  test('the page explains the missing MCP Portals Read permission and offers Retry', async ({ page }) => {
    await page.goto(PORTAL_URL);
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { name: 'The API token is missing a permission' })).toBeVisible();
    await expect(alert).toContainText('MCP Portals Read');
    await expect(alert).toContainText('10000');
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  });
});

test.describe('when the token may read but not write', () => {
  test.use({ embeddedApiScenario: { permission: 'read' }, allowedConsoleErrors: [/status of 403/] });

  test('a refused sync names the MCP Portals Write permission', async ({ page }) => {
    await page.goto(PORTAL_URL);
    const github = card(page, 'GitHub');
    await github.getByRole('button', { name: 'Sync GitHub' }).click();
    await expect(github.getByRole('status')).toContainText('The API token is missing a permission');
    await expect(github.getByRole('status')).toContainText('MCP Portals Write');
    await expect(github.getByRole('status')).toContainText('9109');
  });
});

test.describe('a waiting server', () => {
  // Settles before the page's first poll (2 s after the sync's re-read), yet well after that re-read itself.
  test.use({ embeddedApiScenario: { waitingSettleMs: 1_500 } });

  test('a server that is waiting after a sync turns ready on screen without any action', async ({ page }) => {
    await page.goto(PORTAL_URL);
    const linear = card(page, 'Linear');
    await linear.getByRole('button', { name: 'Sync Linear' }).click();
    await expect(linear.getByText('Sync started')).toBeVisible();
    await expect(linear.getByText('Status: waiting', { exact: true })).toBeVisible();
    // The page re-reads after 2 s, then 3 s, 4.5 s… while anything waits.
    await expect(linear.getByText('Status: ready', { exact: true })).toBeVisible({ timeout: 10_000 });
    await expect(linear.getByText('11 tools · 0 prompts')).toBeVisible();
  });

  /** Makes the tab look hidden or shown to the page, as switching tabs does (React Query listens for this). */
  async function setTabVisible(page: Page, visible: boolean): Promise<void> {
    await page.evaluate((shown) => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (shown ? 'visible' : 'hidden') });
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => !shown });
      document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    }, visible);
  }

  test('polling a waiting server pauses while the tab is hidden and reads again when it is shown', async ({ page, embeddedApi }) => {
    // The page's clock, so a long stretch in a background tab passes without the test waiting for it.
    await page.clock.install();
    await page.goto(PORTAL_URL);
    const linear = card(page, 'Linear');
    await linear.getByRole('button', { name: 'Sync Linear' }).click();
    await expect(linear.getByText('Status: waiting', { exact: true })).toBeVisible();
    const portalReads = async () =>
      (await embeddedApi.requests()).filter((request) => request.method === 'GET' && request.path.endsWith('/portals/engineering')).length;

    await setTabVisible(page, false);
    const readsWhenHidden = await portalReads();
    // 20 s of polling time at 2 s, 3 s, 4.5 s, 6.75 s… would be four reads in a visible tab.
    await page.clock.runFor(20_000);
    expect(await portalReads()).toBe(readsWhenHidden);

    await setTabVisible(page, true);
    await expect.poll(portalReads).toBeGreaterThan(readsWhenHidden);
    await expect(linear.getByText('Status: ready', { exact: true })).toBeVisible({ timeout: 10_000 });
  });
});

test('the page says when its data was read and can be refreshed by hand', async ({ page, embeddedApi }) => {
  // Support desk, whose servers are all settled, so the only re-read is the one asked for (the Engineering portal
  // re-reads on its own every few seconds while Linear waits).
  await page.goto(`/accounts/${ACCOUNT}/portals/support-desk`);
  await expect(page.getByText(/^Updated just now/)).toBeVisible();
  const reads = async () => (await embeddedApi.requests()).filter((request) => request.path.endsWith('/portals/support-desk')).length;
  const before = await reads();
  await page.getByRole('button', { name: 'Refresh', exact: true }).click();
  await expect.poll(reads).toBe(before + 1);
  await expect(page.getByRole('button', { name: 'Refresh', exact: true })).toBeEnabled();
});

test('reloading a deep link shows the same portal', async ({ page }) => {
  await page.goto(PORTAL_URL);
  await expect(page.getByRole('heading', { level: 1, name: 'Engineering tools' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Engineering tools' })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(ENGINEERING_SERVERS.length);
});

test('/ opens the demo account, whose portals link to their pages', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(new RegExp(`/accounts/${ACCOUNT}/portals$`));
  await page.getByRole('region', { name: /^Portals/ }).getByRole('link', { name: 'Data platform' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Data platform' })).toBeVisible();
});

test.describe('for a portal that does not exist', () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });

  test('the page says so and leads back to the list', async ({ page }) => {
    await page.goto(`/accounts/${ACCOUNT}/portals/no-such-portal`);
    await expect(page.getByRole('heading', { name: 'Portal "no-such-portal" does not exist' })).toBeVisible();
    await page.getByRole('link', { name: 'All portals' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'MCP server portals' })).toBeVisible();
  });
});

test('Copy diagnostics puts a ticket-ready JSON block about the server on the clipboard, from the card and the server page', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(PORTAL_URL);
  const buildkite = card(page, 'Buildkite CI');
  await buildkite.getByRole('button', { name: 'Copy diagnostics of Buildkite CI' }).click();
  await expect(buildkite.getByText('Copied', { exact: true })).toBeVisible();
  const fromCard: unknown = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  expect(fromCard).toMatchObject({
    account_id: ACCOUNT,
    portal_id: 'engineering',
    server_id: 'buildkite',
    name: 'Buildkite CI',
    hostname: 'https://mcp.buildkite.com/mcp',
    status: 'error',
    error_details: { is_upstream: true, retryable: false },
    dashboard_version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    captured_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
  });
  expect(JSON.stringify(fromCard)).not.toContain('e2e-embedded-api-token');

  await buildkite.getByRole('link', { name: 'Buildkite CI' }).click();
  await page.getByRole('button', { name: 'Copy diagnostics of Buildkite CI' }).click();
  const fromPage: unknown = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  expect(fromPage).toMatchObject({ server_id: 'buildkite', portal_id: 'engineering' });
});
