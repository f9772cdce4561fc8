/**
 * The fault matrix's browser half: the faults only a real browser and a real socket can show. Markup in an answer
 * that must never run, a connection dropped mid-answer, a session cookie the server no longer knows, layout under
 * 10,000-character strings. The rest of the matrix runs in process in src/app/fault-matrix.test.tsx. Every case
 * checks a clear message, that nothing unexpected reached the console (the fixtures fail the test otherwise), that
 * what was on screen before stays there, and that the page works again once the fault is gone.
 */
import type { Locator, Page } from '@playwright/test';
import type { DriftKind } from '../server/embedded-api/drift.ts';
import type { FaultKind } from '../server/embedded-api/faults.ts';
import { docsScreenshotPath, expect, screenshotPath, test, type EmbeddedApiControl } from './fixtures';

const ACCOUNT = '9f1c7e2a4b6d8e0f1a3c5e7b9d2f4a6c';
const LIST_URL = `/accounts/${ACCOUNT}/portals`;
const PORTAL_URL = `${LIST_URL}/engineering`;
const ENGINEERING_SERVER_COUNT = 7;

/** Chromium reports every failed fetch as "Failed to load resource: … status of N"; the page itself logs nothing. */
const failedLoad = (status: number) => new RegExp(`Failed to load resource: the server responded with a status of ${status}`);
const droppedConnection = /Failed to load resource: net::ERR_/;

function card(page: Page, name: string): Locator {
  return page.getByRole('article', { name });
}

function staleBanner(page: Page): Locator {
  return page.getByRole('alert').filter({ hasText: 'the latest refresh failed' });
}

/** Turns the fault on, refreshes, and checks the banner sits above the data that was already there. */
async function refreshInto(page: Page, embeddedApi: EmbeddedApiControl, kind: FaultKind, title: string): Promise<Locator> {
  await embeddedApi.setScenario({ fault: { kind, on: 'read' } });
  await page.getByRole('button', { name: 'Refresh', exact: true }).click();
  const banner = staleBanner(page);
  // Failures worth retrying (5xx, dropped connections) are retried twice with back-off (1 s, 2 s) before they show.
  await expect(banner).toBeVisible({ timeout: 30_000 });
  await expect(banner.getByText(title, { exact: true })).toBeVisible();
  return banner;
}

/** The fault goes away; Retry in the banner brings fresh data and the banner leaves. */
async function recover(embeddedApi: EmbeddedApiControl, banner: Locator): Promise<void> {
  // A screenshot can hand the page focus, and React Query re-reads on focus: let that read fail first, or it would
  // recover on its own and take the banner (and its Retry) away before the click.
  await expect(banner.getByRole('button', { name: 'Retry' })).toBeEnabled({ timeout: 30_000 });
  await embeddedApi.setScenario({ fault: null });
  await banner.getByRole('button', { name: 'Retry' }).click();
  await expect(banner).toBeHidden();
}

/**
 * Loads the portal with good data, then lets the API answer in the given drifted shape and refreshes: the page
 * moves from what it showed to the new answer without a reload.
 */
async function driftInto(page: Page, embeddedApi: EmbeddedApiControl, drift: DriftKind): Promise<void> {
  await page.goto(PORTAL_URL);
  await expect(page.getByRole('article')).toHaveCount(ENGINEERING_SERVER_COUNT);
  await embeddedApi.setScenario({ drift });
  const readsBefore = (await embeddedApi.requests()).length;
  await page.getByRole('button', { name: 'Refresh', exact: true }).click();
  // The drifted answer has arrived once the API has been read again and the button is back from "Refreshing…".
  await expect.poll(async () => (await embeddedApi.requests()).length).toBeGreaterThan(readsBefore);
  await expect(page.getByRole('button', { name: 'Refresh', exact: true })).toBeEnabled();
}

