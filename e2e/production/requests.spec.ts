// Cloudflare's rate budget is per token: one API request per page view (plus an OAuth server's redirect URI), no
// duplicates, no waterfalls. Counted at the proxy (what the browser asks of /api) and behind it (what reaches
// Cloudflare), on the production build, because the dev server's StrictMode mounts twice and may read twice.
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';

const ACCOUNT = '9f1c7e2a4b6d8e0f1a3c5e7b9d2f4a6c';

const API = `/api/accounts/${ACCOUNT}/access/ai-controls/mcp`;

const HISTORY = `/api/history/accounts/${ACCOUNT}`;
const ALERTS = `/api/alerts/accounts/${ACCOUNT}`;

/** The dashboard's own store, which the page reads beside the proxy: history, and the header's word on alerts. */
const STORE_READS = ['/api/history/', '/api/alerts/'];

/**
 * Every call the page makes to the proxy (the dashboard's own `/api`), in order, but for the reads of the monitor's
 * store, which never reach Cloudflare: {@link recordStoreReads} counts those.
 */
function recordApiCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (request) => {
    const { pathname, search } = new URL(request.url());
    if (pathname.startsWith('/api/') && !STORE_READS.some((prefix) => pathname.startsWith(prefix))) calls.push(`${request.method()} ${pathname}${search}`);
  });
  return calls;
}

/** The page's reads of one part of the monitor's store (`/api/history/`, `/api/alerts/`), answered by the dashboard itself. */
function recordStoreReads(page: Page, prefix: string): string[] {
  const reads: string[] = [];
  page.on('request', (request) => {
    const { pathname, search } = new URL(request.url());
    if (pathname.startsWith(prefix)) reads.push(`${request.method()} ${pathname}${search}`);
  });
  return reads;
}
const recordHistoryReads = (page: Page) => recordStoreReads(page, '/api/history/');

/** The same calls, each as often; the configuration and the data are read in parallel, in either order. */
function expectSameCalls(calls: string[], expected: string[]): void {
  expect([...calls].sort()).toEqual([...expected].sort());
}

