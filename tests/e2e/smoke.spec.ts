import { test, expect } from './support/fixtures';

test('the home page names the guide @subpath', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Always On VPN Field Guide' })).toBeVisible();
});