/** The API answers normally again: the usual portal is back, and a sync works. */
async function backToNormal(page: Page, embeddedApi: EmbeddedApiControl): Promise<void> {
  await embeddedApi.setScenario({ drift: null });
  await page.goto(PORTAL_URL);
  await expect(page.getByRole('article')).toHaveCount(ENGINEERING_SERVER_COUNT);
  const github = card(page, 'GitHub');
  await expect(github.getByText('Status: ready', { exact: true })).toBeVisible();
  await github.getByRole('button', { name: 'Sync GitHub' }).click();
  await expect(github.getByText('Sync succeeded')).toBeVisible();
}

interface RefreshCase {
  name: string;
  kind: FaultKind;
  title: string;
  detail?: string;
  console: RegExp[];
}

// The rest of the matrix (every status and body the API can answer with, timeouts, drifted data) runs through the
// same proxy and embedded API in src/app/fault-matrix.test.tsx; these two need a real browser and a real socket.
const REFRESH_CASES: RefreshCase[] = [
  { name: '502 with an HTML body', kind: 'bad-gateway-html', title: 'The Cloudflare API could not be reached', detail: 'HTTP 502 · The API answered HTTP 502 without a Cloudflare response body.', console: [failedLoad(502)] },
  { name: 'a connection reset mid-response', kind: 'connection-reset', title: 'The answer was cut off', console: [droppedConnection] },
];

test.describe('a refresh that fails keeps the portal on screen', () => {
  for (const { name, kind, title, detail, console: allowed } of REFRESH_CASES) {
    test.describe(name, () => {
      test.use({ allowedConsoleErrors: allowed });

      test(`${name}: says "${title}", keeps the servers, recovers with Retry`, async ({ page, embeddedApi }) => {
        await page.goto(PORTAL_URL);
        await expect(page.getByRole('article')).toHaveCount(ENGINEERING_SERVER_COUNT);

        const banner = await refreshInto(page, embeddedApi, kind, title);
        if (detail) await expect(banner.getByText(detail, { exact: false })).toBeVisible();
        await expect(page.getByRole('heading', { level: 1, name: 'Engineering tools' })).toBeVisible();
        await expect(page.getByRole('article')).toHaveCount(ENGINEERING_SERVER_COUNT);
        // Nothing from the answer was interpreted as markup (the 502 page carries a script).
        expect(await page.evaluate(() => 'injected' in window || '__injected' in window)).toBe(false);
        if (kind === 'bad-gateway-html') await page.screenshot({ path: screenshotPath('fault-refresh-502-html') });

        await recover(embeddedApi, banner);
        await expect(card(page, 'GitHub').getByRole('button', { name: 'Sync GitHub' })).toBeEnabled();
      });
    });
  }
});

test.describe('the dashboard server restarted (stale session cookie)', () => {
  test.use({ allowedConsoleErrors: [failedLoad(403)] });

  test('asks for a reload, keeps the data, and works again after it', async ({ page, context }) => {
    await page.goto(PORTAL_URL);
    await expect(page.getByRole('article')).toHaveCount(ENGINEERING_SERVER_COUNT);
    // What a restart looks like to an open tab: its session cookie no longer matches.
    await context.clearCookies();
    await page.getByRole('button', { name: 'Refresh', exact: true }).click();
    const banner = staleBanner(page);
    await expect(banner.getByText('The dashboard server has restarted', { exact: true })).toBeVisible();
    await expect(banner.getByText('Reload the page to pick up the new session.')).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(ENGINEERING_SERVER_COUNT);
    await page.reload();
    await expect(page.getByRole('article')).toHaveCount(ENGINEERING_SERVER_COUNT);
    await expect(staleBanner(page)).toBeHidden();
  });
});