/** Settled: no request in flight for a while, so a late duplicate would have been counted. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
}

// The counting tests use the Support desk portal: none of its servers is `waiting`, so the page does not poll (the
// Engineering portal re-reads every few seconds while Linear waits, which would add reads that are not duplicates).
const QUIET_PORTAL_URL = `/accounts/${ACCOUNT}/portals/support-desk`;

test('a portal page opened from a link reads its portal once, and nothing else from Cloudflare', async ({ page, embeddedApi }) => {
  const calls = recordApiCalls(page);
  const historyReads = recordHistoryReads(page);
  const alertReads = recordStoreReads(page, '/api/alerts/');
  await page.goto(QUIET_PORTAL_URL);
  await expect(page.getByRole('article')).toHaveCount(4);
  await settled(page);
  // At the proxy: the dashboard's configuration and the portal, once each.
  expectSameCalls(calls, [`GET /api/dashboard-config`, `GET ${API}/portals/support-desk`]);
  // Every card's 7-day strip from one read of the monitor's store; the header's word on alerts from one more.
  expect(historyReads).toEqual([`GET ${HISTORY}/portals/support-desk`]);
  expect(alertReads).toEqual([`GET ${ALERTS}`]);
  // Behind it, at Cloudflare (the embedded API): the portal alone.
  const received = await embeddedApi.requests();
  expect(received.map((request) => `${request.method} ${request.path}`)).toEqual([
    `GET /accounts/${ACCOUNT}/access/ai-controls/mcp/portals/support-desk`,
  ]);
});

test("a deep link's reads and code start with its HTML, before the app's script has arrived, and are read once: no waterfall", async ({ page }) => {
  await page.goto(QUIET_PORTAL_URL);
  await expect(page.getByRole('article')).toHaveCount(4);
  await settled(page);
  const fetched = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => ({
      path: new URL(entry.name).pathname,
      initiator: (entry as PerformanceResourceTiming).initiatorType,
      start: entry.startTime,
      end: (entry as PerformanceResourceTiming).responseEnd,
    })),
  );
  const entryScript = fetched.find(({ path }) => /^\/assets\/index-[\w-]+\.js$/.test(path));
  expect(entryScript).toBeDefined();
  // The server's preload hint (a Link header) started them; the page's own requests took those answers.
  // The header's two reads (the dashboard's mode, the word on alerts) too.
  for (const wanted of [`${API}/portals/support-desk`, `${HISTORY}/portals/support-desk`, '/api/dashboard-config', ALERTS, /^\/assets\/portal-page-[\w-]+\.js$/]) {
    const matching = fetched.filter(({ path }) => (typeof wanted === 'string' ? path === wanted : wanted.test(path)));
    expect(matching, String(wanted)).toHaveLength(1);
    expect(matching[0]?.start, String(wanted)).toBeLessThan(entryScript?.end ?? 0);
    // A fetch preload is reported as the link's; Chromium reports a module preload as a script.
    if (typeof wanted === 'string') expect(matching[0]?.initiator, wanted).toBe('link');
  }
});

test('a server page opened from a link reads its portal and its redirect URI side by side; opened from the portal page, only the redirect URI', async ({ page, embeddedApi }) => {
  const PORTAL = `${API}/portals/support-desk`;
  const REDIRECT = `${PORTAL}/servers/zendesk/effective-redirect-uri`;
  const events: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname === PORTAL) events.push('portal read starts');
    if (pathname === REDIRECT) events.push('redirect URI read starts');
  });
  page.on('requestfinished', (request) => {
    if (new URL(request.url()).pathname === PORTAL) events.push('portal read ends');
  });
  const calls = recordApiCalls(page);
  const historyReads = recordHistoryReads(page);
  await page.goto(`${QUIET_PORTAL_URL}/servers/zendesk`);
  await expect(page.getByRole('heading', { level: 1, name: 'Zendesk' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy redirect URI' })).toBeVisible();
  await settled(page);
  expectSameCalls(calls, [`GET /api/dashboard-config`, `GET ${PORTAL}`, `GET ${REDIRECT}`]);
  expect(await embeddedApi.requests()).toHaveLength(2);
  // No waterfall: the redirect URI is asked for before the portal's answer is in.
  expect(events.indexOf('redirect URI read starts')).toBeLessThan(events.indexOf('portal read ends'));

  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Support desk' }).click();
  await expect(page.getByRole('article')).toHaveCount(4);
  await page.getByRole('article', { name: 'Intercom' }).getByRole('link', { name: 'Intercom', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Intercom' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy redirect URI' })).toBeVisible();
  await settled(page);
  // Intercom is failing, so its page also reads the account's portals (one request per 100) for the blast radius.
  expectSameCalls(calls.slice(3), [`GET ${PORTAL}/servers/intercom/effective-redirect-uri`, `GET ${API}/portals?page=1&per_page=100`]);
  expect(await embeddedApi.requests()).toHaveLength(4);

  // A server without OAuth needs no redirect URI: from the cached portal, its page reads nothing.
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Support desk' }).click();
  await page.getByRole('article', { name: 'Status page' }).getByRole('link', { name: 'Status page', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Status page' })).toBeVisible();
  await settled(page);
  expect(calls).toHaveLength(5);
  // One history read per page view: each server page its own, the portal page its cards'.
  expect(historyReads).toEqual([
    `GET ${HISTORY}/servers/zendesk?portal_id=support-desk`,
    `GET ${HISTORY}/portals/support-desk`,
    `GET ${HISTORY}/servers/intercom?portal_id=support-desk`,
    `GET ${HISTORY}/servers/statuspage?portal_id=support-desk`,
  ]);
});

test('the portal list reads the whole account in one request, and a hovered portal opens from the prefetched data', async ({ page, embeddedApi }) => {
  const calls = recordApiCalls(page);
  const historyReads = recordHistoryReads(page);
  await page.goto(`/accounts/${ACCOUNT}/portals`);
  const link = page.getByRole('region', { name: /^Portals/ }).getByRole('link', { name: 'Support desk' });
  await expect(link).toBeVisible();
  // Cloudflare's largest page holds 100 portals, with their servers: the account view needs nothing else.
  expect((await embeddedApi.requests()).map((request) => request.path)).toEqual([`/accounts/${ACCOUNT}/access/ai-controls/mcp/portals?page=1&per_page=100`]);

  await link.hover();
  await expect.poll(async () => (await embeddedApi.requests()).length).toBe(2);
  await link.click();
  await expect(page.getByRole('article', { name: 'Zendesk' })).toBeVisible();
  await settled(page);
  expect(await embeddedApi.requests()).toHaveLength(2);
  expectSameCalls(calls, [`GET /api/dashboard-config`, `GET ${API}/portals?page=1&per_page=100`, `GET ${API}/portals/support-desk`]);
  // Needs attention's "failing since" comes from the monitor's store, not from more Cloudflare reads.
  expect(historyReads).toEqual([`GET ${HISTORY}/servers`, `GET ${HISTORY}/portals/support-desk`]);
});
