import { expect, screenshotPath, test } from './fixtures';

const ACCOUNT = '9f1c7e2a4b6d8e0f1a3c5e7b9d2f4a6c';
const LIST_URL = `/accounts/${ACCOUNT}/portals`;
const PORTAL_URL = `${LIST_URL}/engineering`;

test('the portal list pages by 10, and the page survives reload and back/forward', async ({ page }) => {
  await page.goto(LIST_URL);
  await expect(page).toHaveTitle('Portals · MCP portals');
  const list = page.getByRole('region', { name: /^Portals/ });
  const pagination = page.getByRole('navigation', { name: 'Pagination' });
  await expect(pagination).toContainText('Page 1 of 3 · 25 portals');
  const engineering = list.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Engineering tools' }) });
  await expect(engineering).toContainText('✕2 error!1 Sync required?1 unknown○1 not synced yet…1 waiting✓1 ready');
  await page.screenshot({ path: screenshotPath('portal-list'), fullPage: true });

  await pagination.getByRole('button', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/\?page=2$/);
  await expect(pagination).toContainText('Page 2 of 3');
  await expect(list.getByRole('link', { name: 'Engineering tools' })).toHaveCount(0);

  await page.reload();
  await expect(pagination).toContainText('Page 2 of 3');
  await page.goBack();
  await expect(pagination).toContainText('Page 1 of 3');
  await expect(pagination.getByRole('button', { name: 'Previous page' })).toBeDisabled();
});

test('searching the portal list is kept in ?q=, costs no read, and says when nothing matches', async ({ page, embeddedApi }) => {
  await page.goto(LIST_URL);
  const list = page.getByRole('region', { name: /^Portals/ });
  await expect(list.getByRole('link', { name: 'Support desk' })).toBeVisible();
  const reads = (await embeddedApi.requests()).length;
  await page.getByLabel('Search portals').fill('support');
  await expect(page).toHaveURL(/\?q=support$/);
  await expect(list.getByRole('link', { name: /./ }).filter({ hasText: /support/i })).toHaveCount(2);
  // The account's portals are all on hand: searching them asks Cloudflare nothing.
  expect(await embeddedApi.requests()).toHaveLength(reads);

  await page.reload();
  await expect(page.getByLabel('Search portals')).toHaveValue('support');
  await expect(list.getByRole('link', { name: 'Support desk' })).toBeVisible();

  await page.getByLabel('Search portals').fill('zzz-nothing');
  await expect(page.getByText('No portal matches “zzz-nothing”.')).toBeVisible();
  await page.getByRole('button', { name: 'Show all portals' }).click();
  await expect(page).toHaveURL(new RegExp(`${LIST_URL}$`));
  await expect(page.getByLabel('Search portals')).toHaveValue('');
});

test('status filters, search and sort on the portal page live in the URL', async ({ page }) => {
  await page.goto(PORTAL_URL);
  await expect(page).toHaveTitle('Engineering tools · MCP portals');
  const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(breadcrumb.getByRole('link', { name: 'Portals' })).toHaveAttribute('href', LIST_URL);
  await expect(breadcrumb.getByText('Engineering tools')).toHaveAttribute('aria-current', 'page');

  const statusGroup = page.getByRole('group', { name: 'Show:' });
  // Default sort puts the failing servers first.
  await expect(page.getByRole('article').first()).toHaveAccessibleName(/Buildkite CI|Internal docs/);

  await statusGroup.getByRole('button', { name: '2 error' }).click();
  await expect(page).toHaveURL(/\?status=error$/);
  await expect(page.getByRole('article')).toHaveCount(2);
  await statusGroup.getByRole('button', { name: '1 Sync required' }).click();
  await expect(page).toHaveURL(/\?status=error%2Cstale$/);
  await expect(page.getByRole('article')).toHaveCount(3);

  await page.reload();
  await expect(page.getByRole('article')).toHaveCount(3);
  await expect(statusGroup.getByRole('button', { name: '1 Sync required' })).toHaveAttribute('aria-pressed', 'true');
  await page.goBack();
  await expect(page).toHaveURL(/\?status=error$/);
  await expect(page.getByRole('article')).toHaveCount(2);
  await page.goForward();
  await expect(page.getByRole('article')).toHaveCount(3);

  await page.getByLabel('Sort by').selectOption('name');
  await expect(page).toHaveURL(/sort=name/);
  await expect(page.getByRole('article').first()).toHaveAccessibleName('Buildkite CI');

  await page.getByLabel('Search servers').fill('nothing-like-this');
  await expect(page.getByText('No server matches these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByRole('article')).toHaveCount(7);
  await expect(page).toHaveURL(/\?sort=name$/);
});

test('a shared link with filters reproduces the same view, even one written before "other" was split in two', async ({ page }) => {
  await page.goto(`${PORTAL_URL}?status=other&sort=name&q=a`);
  await expect(page.getByRole('article')).toHaveCount(2);
  await expect(page.getByRole('article').nth(0)).toHaveAccessibleName('Feature flags');
  await expect(page.getByRole('article').nth(1)).toHaveAccessibleName('PagerDuty');
  await expect(page.getByLabel('Search servers')).toHaveValue('a');
});

test('hovering a portal link loads its data, and opening it reuses that data', async ({ page, embeddedApi }) => {
  await page.goto(LIST_URL);
  const link = page.getByRole('region', { name: /^Portals/ }).getByRole('link', { name: 'Support desk' });
  await link.hover();
  await expect.poll(async () => (await embeddedApi.requests()).filter((request) => request.path.endsWith('/portals/support-desk')).length).toBe(1);
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Support desk' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Zendesk' })).toBeVisible();
  expect((await embeddedApi.requests()).filter((request) => request.path.endsWith('/portals/support-desk'))).toHaveLength(1);
});
