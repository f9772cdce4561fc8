/**
 * Features for admins: the blast radius of a server, status-change notices (in the page and, when
 * allowed, from the browser), and the whole dashboard worked by keyboard alone.
 */
import type { Page } from '@playwright/test';
import { docsScreenshotPath, expect, test } from './fixtures';

const ACCOUNT = '9f1c7e2a4b6d8e0f1a3c5e7b9d2f4a6c';
const PORTAL_URL = `/accounts/${ACCOUNT}/portals/engineering`;

test.describe('blast radius on the server page', () => {
  test('lists every portal that includes a failing server, with the enabled tools and prompts each loses', async ({ page, embeddedApi }) => {
    await page.goto(`${PORTAL_URL}/servers/buildkite`);
    const section = page.getByRole('region', { name: 'Blast radius' });
    // For a failing server, who it affects is the first question: the blast radius runs without a click.
    await expect(section.getByRole('button', { name: 'Find the portals that use it' })).toHaveCount(0);
    const table = section.getByRole('table', { name: 'Portals that include Buildkite CI' });
    await expect(table).toBeVisible();
    const rows = table.getByRole('row');
    await expect(rows).toHaveCount(3);
    await expect(section.getByText(/^2 portals include Buildkite CI; while it fails, their users lose \d+ enabled tools and \d+ enabled prompts? in all\.$/)).toBeVisible();

    // This portal's row says as many enabled tools as the tools table of this very page does.
    const caption = await page.getByRole('table', { name: /^\d+ tools?, \d+ enabled/ }).locator('caption').textContent();
    const enabledHere = caption?.match(/(\d+) enabled/)?.[1];
    await expect(rows.filter({ hasText: 'Engineering tools' }).getByRole('cell').nth(1)).toHaveText(enabledHere ?? 'missing');
    await expect(rows.filter({ hasText: 'QA automation' })).toBeVisible();
    await section.screenshot({ path: docsScreenshotPath('blast-radius') });

    // Every page of the list, at the largest page size: one read for this account's 25 portals.
    const listReads = (await embeddedApi.requests()).filter((request) => request.path.includes('/portals?'));
    expect(listReads.map((request) => request.path.replace(/^.*\/portals/, ''))).toEqual(['?page=1&per_page=100']);

    await rows.filter({ hasText: 'QA automation' }).getByRole('link', { name: 'QA automation' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'QA automation' })).toBeVisible();
  });

  test('for a healthy server, waits to be asked, then says what the portals would lose', async ({ page, embeddedApi }) => {
    await page.goto(`${PORTAL_URL}/servers/github`);
    const section = page.getByRole('region', { name: 'Blast radius' });
    await expect(section).toContainText('If GitHub failed, every portal that includes it would lose its tools and prompts.');
    // Nothing is read until asked: the page view itself stays one Cloudflare read.
    expect((await embeddedApi.requests()).filter((request) => request.path.includes('/portals?'))).toHaveLength(0);
    await section.getByRole('button', { name: 'Find the portals that use it' }).click();
    await expect(section).toContainText(/8 portals include GitHub; if it failed, their users would lose \d+ enabled tools/);
    await expect(section.getByRole('columnheader', { name: 'Enabled tools' })).toBeVisible();
  });
});

test.describe('blast radius when the portal list is slow or refused', () => {
  test.use({ allowedConsoleErrors: [/status of 403/] });

  test('says it is reading the portal list while it waits', async ({ page, embeddedApi }) => {
    await page.goto(`${PORTAL_URL}/servers/github`);
    const section = page.getByRole('region', { name: 'Blast radius' });
    await embeddedApi.setScenario({ readLatencyMs: 1_500 });
    await section.getByRole('button', { name: 'Find the portals that use it' }).click();
    await expect(section.getByRole('status')).toHaveText("Reading the account's portals…");
    await expect(section.getByRole('table', { name: 'Portals that include GitHub' })).toBeVisible();
    await expect(section.getByRole('status')).toHaveCount(0);
  });

  test('explains a refusal with what to do and Retry, and keeps the server page on screen', async ({ page, embeddedApi }) => {
    await page.goto(`${PORTAL_URL}/servers/github`);
    const section = page.getByRole('region', { name: 'Blast radius' });
    await expect(page.getByRole('heading', { level: 1, name: 'GitHub' })).toBeVisible();

    await embeddedApi.setScenario({ fault: { kind: 'missing-permission', on: 'read' } });
    await section.getByRole('button', { name: 'Find the portals that use it' }).click();
    const failure = section.getByRole('alert');
    await expect(failure).toContainText("Could not read the account's portals to work out the blast radius.");
    // What it means and what to do: the token lacks a permission, and which one.
    await expect(failure).toContainText('The API token is missing a permission');
    await expect(failure).toContainText('Give the token the "MCP Portals Read (or MCP Portals Write)" permission');
    await expect(section.getByRole('table')).toHaveCount(0);
    // The server the admin was looking at stays where it was.
    await expect(page.getByRole('heading', { level: 1, name: 'GitHub' })).toBeVisible();
    await expect(page.getByRole('table', { name: /^\d+ tools?, \d+ enabled/ })).toBeVisible();

    await embeddedApi.setScenario({ fault: null, readLatencyMs: 1_000 });
    await failure.getByRole('button', { name: 'Retry' }).click();
    await expect(section.getByRole('status')).toHaveText("Reading the account's portals…");
    await expect(section.getByRole('table', { name: 'Portals that include GitHub' }).getByRole('row')).toHaveCount(9);
    await expect(section.getByRole('alert')).toHaveCount(0);
  });
});

