import type { Locator, Page } from '@playwright/test';
import { docsScreenshotPath, expect, screenshotPath, test } from './fixtures';

const ACCOUNT = '9f1c7e2a4b6d8e0f1a3c5e7b9d2f4a6c';
const GITHUB_URL = `/accounts/${ACCOUNT}/portals/engineering/servers/github`;

function toolsTable(page: Page): Locator {
  return page.getByRole('table', { name: /tools, \d+ enabled/ });
}

/** The row whose "Name users see" is exactly `visibleName`. */
function toolRow(table: Locator, visibleName: string): Locator {
  return table.getByRole('row').filter({ has: table.page().locator('th span', { hasText: new RegExp(`^${visibleName}$`) }) });
}

test('a deep link shows the server, its breadcrumbs and its tools with overrides merged', async ({ page, embeddedApi }) => {
  await page.goto(GITHUB_URL);
  await expect(page.getByRole('heading', { level: 1, name: 'GitHub' })).toBeVisible();
  await expect(page).toHaveTitle('GitHub · MCP portals');

  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.getByRole('link', { name: 'Portals' })).toHaveAttribute('href', `/accounts/${ACCOUNT}/portals`);
  await expect(crumbs.getByRole('link', { name: 'Engineering tools' })).toHaveAttribute('href', `/accounts/${ACCOUNT}/portals/engineering`);
  await expect(crumbs.getByRole('listitem')).toHaveText([/^Account 9f1c7e2a…$/, /Portals$/, /Engineering tools$/, /GitHub$/]);

  // The header's badge (the status history below lists past states with the same words).
  const header = page.locator('header').filter({ has: page.getByRole('heading', { level: 1 }) });
  await expect(header.getByText('Status: ready', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'https://api.githubcopilot.com/mcp/' })).toBeVisible();
  await expect(page.getByText('Connected: the admin sign-in works (connected)', { exact: true })).toBeVisible();

  const table = toolsTable(page);
  await expect(table.locator('caption')).toHaveText('90 tools, 86 enabled');
  await expect(table.locator('tbody tr')).toHaveCount(90);

  const searchCode = toolRow(table, 'gh_search_code');
  await expect(searchCode).toContainText('upstream: search_code');
  await expect(searchCode).toContainText('Enabled');
  await expect(searchCode).toContainText('default');

  const createIssue = toolRow(table, 'gh_create_issue');
  await expect(createIssue).toContainText('upstream: create_issue');
  await expect(createIssue).toContainText('Use the bug template for defects.');

  const merge = toolRow(table, 'merge_pull_request');
  await expect(merge).toContainText('Disabled');
  await expect(merge).toContainText('override');
  await expect(merge).toContainText('Disabled here: merges go through the merge queue.');

  // The page is served by the portal read, plus the redirect URI of this OAuth server: nothing asks for the server alone.
  await expect(page.getByRole('button', { name: 'Copy redirect URI' })).toBeVisible();
  const calls = (await embeddedApi.requests()).map((request) => `${request.method} ${request.path.replace(/^.*\/mcp/, '')}`);
  expect(new Set(calls)).toEqual(new Set(['GET /portals/engineering', 'GET /portals/engineering/servers/github/effective-redirect-uri']));

  await page.screenshot({ path: screenshotPath('server-detail'), fullPage: true });
  await page.screenshot({ path: docsScreenshotPath('server-detail') });
});

test('the tool search filters rows and survives a reload', async ({ page }) => {
  await page.goto(GITHUB_URL);
  const search = page.getByRole('searchbox', { name: 'Search tools' });
  await search.fill('pull request');
  await expect(page).toHaveURL(/\?tools=pull\+request$/);
  const table = toolsTable(page);
  await expect(table.locator('caption')).toContainText('match “pull request”');
  const matching = await table.locator('tbody tr').count();
  expect(matching).toBeGreaterThan(0);
  expect(matching).toBeLessThan(90);

  await page.reload();
  await expect(search).toHaveValue('pull request');
  await expect(table.locator('tbody tr')).toHaveCount(matching);

  await search.fill('no-such-tool-anywhere');
  await expect(page.getByText('No tools match “no-such-tool-anywhere”')).toBeVisible();
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await expect(table.locator('tbody tr')).toHaveCount(90);
  await expect(page).not.toHaveURL(/tools=/);
});

test('the raw JSON is collapsed until opened, and shows the server as text', async ({ page }) => {
  await page.goto(GITHUB_URL);
  const summary = page.getByText('Raw JSON from the API');
  const json = page.locator('details pre');
  await expect(json).toBeHidden();
  await summary.click();
  await expect(json).toBeVisible();
  await expect(json).toContainText('"id": "github"');
  await expect(json).toContainText('"portal_alias": "gh_search_code"');
  await expect(page.getByRole('button', { name: 'Copy JSON' })).toBeVisible();
});

