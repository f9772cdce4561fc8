import { expect, screenshotPath, test } from '../fixtures';
import { E2E_EMBEDDED_API_TOKEN } from '../e2e-env';

const ACCOUNT = '9f1c7e2a4b6d8e0f1a3c5e7b9d2f4a6c';
const PORTAL_URL = `/accounts/${ACCOUNT}/portals/engineering`;

const EXPECTED_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

test.beforeEach(async ({ page }) => {
  // Collected in the page itself, so a violation anywhere in the session is seen, not only those that log.
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations?.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
});

test('a deep link is served by the history fallback with the security headers, not cached', async ({ page }) => {
  const response = await page.goto(PORTAL_URL);
  expect(response?.status()).toBe(200);
  const headers = response?.headers() ?? {};
  expect(headers['content-security-policy']).toBe(EXPECTED_CSP);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['cache-control']).toBe('no-cache');
  expect(headers['content-encoding']).toMatch(/^(br|gzip)$/);
  expect(headers['access-control-allow-origin']).toBeUndefined();
  await expect(page.getByRole('heading', { level: 1, name: 'Engineering' })).toBeVisible();
});

test('hashed assets are compressed and cached for a year; a missing file is a 404, not the app', async ({ page, request }) => {
  const assets: { url: string; headers: Record<string, string> }[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/assets/')) assets.push({ url: response.url(), headers: response.headers() });
  });
  await page.goto(PORTAL_URL);
  await expect(page.getByRole('heading', { level: 1, name: 'Engineering' })).toBeVisible();
  expect(assets.length).toBeGreaterThan(0);
  for (const asset of assets) {
    expect(asset.headers['cache-control'], asset.url).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-encoding'], asset.url).toMatch(/^(br|gzip)$/);
    expect(asset.headers['content-security-policy'], asset.url).toBe(EXPECTED_CSP);
  }
  const missing = await request.get('/assets/does-not-exist-0000.js');
  expect(missing.status()).toBe(404);
});

test('using the app breaks no rule of the Content-Security-Policy', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Engineering' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Engineering' })).toBeVisible();
  const github = page.getByRole('article', { name: 'GitHub' });
  await github.getByRole('button', { name: 'Sync GitHub' }).click();
  await expect(github.getByRole('status').getByText('Sync succeeded')).toBeVisible();
  // An OAuth server's page, with its redirect URI read beside the portal.
  await github.getByRole('link', { name: 'GitHub', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'GitHub' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy redirect URI' })).toBeVisible();
  await page.getByRole('link', { name: 'Portals' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.screenshot({ path: screenshotPath('production-portal-list') });
  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
});

test('the page gets its session as an HttpOnly, SameSite=Strict cookie that scripts cannot read', async ({ page, context }) => {
  await page.goto(PORTAL_URL);
  await expect(page.getByRole('heading', { level: 1, name: 'Engineering' })).toBeVisible();
  const session = (await context.cookies()).find((cookie) => cookie.name === 'mcp_dashboard_session');
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
  expect(session?.value.length).toBeGreaterThanOrEqual(43);
  expect(await page.evaluate(() => document.cookie)).not.toContain('mcp_dashboard_session');
  // Nothing the browser received carries the credential the proxy injects.
  expect(await page.content()).not.toContain(E2E_EMBEDDED_API_TOKEN);
});
