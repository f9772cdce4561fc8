// Temporary: proves the runner, dev server, proxy and browser work together until the real specs land.
import { expect, test } from './fixtures.ts';

test('the dashboard opens with its main content visible', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('main')).toBeVisible();
});
