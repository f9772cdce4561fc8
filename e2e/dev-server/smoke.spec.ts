// What `npm start` adds to the app the production project tests: Vite serving unbundled modules under React's
// StrictMode, with the same dashboard middleware. Every page's behaviour is proved against `npm run serve`; this
// shows the dev server hosts the same app: the pages render, a read and a sync go through its proxy, and nothing
// logs an error on the way.
import { expect, test } from '../fixtures';

const ACCOUNT = '9f1c7e2a4b6d8e0f1a3c5e7b9d2f4a6c';

test('npm start serves the dashboard: the list, a portal with a sync through the proxy, a server page', async ({ page, embeddedApi }) => {
  await page.goto('/');
  await expect(page).toHaveURL(new RegExp(`/accounts/${ACCOUNT}/portals$`));
  await expect(page.getByText('Demo data', { exact: true })).toBeVisible();
  await page.getByRole('region', { name: /^Portals/ }).getByRole('link', { name: 'Engineering tools' }).click();
  await expect(page.getByRole('article')).toHaveCount(7);

  const flags = page.getByRole('article', { name: 'Feature flags' });
  await flags.getByRole('button', { name: 'Sync Feature flags' }).click();
  await expect(flags.getByText('Sync succeeded')).toBeVisible();
  await expect(flags.getByText('Status: ready', { exact: true })).toBeVisible();

  await page.getByRole('article', { name: 'GitHub' }).getByRole('link', { name: 'GitHub', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'GitHub' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy redirect URI' })).toBeVisible();

  const posts = (await embeddedApi.requests()).filter((request) => request.method === 'POST');
  expect(posts.map((request) => request.path.replace(/^.*\/mcp/, ''))).toEqual(['/servers/feature-flags/sync']);
});
