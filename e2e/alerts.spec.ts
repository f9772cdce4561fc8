// An alert as a demo shows it: a server fails, and its signed alert arrives in the demo's channel within a second or
// two; the header and the server page say so. Vitest covers the parts (src/features/servers/alerts/*.test.tsx and
// server/alerts/*); this runs the production server, whose monitor sweeps the embedded API.
import AxeBuilder from '@axe-core/playwright';
import { docsScreenshotPath, expect, screenshotPath, test } from './fixtures';

const ACCOUNT = '9f1c7e2a4b6d8e0f1a3c5e7b9d2f4a6c';

test('a simulated outage is announced: the alert reaches the demo channel, signed, and the dashboard says so', async ({ page }) => {
  await page.goto(`/accounts/${ACCOUNT}/portals/engineering/servers/github`);
  const alerts = page.getByRole('region', { name: 'Alerts' });
  await expect(alerts.getByText(/^No alerts for this server yet/)).toBeVisible();

  await page.getByRole('button', { name: 'Simulate an outage of GitHub (demo)' }).click();
  const list = alerts.getByRole('list', { name: 'Alerts for this server, newest first' });
  await expect(list.getByText('Failing', { exact: true })).toBeVisible();
  await expect(list.getByText('Ready → Error')).toBeVisible();
  await expect(list.getByText(/^Delivered to demo receiver/)).toBeVisible();
  const header = page.getByRole('banner').getByRole('link', { name: /^Alerts: delivered / });
  await expect(header).toBeVisible();
  await alerts.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('server-page-alert') });

  await header.click();
  await expect(page).toHaveURL(new RegExp(`/accounts/${ACCOUNT}/alerts$`));
  const channel = page.getByRole('region', { name: 'What the demo channel received' });
  const message = channel.getByRole('listitem').first();
  await expect(message).toContainText(/🔴 GitHub is failing in portals .*: connect ETIMEDOUT .* \(simulated outage\)\./);
  await expect(message.getByText('Signature verified')).toBeVisible();
  const recent = page.getByRole('list', { name: 'Recent alerts, newest first' });
  await expect(recent.getByRole('link', { name: 'GitHub' })).toBeVisible();

  // An admin setting up a channel sends a test; it arrives marked as one.
  await page.getByRole('button', { name: 'Send test alert' }).click();
  await expect(channel.getByRole('listitem').first()).toContainText('✅ Test alert from the MCP Portal Dashboard');
  await expect(recent.getByText('Test alert', { exact: true })).toBeVisible();
  // The page's own notice of the change would sit over the picture.
  await page.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: /^Dismiss: GitHub/ }).click();
  await page.screenshot({ path: docsScreenshotPath('alerts-page'), fullPage: true });

  // With alerts, deliveries and messages on it (the accessibility sweep sees it empty), and in the dark theme too.
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((violation) => `${colorScheme}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  await page.screenshot({ path: screenshotPath('alerts-page-dark'), fullPage: true });
});