test.describe('status-change notices', () => {
  // Linear's sync settles between the page's re-read after the sync and its first poll 2 s later.
  test.use({ embeddedApiScenario: { waitingSettleMs: 1_500 } });

  test('a server that changes status between reads is announced in the page', async ({ page }) => {
    await page.goto(PORTAL_URL);
    const linear = page.getByRole('article', { name: 'Linear' });
    await linear.getByRole('button', { name: 'Sync Linear' }).click();
    const notices = page.getByRole('region', { name: 'Notifications' });
    // Nobody touches anything: the poll sees it settle, and says so.
    const settled = notices.getByRole('status').filter({ hasText: 'Linear is now ready (was waiting)' });
    await expect(settled).toBeVisible({ timeout: 10_000 });
    await expect(settled).toContainText('Engineering tools');
    await settled.getByRole('button', { name: 'Dismiss: Linear is now ready (was waiting)' }).click();
    await expect(settled).toBeHidden();
  });

  test('once allowed, the browser notifies too', async ({ page }) => {
    // Headless Chromium shows no desktop notifications, so the page's Notification is a recorder that grants permission.
    await page.addInitScript(() => {
      const sent: { title: string; body: string | undefined }[] = [];
      class RecordingNotification {
        static permission: NotificationPermission = 'default';
        static requestPermission(): Promise<NotificationPermission> {
          RecordingNotification.permission = 'granted';
          return Promise.resolve('granted');
        }
        constructor(title: string, options?: NotificationOptions) {
          sent.push({ title, body: options?.body });
        }
      }
      Object.defineProperty(window, 'Notification', { value: RecordingNotification, configurable: true });
      Object.defineProperty(window, 'sentNotifications', { value: sent });
    });
    await page.goto(PORTAL_URL);
    await page.getByRole('button', { name: 'Notify me of status changes' }).click();
    await expect(page.getByRole('button', { name: 'Browser notifications: on' })).toBeVisible();

    await page.getByRole('article', { name: 'Feature flags' }).getByRole('button', { name: 'Sync Feature flags' }).click();
    const sent = () => page.evaluate(() => Reflect.get(window, 'sentNotifications') as { title: string; body?: string }[]);
    await expect.poll(sent).toContainEqual({ title: 'Feature flags is now ready (was not synced yet)', body: 'Engineering tools' });
  });
});

async function pressOn(page: Page, locator: ReturnType<Page['getByRole']>, key: string): Promise<void> {
  await locator.focus();
  await expect(locator).toBeFocused();
  await page.keyboard.press(key);
}

