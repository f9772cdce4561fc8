/**
 * The fault matrix: every way the API (or the network before it) can fail or surprise, each shown to leave the
 * dashboard calm and truthful. Drifted and hostile data arrive on a refresh of a page that showed good data. Every case checks a clear message, that nothing unexpected reached the console (the
 * fixtures fail the test otherwise), that what was on screen before stays there, and that the page works again
 * once the fault is gone.
 */
import type { Locator, Page } from '@playwright/test';
import type { DriftKind } from '../server/mock-api/drift.ts';
import type { FaultKind } from '../server/mock-api/faults.ts';
import { docsScreenshotPath, expect, screenshotPath, test, type MockApi } from './fixtures';

const ACCOUNT = '9f1c7e2a4b6d8e0f1a3c5e7b9d2f4a6c';
const LIST_URL = `/accounts/${ACCOUNT}/portals`;
const PORTAL_URL = `${LIST_URL}/engineering`;
const SERVER_URL = `${PORTAL_URL}/servers/github`;
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
async function refreshInto(page: Page, mockApi: MockApi, kind: FaultKind, title: string): Promise<Locator> {
  await mockApi.setScenario({ fault: { kind, on: 'read' } });
  await page.getByRole('button', { name: 'Refresh', exact: true }).click();
  const banner = staleBanner(page);
  // Failures worth retrying (5xx, 429, dropped connections) are retried twice with backoff before they are shown;
  // a hanging upstream costs the proxy's 5 s timeout on each of the three tries.
  await expect(banner).toBeVisible({ timeout: kind === 'hang' ? 60_000 : 30_000 });
  await expect(banner.getByText(title, { exact: true })).toBeVisible();
  return banner;
}

/** The fault goes away; Retry in the banner brings fresh data and the banner leaves. */
async function recover(mockApi: MockApi, banner: Locator): Promise<void> {
  await mockApi.setScenario({ fault: null });
  await banner.getByRole('button', { name: 'Retry' }).click();
  await expect(banner).toBeHidden();
}

/**
 * Loads the portal with good data, then lets the API answer in the given drifted shape and refreshes: the page
 * moves from what it showed to the new answer without a reload.
 */
async function driftInto(page: Page, mockApi: MockApi, drift: DriftKind): Promise<void> {
  await page.goto(PORTAL_URL);
  await expect(page.getByRole('article')).toHaveCount(ENGINEERING_SERVER_COUNT);
  await mockApi.setScenario({ drift });
  const readsBefore = (await mockApi.requests()).length;
  await page.getByRole('button', { name: 'Refresh', exact: true }).click();
  // The drifted answer has arrived once the API has been read again and the button is back from "Refreshing…".
  await expect.poll(async () => (await mockApi.requests()).length).toBeGreaterThan(readsBefore);
  await expect(page.getByRole('button', { name: 'Refresh', exact: true })).toBeEnabled();
}

/** The API answers normally again: the usual portal is back, and a sync works. */
async function backToNormal(page: Page, mockApi: MockApi): Promise<void> {
  await mockApi.setScenario({ drift: null });
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
  /** Words from the API or the dashboard that must be shown as detail. */
  detail?: string;
  console?: RegExp[];
}

