import { E2E_EMBEDDED_API_TOKEN } from './e2e-env';
import { expect, test } from './fixtures';

const ACCOUNT = '9f1c7e2a4b6d8e0f1a3c5e7b9d2f4a6c';

test('the API token never reaches the browser, while the embedded API only answers the proxy', async ({ page, embeddedApi }) => {
  const leaks: string[] = [];
  const checks: Promise<void>[] = [];
  page.on('response', (response) => {
    checks.push(
      (async () => {
        const headers = JSON.stringify(await response.allHeaders());
        const body = await response.body().catch(() => Buffer.alloc(0));
        if (headers.includes(E2E_EMBEDDED_API_TOKEN) || body.includes(E2E_EMBEDDED_API_TOKEN)) leaks.push(response.url());
      })(),
    );
  });

  await page.goto(`/accounts/${ACCOUNT}/portals/engineering`);
  await expect(page.getByRole('article', { name: 'GitHub' })).toBeVisible();
  await page.getByRole('button', { name: 'Sync GitHub' }).click();
  await expect(page.getByText('Sync succeeded')).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('region', { name: /^Portals/ }).getByRole('link', { name: 'Engineering tools' })).toBeVisible();
  await Promise.all(checks);

  expect(checks.length).toBeGreaterThan(5);
  expect(leaks).toEqual([]);
  // Every request the embedded API saw carried the credentials the proxy injected.
  const received = await embeddedApi.requests();
  expect(received.length).toBeGreaterThan(0);
  expect(received.every((entry) => entry.authenticated)).toBe(true);

  // A credential sent by a page is not forwarded: the proxy replaces it with its own. (page.request carries the
  // page's session cookie, as the dashboard's own fetches do; without it the proxy would refuse before forwarding.)
  const spoofed = await page.request.get(`/api/accounts/${ACCOUNT}/access/ai-controls/mcp/portals`, {
    headers: { authorization: 'Bearer someone-elses-token' },
  });
  expect(spoofed.status()).toBe(200);
});