test.describe('by keyboard alone', () => {
  test('every action works by keyboard alone, with a visible focus ring', async ({ page, context, embeddedApi }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/accounts/${ACCOUNT}/portals`);
    // Once the page shows (its first render is a transition that may end after the load event), Tab from the top
    // of the page reaches the skip link first, then the header.
    await expect(page.getByRole('link', { name: 'MCP Portal Dashboard' })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();

    await pressOn(page, page.getByRole('region', { name: /^Portals/ }).getByRole('link', { name: 'Engineering tools' }), 'Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Engineering tools' })).toBeVisible();

    // A focused control shows an outline.
    const sync = page.getByRole('article', { name: 'Sentry' }).getByRole('button', { name: 'Sync Sentry' });
    await sync.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(sync).toBeFocused();
    expect(await sync.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('article', { name: 'Sentry' }).getByText('Still Sync required: re-authenticate first')).toBeVisible();

    // Filters and search.
    const errorFilter = page.getByRole('group', { name: 'Show:' }).getByRole('button', { name: /^\d+ error$/i });
    await pressOn(page, errorFilter, 'Space');
    await expect(page).toHaveURL(/status=error/);
    await errorFilter.press('Space');
    await expect(page).not.toHaveURL(/status=/);
    await page.getByLabel('Search servers').focus();
    await page.keyboard.type('sentry');
    await expect(page.getByRole('article', { name: 'GitHub' })).toHaveCount(0);
    await expect(page.getByRole('article', { name: 'Sentry' })).toBeVisible();

    // Copy diagnostics, then the server page and its own actions.
    const sentry = page.getByRole('article', { name: 'Sentry' });
    await pressOn(page, sentry.getByRole('button', { name: 'Copy diagnostics of Sentry' }), 'Enter');
    await expect(sentry.getByText('Copied', { exact: true })).toBeVisible();
    await pressOn(page, sentry.getByRole('link', { name: 'Sentry', exact: true }), 'Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Sentry' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Portals that include Sentry' })).toBeVisible();
    await pressOn(page, page.getByRole('link', { name: 'Mobile apps' }), 'Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Mobile apps' })).toBeVisible();
    await page.goBack();
    await pressOn(page, page.getByRole('button', { name: 'Sync Sentry' }), 'Enter');
    await expect(page.getByRole('button', { name: 'Sync Sentry' })).toBeEnabled();

    // Bulk sync on the 40-server portal, and its Cancel, reached while the embedded API holds the first syncs.
    await embeddedApi.setScenario({ holdSyncs: true });
    await page.goto(`/accounts/${ACCOUNT}/portals/integrations-hub`);
    const bulk = page.getByRole('region', { name: 'Bulk sync' });
    await pressOn(page, bulk.getByRole('button', { name: 'Sync all 40' }), 'Enter');
    await pressOn(page, bulk.getByRole('button', { name: 'Cancel' }), 'Enter');
    await embeddedApi.release();
    await expect(bulk.getByText(/^Bulk sync of 40 servers finished: /)).toBeVisible({ timeout: 30_000 });
  });
});

test.describe('with reduced motion asked for', () => {
  test.use({ reducedMotion: 'reduce', embeddedApiScenario: { holdSyncs: true } });

  test('the sync spinner does not spin', async ({ page, embeddedApi }) => {
    await page.goto(PORTAL_URL);
    const github = page.getByRole('article', { name: 'GitHub' });
    await github.getByRole('button', { name: 'Sync GitHub' }).click();
    const spinner = github.getByRole('button', { name: 'Syncing GitHub' }).locator('svg');
    await expect(spinner).toBeVisible();
    expect(await spinner.evaluate((element) => getComputedStyle(element).animationDuration)).toMatch(/^(0s|1e-05s|0\.00001s)$/);
    await embeddedApi.release();
    await expect(github.getByText('Sync succeeded')).toBeVisible();
  });
});

test.describe('on a 1920 px screen', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('the portal page uses the width without stretching lines across it', async ({ page }) => {
    await page.goto(PORTAL_URL);
    await expect(page.getByRole('article')).toHaveCount(7);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const main = await page.locator('main').boundingBox();
    expect(main?.width ?? 0).toBeLessThanOrEqual(1280);
    await page.screenshot({ path: docsScreenshotPath('portal-page-wide') });
  });
});

test.describe('at widths between a phone and a wide screen', () => {
  test('the header keeps its name clear of its controls', async ({ page }) => {
    await page.goto(PORTAL_URL);
    const header = page.getByRole('banner');
    await expect(header.getByText('Demo data')).toBeVisible();
    for (const width of [640, 820, 1024, 1279, 1280, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      const name = await header.getByRole('link', { name: 'MCP Portal Dashboard' }).boundingBox();
      for (const control of [header.getByRole('link', { name: /^Alerts/ }), header.getByRole('group', { name: 'Colour theme' })]) {
        const box = await control.boundingBox();
        const overlaps = name !== null && box !== null && name.x < box.x + box.width && box.x < name.x + name.width && name.y < box.y + box.height && box.y < name.y + name.height;
        expect(overlaps, `${width} px: the name overlaps ${await control.textContent()}`).toBe(false);
      }
    }
  });
});
