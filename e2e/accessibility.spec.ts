/**
 * axe finds nothing on any page, in light and in dark; no page scrolls sideways on a phone; the theme toggle
 * overrides the system and is remembered.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { docsScreenshotPath, expect, test } from './fixtures';

const ACCOUNT = '9f1c7e2a4b6d8e0f1a3c5e7b9d2f4a6c';
const PAGES = [
  { name: 'portal list', url: `/accounts/${ACCOUNT}/portals`, ready: { role: 'heading', name: 'MCP server portals' } },
  { name: 'portal page', url: `/accounts/${ACCOUNT}/portals/engineering`, ready: { role: 'heading', name: 'Engineering tools' } },
  { name: 'server page', url: `/accounts/${ACCOUNT}/portals/engineering/servers/buildkite`, ready: { role: 'heading', name: 'Buildkite CI' } },
  { name: 'alerts page', url: `/accounts/${ACCOUNT}/alerts`, ready: { role: 'heading', name: 'Alerts' } },
  { name: 'not-found page', url: '/no/such/page', ready: { role: 'heading', name: 'Page not found' } },
  { name: 'invalid id page', url: `/accounts/${ACCOUNT}/portals/Bad!`, ready: { role: 'heading', name: 'Invalid portal id' } },
] as const;

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1).join(' ') ?? ''}`),
  );
}

// One load per page: axe in light, then in dark, then the same page at phone width.
for (const { name, url, ready } of PAGES) {
  test(`the ${name}: axe finds nothing in light or dark, and at 375 px nothing scrolls sideways`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(url);
    await expect(page.getByRole(ready.role, { name: ready.name, exact: true })).toBeVisible();
    // Relative times and badges settle after the data arrives; let the page finish loading before judging it.
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    expect(await axeViolations(page), 'light').toEqual([]);

    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(background).not.toBe(light);
    expect(await axeViolations(page), 'dark').toEqual([]);

    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 375, height: 812 });
    await expect(page.getByRole(ready.role, { name: ready.name, exact: true })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    if (name === 'portal page') await page.screenshot({ path: docsScreenshotPath('portal-page-phone') });
  });
}

test('the theme toggle overrides the system, is remembered, and can go back to the system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`/accounts/${ACCOUNT}/portals/engineering`);
  await expect(page.getByRole('article', { name: 'GitHub' })).toBeVisible();
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();

  // People click the visible label; the radio itself is visually hidden.
  await page.getByText('Dark', { exact: true }).click();
  await expect.poll(background).not.toBe(light);
  const dark = await background();
  await page.screenshot({ path: docsScreenshotPath('portal-page-dark') });

  await page.reload();
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  expect(await background()).toBe(dark);

  await page.getByText('System', { exact: true }).click();
  await expect.poll(background).toBe(light);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(background).toBe(dark);
});

test('the theme can be chosen with the keyboard alone', async ({ page }) => {
  await page.goto(`/accounts/${ACCOUNT}/portals`);
  await page.getByRole('radio', { name: 'System' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Light' })).toBeChecked();
  await expect(page.locator('html')).toHaveClass('light');
});

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('the header takes two rows: the name with the demo badge, then the controls', async ({ page }) => {
    await page.goto(`/accounts/${ACCOUNT}/portals`);
    const header = page.getByRole('banner');
    const badge = header.getByText('Demo data', { exact: true });
    await expect(badge).toBeVisible();
    const middle = async (locator: Locator) => {
      const box = await locator.boundingBox();
      if (box === null) throw new Error(`${String(locator)} has no box`);
      return box.y + box.height / 2;
    };
    const nameRow = await middle(header.getByRole('link', { name: 'MCP Portal Dashboard' }));
    const controlsRow = await middle(header.getByRole('group', { name: 'Colour theme' }));
    expect(Math.abs((await middle(badge)) - nameRow)).toBeLessThan(8);
    expect(Math.abs((await middle(header.getByRole('button', { name: 'Notify me of status changes' }))) - controlsRow)).toBeLessThan(8);
    expect(controlsRow - nameRow).toBeGreaterThan(16);
  });
});