test.describe('while a sync is under way', () => {
  test.use({ embeddedApiScenario: { holdSyncs: true } });

  test('Sync behaves like the card: one POST for a double click, then success and a fresh read', async ({ page, embeddedApi }) => {
    await page.goto(GITHUB_URL);
    await page.getByRole('button', { name: 'Sync GitHub' }).dblclick();
    await expect(page.getByRole('button', { name: 'Syncing GitHub' })).toBeDisabled();
    await embeddedApi.release();
    await expect(page.getByText('Sync succeeded')).toBeVisible();

    const calls = (await embeddedApi.requests()).map((request) => `${request.method} ${request.path.replace(/^.*\/mcp/, '')}`);
    expect(calls.filter((call) => call.startsWith('POST'))).toEqual(['POST /servers/github/sync']);
    expect(calls.lastIndexOf('GET /portals/engineering')).toBeGreaterThan(calls.indexOf('POST /servers/github/sync'));
  });
});

test.describe('a server that is not in the portal', () => {
  // A deep link reads the redirect URI beside the portal before it knows the server is missing; Cloudflare answers 404.
  test.use({ allowedConsoleErrors: [/status of 404/] });

test('gets a friendly panel with ways back', async ({ page }) => {
  await page.goto(`/accounts/${ACCOUNT}/portals/engineering/servers/zendesk`);
  await expect(page.getByRole('heading', { name: 'Server "zendesk" is not in portal "Engineering tools"' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to Engineering tools' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Engineering tools' })).toBeVisible();
});
});

test.describe('an OAuth server', () => {
  test('shows the redirect URI to register, with Copy, and warns when the manual client lacks it', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/accounts/${ACCOUNT}/portals/secops/servers/okta`);
    const oauth = page.getByRole('region', { name: 'OAuth' });
    await expect(oauth.getByText('Redirect URI to register at the OAuth provider')).toBeVisible();
    await oauth.getByRole('button', { name: 'Copy redirect URI' }).click();
    await expect(oauth.getByText('Copied', { exact: true })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('https://secops.mcp.acme-corp.example/servers-callback');
    await expect(oauth.getByText(/^Per-portal callback on this portal's hostname/)).toBeVisible();

    const warning = oauth.getByRole('status', { name: 'The provider does not know the redirect URI this portal sends' });
    await expect(warning).toContainText('https://secops.mcp.acme-corp.example/servers-callback');
    await expect(warning).toContainText('https://secops.mcp.acme-corp.example/oauth/callback');
    await expect(oauth.getByRole('group', { name: 'OAuth client' })).toContainText('Stored (version 2)');
    await oauth.screenshot({ path: docsScreenshotPath('oauth-server') });
  });
});

test('the portal page links to the detail page, which opens from the cache (reading only an OAuth server\'s redirect URI)', async ({ page, embeddedApi }) => {
  // Support desk, whose servers are all settled: the Engineering portal would re-read while Linear waits.
  await page.goto(`/accounts/${ACCOUNT}/portals/support-desk`);
  await expect(page.getByRole('article', { name: 'GitHub' })).toBeVisible();
  const before = (await embeddedApi.requests()).length;
  await page.getByRole('article', { name: 'GitHub' }).getByRole('link', { name: 'GitHub', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'GitHub' })).toBeVisible();
  await expect(toolsTable(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy redirect URI' })).toBeVisible();
  const after = (await embeddedApi.requests()).slice(before).map((request) => request.path.replace(/^.*\/mcp/, ''));
  expect(after).toEqual(['/portals/support-desk/servers/github/effective-redirect-uri']);
});

test.describe('for a portal that does not exist', () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });

  test('the page explains it and offers Retry', async ({ page }) => {
    await page.goto(`/accounts/${ACCOUNT}/portals/no-such-portal/servers/github`);
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { name: 'Portal "no-such-portal" does not exist' })).toBeVisible();
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  });
});

test.describe('on a phone-sized screen', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('only the tables scroll sideways, not the page', async ({ page }) => {
    await page.goto(`${GITHUB_URL}?tools=issue`);
    await expect(toolsTable(page)).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath('server-detail-mobile'), fullPage: true });
  });
});

test('a sync from the server page joins its sync history, which the server keeps across reloads', async ({ page }) => {
  await page.goto(`/accounts/${ACCOUNT}/portals/engineering/servers/buildkite`);
  const history = page.getByRole('region', { name: /^Sync history/ });
  const rows = history.getByRole('row');
  // The demo's seeded syncs: who synced Buildkite before, from where.
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText('by ana@example.com');

  await page.getByRole('button', { name: 'Sync Buildkite CI' }).click();
  await expect(page.getByRole('status').getByText('Sync failed')).toBeVisible();
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(1)).toContainText('Sync on this page');
  await expect(rows.nth(1)).toContainText('✕ Failed');
  await expect(rows.nth(1)).toContainText('failed to load pipeline definitions');

  await page.reload();
  await expect(history.getByRole('row')).toHaveCount(5);
});