const REFRESH_CASES: RefreshCase[] = [
  { name: '401 Unauthorized', kind: 'unauthorized', title: 'Cloudflare did not accept the credentials', detail: '10001: Unable to authenticate request', console: [failedLoad(401)] },
  { name: '403 with code 10000', kind: 'forbidden', title: 'The API token is missing a permission', detail: '10000: Authentication error', console: [failedLoad(403)] },
  { name: '403 with code 9109', kind: 'missing-permission', title: 'The API token is missing a permission', detail: '9109: Unauthorized to access requested resource', console: [failedLoad(403)] },
  { name: '400 with code 6003', kind: 'invalid-headers', title: 'Cloudflare did not accept the credentials', detail: '6003: Invalid request headers', console: [failedLoad(400)] },
  { name: '404 with code 7003 (unknown account)', kind: 'unknown-account', title: 'This account was not found', console: [failedLoad(404)] },
  { name: '404 for a portal deleted while open', kind: 'not-found', title: 'Portal "engineering" does not exist', console: [failedLoad(404)] },
  { name: '429 with Retry-After', kind: 'rate-limited', title: 'Cloudflare is rate limiting these requests', detail: '971: Please wait', console: [failedLoad(429)] },
  { name: '500', kind: 'internal-error', title: 'Cloudflare had a problem answering', detail: 'HTTP 500 · 10002: An internal error occurred', console: [failedLoad(500)] },
  { name: '502 with an HTML body', kind: 'bad-gateway-html', title: 'The Cloudflare API could not be reached', detail: 'HTTP 502 · The API answered HTTP 502 without a Cloudflare response body.', console: [failedLoad(502)] },
  { name: '503', kind: 'unavailable', title: 'Cloudflare had a problem answering', detail: 'HTTP 503 · 10013: Service temporarily unavailable', console: [failedLoad(503)] },
  { name: 'malformed JSON', kind: 'malformed-json', title: 'The API answered with data the dashboard cannot read', detail: 'The API answered with something that is not a Cloudflare response.' },
  { name: 'an empty body', kind: 'empty-body', title: 'The API answered with data the dashboard cannot read', detail: 'The API answered with an empty body.' },
  { name: '200 with success: false', kind: 'success-false', title: 'Could not load this portal', detail: 'HTTP 200 · 10009: Request could not be completed' },
  { name: 'an upstream timeout', kind: 'hang', title: 'The Cloudflare API could not be reached', detail: 'The Cloudflare API did not answer within 5 s.', console: [failedLoad(504)] },
  { name: 'a connection reset mid-response', kind: 'connection-reset', title: 'The answer was cut off', console: [droppedConnection] },
];

