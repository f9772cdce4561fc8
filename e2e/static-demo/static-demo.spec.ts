/**
 * `npm run build:demo` makes a folder that runs the whole demo, seeded history included, from a plain static file server
 * (scripts/static-file-server.mjs, here under a sub-path), its API answered in the browser by a service worker.
 * Each test has a fresh browser context, so a fresh worker and fresh demo data (its saved copy lives in the context's
 * IndexedDB).
 */
import { expect, type Page } from '@playwright/test';
import { testWithServer as test } from '../fixtures';

const ACCOUNT = '9f1c7e2a4b6d8e0f1a3c5e7b9d2f4a6c';

/** Console errors fail the test, as everywhere else in the suite. */
function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test('the demo runs from static files: portals, a portal, a sync, a reload and a deep link', async ({ page, context }) => {
  const errors = watchConsole(page);
  const apiAnswers: { path: string; fromWorker: boolean }[] = [];
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (pathname.includes('/api/')) apiAnswers.push({ path: pathname, fromWorker: response.fromServiceWorker() });
  });

  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'MCP server portals' })).toBeVisible();
  await expect(page.getByText('Demo data', { exact: true })).toBeVisible();

  await page.getByRole('region', { name: /^Portals/ }).getByRole('link', { name: 'Engineering tools' }).click();
  await expect(page).toHaveURL(new RegExp(`/mcp-demo/#/accounts/${ACCOUNT}/portals/engineering$`));
  await expect(page.getByRole('article')).toHaveCount(7);
  // The same seeded 30 days as the server's demo, answered by the worker.
  await expect(page.getByRole('article', { name: 'Internal docs' }).getByText('Last 7 days: not ready 4 times')).toBeVisible();
  const flags = page.getByRole('article', { name: 'Feature flags' });
  await flags.getByRole('button', { name: 'Sync Feature flags' }).click();
  await expect(flags.getByText('Sync succeeded')).toBeVisible();
  await expect(flags.getByText('Status: ready', { exact: true })).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'docs/screenshots/static-demo.png' });

  // The worker keeps the demo's state across a reload of the same address.
  await page.reload();
  await expect(page.getByRole('article', { name: 'Feature flags' }).getByText('Status: ready', { exact: true })).toBeVisible();

  // The browser stops an idle worker (Chromium after about 30 s); the next one carries on with the same data.
  const cdp = await context.newCDPSession(page);
  const workerStopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((version) => version.runningStatus === 'stopped')) resolve();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await workerStopped;
  await page.reload();
  await expect(page.getByRole('article', { name: 'Feature flags' }).getByText('Status: ready', { exact: true })).toBeVisible();
  await cdp.detach();

  // A shared link opens the same view in another tab.
  const other = await context.newPage();
  const otherErrors = watchConsole(other);
  await other.goto(`./#/accounts/${ACCOUNT}/portals/integrations-hub`);
  await expect(other.getByRole('article')).toHaveCount(40);
  await other.getByRole('link', { name: 'Stripe', exact: true }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Stripe' })).toBeVisible();
  const history = other.getByRole('region', { name: 'Status history' });
  await expect(history.getByText(/available, last 7 days/)).toBeVisible();
  await expect(history.getByText(/^Seeded demo history: no monitor runs in the static demo/)).toBeVisible();

  // Every API answer came from the worker; the static server was never asked for one.
  expect(apiAnswers.length).toBeGreaterThan(0);
  expect(apiAnswers.filter((answer) => !answer.fromWorker)).toEqual([]);
  expect([...errors, ...otherErrors]).toEqual([]);
});
