/**
 * Triage first: the account view and the portal page lead with what needs attention and the one right next step,
 * and nothing moves under the admin. Screenshots for the README tour are taken here.
 */
import type { Page } from '@playwright/test';
import { docsScreenshotPath, expect, test } from './fixtures';

const ACCOUNT = '9f1c7e2a4b6d8e0f1a3c5e7b9d2f4a6c';
const ACCOUNT_URL = `/accounts/${ACCOUNT}/portals`;
const PORTAL_URL = `${ACCOUNT_URL}/engineering`;

test('the account view sums up the account, lists each failing server once, and keeps its filter and sort in the URL', async ({ page }) => {
  await page.goto(ACCOUNT_URL);
  await expect(page.getByText('10 portals need attention · 5 servers failing, 11 need re-authentication, 1 not synced yet')).toBeVisible();
  const problems = page.getByRole('region', { name: 'Servers that need attention (17)' });
  const docs = problems.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Internal docs', exact: true }) });
  await expect(docs).toContainText('In 4 portals: Engineering tools, Data platform, Legal review, Docs team');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: docsScreenshotPath('account-view') });

  const portals = page.getByRole('region', { name: 'Portals (25)' });
  await portals.getByRole('button', { name: 'Needs attention (10)' }).click();
  await portals.getByLabel('Sort by').selectOption('name');
  await expect(page).toHaveURL(/\?show=attention&sort=name$/);
  await page.reload();
  await expect(portals.getByText('Page 1 of 1 · 10 of 25 portals')).toBeVisible();
  await expect(portals.getByRole('button', { name: 'Needs attention (10)' })).toHaveAttribute('aria-pressed', 'true');

  await docs.getByRole('link', { name: 'Legal review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Legal review' })).toBeVisible();
});

/** The first server card starts within the first screen. */
async function firstCardTop(page: Page): Promise<number> {
  const box = await page.getByRole('article').first().boundingBox();
  if (!box) throw new Error('no server card is laid out');
  return box.y;
}

test('the portal page shows its first server on the first screen, on a laptop and on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(PORTAL_URL);
  await expect(page.getByRole('article', { name: 'GitHub' })).toBeVisible();
  expect(await firstCardTop(page)).toBeLessThan(800 - 100);

  await page.setViewportSize({ width: 375, height: 812 });
  await expect(page.getByRole('article').first()).toBeVisible();
  expect(await firstCardTop(page)).toBeLessThan(812 - 100);
});

test('after its own sync a card stays where it is, marked, and a waiting server says for how long', async ({ page }) => {
  await page.goto(PORTAL_URL);
  const names = () => page.getByRole('article').evaluateAll((cards) => cards.map((card) => card.querySelector('h3')?.textContent));
  await expect(page.getByRole('article')).toHaveCount(7);
  const before = await names();

  const docs = page.getByRole('article', { name: 'Internal docs' });
  const retry = docs.getByRole('button', { name: 'Retry Internal docs' });
  await expect(retry).toHaveClass(/bg-primary/);
  await retry.click();
  await expect(docs.getByText('Sync succeeded')).toBeVisible();
  await expect(docs.getByText('Status: ready', { exact: true })).toBeVisible();
  expect(await names()).toEqual(before);
  await expect(page.getByRole('button', { name: 'Re-sort now' })).toBeVisible();

  await expect(page.getByRole('article', { name: 'Linear' })).toContainText(/Waiting for 1 min( \d+ s)?: longer than usual\./);
});

test('a new page opens at the top, and Back returns to where the admin was', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${ACCOUNT_URL}/integrations-hub`);
  const workday = page.getByRole('article', { name: 'Workday' });
  await workday.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(1000);

  await workday.getByRole('link', { name: 'Workday', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workday' })).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  await page.goBack();
  await expect(workday).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled - 5);
  expect(await page.evaluate(() => window.scrollY)).toBeLessThan(scrolled + 5);
});

test('the table view is kept in the URL, and a status says its problem on hover and on focus', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${ACCOUNT_URL}/integrations-hub`);
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Table' }).click();
  await expect(page).toHaveURL(/view=table/);
  const table = page.getByRole('table', { name: 'Servers of this portal' });
  await expect(table.getByRole('row')).toHaveCount(41);

  const figma = table.getByRole('row', { name: /Figma/ });
  const tip = figma.getByRole('tooltip');
  await expect(tip).toBeHidden();
  await figma.getByText('Status: error').hover();
  await expect(tip).toBeVisible();
  await expect(tip).toHaveText("Upstream error: tools/list: 401 Unauthorized. Only the MCP server's owner can fix this: send them the diagnostics, then sync.");
  await page.screenshot({ path: docsScreenshotPath('table-view') });

  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();
  const netlify = table.getByRole('row', { name: /Netlify/ });
  await netlify.getByText('Status: error').locator('xpath=ancestor::span[@tabindex="0"]').focus();
  await expect(netlify.getByRole('tooltip')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('table', { name: 'Servers of this portal' })).toBeVisible();
});