test.describe('schema drift', () => {
  test.describe('a wrong type in one server', () => {
    test('sets that server aside in a card naming the field; the others work', async ({ page, embeddedApi }) => {
      await driftInto(page, embeddedApi, 'wrong-type');
      const linear = card(page, 'Linear');
      await expect(linear.getByText('Unreadable', { exact: true })).toBeVisible();
      await expect(linear.getByText(/^servers\[1\]\.tools: .*expected array, received string/)).toBeVisible();
      await expect(page.getByText(/^1 server could not be read/)).toBeVisible();
      await expect(page.getByRole('article')).toHaveCount(ENGINEERING_SERVER_COUNT);
      await page.screenshot({ path: docsScreenshotPath('fault-unreadable-server') });
      const github = card(page, 'GitHub');
      await github.getByRole('button', { name: 'Sync GitHub' }).click();
      await expect(github.getByText('Sync succeeded')).toBeVisible();

      await page.goto(`${PORTAL_URL}/servers/linear`);
      await expect(page.getByRole('heading', { level: 1, name: 'Linear' })).toBeVisible();
      await expect(page.getByText(/^servers\[1\]\.tools: /)).toBeVisible();
      await backToNormal(page, embeddedApi);
    });
  });
});

test.describe('hostile and unusual data', () => {
  test.describe('HTML and script in names and causes', () => {
    test('are shown as text and never run', async ({ page, embeddedApi }) => {
      await driftInto(page, embeddedApi, 'html-in-text');
      let dialogs = 0;
      page.on('dialog', (dialog) => {
        dialogs += 1;
        void dialog.dismiss();
      });
      const hostile = card(page, '<img src=x onerror="window.__pwned=1">Zendesk');
      await expect(hostile).toBeVisible();
      // In the card's one line and under Error details: text both times.
      await expect(hostile.getByText('<script>window.__pwned=1</script>upstream said <b>no</b>')).toHaveCount(2);
      await expect(hostile.getByText('<script>window.__pwned=1</script>upstream said <b>no</b>').first()).toBeVisible();
      await hostile.getByText('Error details').click();
      await expect(hostile.getByText('<b>Sync failed</b><img src=x onerror="window.__pwned=1">')).toBeVisible();
      await expect(page.locator('main img')).toHaveCount(0);
      await page.getByRole('link', { name: '<img src=x onerror="window.__pwned=1">Zendesk' }).click();
      await expect(page.getByRole('heading', { level: 1, name: '<img src=x onerror="window.__pwned=1">Zendesk' })).toBeVisible();
      await expect(page.locator('main img')).toHaveCount(0);
      expect(await page.evaluate(() => '__pwned' in window)).toBe(false);
      expect(dialogs).toBe(0);
      await backToNormal(page, embeddedApi);
    });
  });

  test.describe('10,000-character strings', () => {
    test('wrap or clamp without widening the page, and the full text is reachable', async ({ page, embeddedApi }) => {
      await driftInto(page, embeddedApi, 'long-strings');
      await page.setViewportSize({ width: 1280, height: 900 });
      const longName = `Long ${'n'.repeat(9_995)}`;
      const heading = page.getByRole('heading', { level: 3, name: longName });
      await expect(heading).toBeVisible();
      await expect(heading).toHaveAttribute('title', longName);
      await expect(page.getByRole('article')).toHaveCount(ENGINEERING_SERVER_COUNT);
      const noSidewaysScroll = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
      expect(await noSidewaysScroll()).toBe(true);
      // Clamped, the heading takes three lines and the card stays a card, not a 10,000-character wall.
      expect((await heading.boundingBox())?.height ?? Infinity).toBeLessThan(120);
      expect((await card(page, longName).boundingBox())?.height ?? Infinity).toBeLessThan(1_000);
      const longHostname = await card(page, longName).getByRole('link', { name: /^https:\/\/h+/ }).getAttribute('title');
      expect(longHostname).toHaveLength(10_000);
      await page.screenshot({ path: screenshotPath('fault-long-strings') });

      await page.getByRole('link', { name: longName }).click();
      await expect(page.getByRole('heading', { level: 1, name: longName })).toBeVisible();
      // The server page shows every long text whole.
      await expect(page.getByText(`Cause: ${'c'.repeat(10_000)}`)).toBeVisible();
      expect(await noSidewaysScroll()).toBe(true);
      await backToNormal(page, embeddedApi);
    });
  });
});
