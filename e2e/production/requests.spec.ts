// Issue 6: one API request per page view, no duplicates, no waterfalls. Counted on the production build, because
// the dev server's StrictMode mounts twice and may read twice on first load.
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';

const ACCOUNT = '9f1c7e2a4b6d8e0f1a3c5e7b9d2f4a6c';
const PORTAL_URL = `/accounts/${ACCOUNT}/portals/engineering`;

/** Every call the page makes to the dashboard's own API, in order. */
function recordApiCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (request) => {
    const { pathname, search } = new URL(request.url());
    if (pathname.startsWith('/api/')) calls.push(`${request.method()} ${pathname}${search}`);
  });
  return calls;
}

test('a portal page opened from a link reads its portal once, and nothing else from Cloudflare', async ({ page, mockApi }) => {
  const calls = recordApiCalls(page);
  await page.goto(PORTAL_URL);
  await expect(page.getByRole('article')).toHaveCount(7);
  const received = await mockApi.requests();
  expect(received.map((request) => `${request.method} ${request.path}`)).toEqual([
    `GET /accounts/${ACCOUNT}/access/ai-controls/mcp/portals/engineering`,
  ]);
  expect(new Set(calls).size).toBe(calls.length);
});

test('a server page opened from a link reads its portal once; opening it from the portal page reads nothing', async ({ page, mockApi }) => {
  await page.goto(`${PORTAL_URL}/servers/github`);
  await expect(page.getByRole('heading', { level: 1, name: 'GitHub' })).toBeVisible();
  expect(await mockApi.requests()).toHaveLength(1);

  await page.getByRole('link', { name: 'Engineering tools' }).click();
  await expect(page.getByRole('article')).toHaveCount(7);
  await page.getByRole('article', { name: 'Sentry' }).getByRole('link', { name: 'Sentry', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sentry' })).toBeVisible();
  expect(await mockApi.requests()).toHaveLength(1);
});

test('the portal list reads one page of portals, and a hovered portal opens from the prefetched data', async ({ page, mockApi }) => {
  const calls = recordApiCalls(page);
  await page.goto(`/accounts/${ACCOUNT}/portals`);
  await expect(page.getByRole('link', { name: 'Support desk' })).toBeVisible();
  expect((await mockApi.requests()).map((request) => request.path)).toEqual([`/accounts/${ACCOUNT}/access/ai-controls/mcp/portals?page=1&per_page=10`]);

  await page.getByRole('link', { name: 'Support desk' }).hover();
  await expect.poll(async () => (await mockApi.requests()).length).toBe(2);
  await page.getByRole('link', { name: 'Support desk' }).click();
  await expect(page.getByRole('article', { name: 'Zendesk' })).toBeVisible();
  expect(await mockApi.requests()).toHaveLength(2);
  expect(new Set(calls).size).toBe(calls.length);
});