test.describe('a refresh that fails keeps the portal on screen', () => {
  for (const { name, kind, title, detail, console: allowed = [] } of REFRESH_CASES) {
    test.describe(name, () => {
      test.use({ allowedConsoleErrors: allowed });

      test(`${name}: says "${title}", keeps the servers, recovers with Retry`, async ({ page, mockApi }) => {
        // An upstream timeout takes the proxy's 5 s three times over (the first try and two retries).
        test.slow(kind === 'hang');
        await page.goto(PORTAL_URL);
        await expect(page.getByRole('article')).toHaveCount(ENGINEERING_SERVER_COUNT);

        const banner = await refreshInto(page, mockApi, kind, title);
        if (detail) await expect(banner.getByText(detail, { exact: false })).toBeVisible();
        await expect(page.getByRole('heading', { level: 1, name: 'Engineering tools' })).toBeVisible();
        await expect(page.getByRole('article')).toHaveCount(ENGINEERING_SERVER_COUNT);
        // Nothing from the answer was interpreted as markup (the 502 page carries a script).
        expect(await page.evaluate(() => 'injected' in window || '__injected' in window)).toBe(false);
        if (kind === 'bad-gateway-html') await page.screenshot({ path: screenshotPath('fault-refresh-502-html') });

        await recover(mockApi, banner);
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

test.describe('the portal list and the server page keep their data too', () => {
  test.use({ allowedConsoleErrors: [failedLoad(500)] });

  test('the portal list keeps its rows when a refresh fails', async ({ page, mockApi }) => {
    await page.goto(LIST_URL);
    const rows = page.getByRole('list').getByRole('listitem');
    // Counted once the portals are there: before that only the breadcrumbs' items are.
    await expect(page.getByRole('link', { name: 'Engineering tools' })).toBeVisible();
    const count = await rows.count();
    const banner = await refreshInto(page, mockApi, 'internal-error', 'Cloudflare had a problem answering');
    await expect(banner.getByText('Showing the last loaded list: the latest refresh failed.')).toBeVisible();
    await expect(rows).toHaveCount(count);
    await recover(mockApi, banner);
    await expect(page.getByRole('link', { name: 'Engineering tools' })).toBeVisible();
  });

  test('the server page keeps its details when a refresh fails', async ({ page, mockApi }) => {
    await page.goto(SERVER_URL);
    await expect(page.getByRole('heading', { level: 1, name: 'GitHub' })).toBeVisible();
    const banner = await refreshInto(page, mockApi, 'internal-error', 'Cloudflare had a problem answering');
    await expect(page.getByRole('heading', { level: 1, name: 'GitHub' })).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Tools/ })).toBeVisible();
    await recover(mockApi, banner);
  });
});

interface SyncCase {
  name: string;
  kind: FaultKind;
  title: string;
  console: RegExp[];
  /** What the card's button offers after the failure. */
  next: 'Sync' | 'Retry';
}

const SYNC_CASES: SyncCase[] = [
  { name: '404 for a server deleted since the page loaded', kind: 'not-found', title: 'GitHub no longer exists', console: [failedLoad(404)], next: 'Sync' },
  { name: '403 with code 9109 (read-only token)', kind: 'missing-permission', title: 'The API token is missing a permission', console: [failedLoad(403)], next: 'Sync' },
  { name: '502 with an HTML body', kind: 'bad-gateway-html', title: 'The Cloudflare API could not be reached', console: [failedLoad(502)], next: 'Retry' },
  { name: 'an upstream timeout', kind: 'hang', title: 'The Cloudflare API could not be reached', console: [failedLoad(504)], next: 'Retry' },
];

test.describe('a sync that fails explains itself on the card', () => {
  for (const { name, kind, title, console: allowed, next } of SYNC_CASES) {
    test.describe(name, () => {
      test.use({ allowedConsoleErrors: allowed });

      test(`sync answered with ${name}: says "${title}", and the next sync works`, async ({ page, mockApi }) => {
        await page.goto(PORTAL_URL);
        const github = card(page, 'GitHub');
        await mockApi.setScenario({ fault: { kind, on: 'sync' } });
        await github.getByRole('button', { name: 'Sync GitHub' }).click();
        await expect(github.getByText(title, { exact: true })).toBeVisible({ timeout: 15_000 });
        await expect(page.getByRole('article')).toHaveCount(ENGINEERING_SERVER_COUNT);
        await expect(github.getByText('Status: ready', { exact: true })).toBeVisible();

        await mockApi.setScenario({ fault: null });
        // A failure worth repeating as it is (no answer, a 5xx) offers Retry; one that needs a fix first keeps Sync.
        await github.getByRole('button', { name: `${next} GitHub`, exact: true }).click();
        await expect(github.getByText('Sync succeeded')).toBeVisible();
      });
    });
  }
});

test.describe('schema drift', () => {
  test.describe('fields the dashboard has never heard of', () => {
    test('are ignored: every server renders as usual', async ({ page, mockApi }) => {
      await driftInto(page, mockApi, 'extra-fields');
      await expect(page.getByRole('article')).toHaveCount(ENGINEERING_SERVER_COUNT);
      await expect(card(page, 'Sentry').getByText('Status: Sync required (stale)', { exact: true })).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);
      await backToNormal(page, mockApi);
    });
  });

  test.describe('values outside the known enums', () => {
    test('are shown as received', async ({ page, mockApi }) => {
      await driftInto(page, mockApi, 'unknown-values');
      const github = card(page, 'GitHub');
      await expect(github.getByText('Status: quarantined', { exact: true })).toBeVisible();
      await expect(github.getByText('mtls')).toBeVisible();
      await expect(page.getByText('sometimes', { exact: false }).first()).toBeVisible();
      await page.getByRole('link', { name: 'GitHub', exact: true }).click();
      await expect(page.getByText('revoked').first()).toBeVisible();
      await backToNormal(page, mockApi);
    });
  });

  test.describe('only the required fields', () => {
    test('still give a card per server, saying what is unknown, and sync works', async ({ page, mockApi }) => {
      await driftInto(page, mockApi, 'missing-optional');
      await expect(page.getByRole('article')).toHaveCount(ENGINEERING_SERVER_COUNT);
      const github = card(page, 'GitHub');
      await expect(github.getByText('Status: not synced yet', { exact: true })).toBeVisible();
      await github.getByRole('button', { name: 'Sync GitHub' }).click();
      await expect(github.getByText('Sync succeeded')).toBeVisible();
      await backToNormal(page, mockApi);
    });
  });

  test.describe('null where a string was', () => {
    test('reads as missing, not as the text "null"', async ({ page, mockApi }) => {
      await driftInto(page, mockApi, 'null-strings');
      await expect(page.getByRole('article')).toHaveCount(ENGINEERING_SERVER_COUNT);
      await expect(page.getByText('null', { exact: true })).toHaveCount(0);
      await page.getByRole('link', { name: 'Sentry', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Sentry' })).toBeVisible();
      await expect(page.getByText('null', { exact: true })).toHaveCount(0);
      await backToNormal(page, mockApi);
    });
  });

  test.describe('a wrong type in one server', () => {
    test('sets that server aside in a card naming the field; the others work', async ({ page, mockApi }) => {
      await driftInto(page, mockApi, 'wrong-type');
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
      await backToNormal(page, mockApi);
    });
  });
});

test.describe('hostile and unusual data', () => {
  test.describe('HTML and script in names and causes', () => {
    test('are shown as text and never run', async ({ page, mockApi }) => {
      await driftInto(page, mockApi, 'html-in-text');
      let dialogs = 0;
      page.on('dialog', (dialog) => {
        dialogs += 1;
        void dialog.dismiss();
      });
      const hostile = card(page, '<img src=x onerror="window.__pwned=1">Zendesk');
      await expect(hostile).toBeVisible();
      await expect(hostile.getByText('<script>window.__pwned=1</script>upstream said <b>no</b>')).toBeVisible();
      await expect(hostile.getByText('<b>Sync failed</b><img src=x onerror="window.__pwned=1">')).toBeVisible();
      await expect(page.locator('main img')).toHaveCount(0);
      await page.getByRole('link', { name: '<img src=x onerror="window.__pwned=1">Zendesk' }).click();
      await expect(page.getByRole('heading', { level: 1, name: '<img src=x onerror="window.__pwned=1">Zendesk' })).toBeVisible();
      await expect(page.locator('main img')).toHaveCount(0);
      expect(await page.evaluate(() => '__pwned' in window)).toBe(false);
      expect(dialogs).toBe(0);
      await backToNormal(page, mockApi);
    });
  });

  test.describe('javascript: and data: hostnames', () => {
    test('are shown and copyable but never links; https hostnames still are', async ({ page, mockApi }) => {
      await driftInto(page, mockApi, 'unsafe-hostnames');
      const github = card(page, 'GitHub');
      await expect(github.getByText('javascript:alert(document.domain)', { exact: true })).toBeVisible();
      await expect(github.getByRole('link', { name: 'javascript:alert(document.domain)' })).toHaveCount(0);
      const linear = card(page, 'Linear');
      await expect(linear.getByText('data:text/html,<script>alert(1)</script>', { exact: true })).toBeVisible();
      await expect(linear.getByRole('link', { name: /^data:/ })).toHaveCount(0);
      await expect(page.getByRole('link', { name: /^javascript:|^data:/ })).toHaveCount(0);
      await expect(card(page, 'Sentry').getByRole('link', { name: /^https:\/\// })).toBeVisible();
      const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(hrefs.filter((href) => /^\s*(javascript|data):/i.test(href))).toEqual([]);
      await backToNormal(page, mockApi);
    });
  });

  test.describe('10,000-character strings', () => {
    test('wrap or clamp without widening the page, and the full text is reachable', async ({ page, mockApi }) => {
      await driftInto(page, mockApi, 'long-strings');
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
      await backToNormal(page, mockApi);
    });
  });

  test.describe('a portal with no servers', () => {
    test('says so and offers nothing to sync', async ({ page, mockApi }) => {
      await driftInto(page, mockApi, 'no-servers');
      await expect(page.getByText('This portal has no MCP servers yet. Add servers to it in Cloudflare One › Access › AI controls.')).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: 'Servers (0)' })).toBeVisible();
      await expect(page.getByRole('article')).toHaveCount(0);
      await expect(page.getByRole('region', { name: 'Bulk sync' })).toHaveCount(0);
      await backToNormal(page, mockApi);
    });
  });

  test.describe('right-to-left and emoji names', () => {
    test('render in their own direction and can be found and synced by name', async ({ page, mockApi }) => {
      await driftInto(page, mockApi, 'rtl-emoji');
      for (const name of ['خادم المبيعات 🚀', 'שרת התמיכה 🛟', '👩‍💻 Dev tools 🧪 ツール']) {
        const heading = card(page, name).getByRole('heading', { level: 3 });
        await expect(heading).toHaveText(name);
        await expect(heading).toHaveAttribute('dir', 'auto');
      }
      const arabic = card(page, 'خادم المبيعات 🚀');
      await arabic.getByRole('button', { name: 'Sync خادم المبيعات 🚀' }).click();
      await expect(arabic.getByText('Sync succeeded')).toBeVisible();
      await page.getByLabel('Search servers').fill('🛟');
      await expect(page.getByRole('article')).toHaveCount(1);
      await page.screenshot({ path: screenshotPath('fault-rtl-emoji') });
      await backToNormal(page, mockApi);
    });
  });
});
