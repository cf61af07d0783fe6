/**
 * Pastes of the wrong thing (megabytes of '<', a Base64 blob, a whole log)
 * get a message within a couple of seconds, the pasted text stays in its box,
 * and the page keeps answering clicks. The generous timeouts are the issue's
 * 2 s message budget with room for a loaded test machine; the timings
 * of the parsers themselves are measured by `npm run bench`.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, hydrateIsland } from './support/fixtures';

const TEN_MEGABYTES = 10 * 1024 * 1024;
const LINTER_LABEL = 'ProfileXML, Intune OMA-URI value or PowerShell script';
const CLIENT_LABEL = 'ProfileXML (or its CryptographySuite), a Set-VpnConnectionIPsecConfiguration command, or IPsecCustomPolicy output';
const MESSAGE_TIMEOUT = { timeout: 30_000 };

async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await hydrateIsland(page);
}

async function valueLength(field: Locator): Promise<number> {
  return field.evaluate((element) => (element as HTMLTextAreaElement).value.length);
}

// Sending megabytes into a textarea is slow on a loaded test machine: triple the time allowed.
test.beforeEach(() => {
  test.slow();
});

test.describe('a paste of megabytes', () => {
  test('of 10 MB of "<" into the ProfileXML linter shows a size message and the page still switches tabs', async ({ page }) => {
    await open(page, './tools/profilexml/');
    const field = page.getByLabel(LINTER_LABEL);
    await field.fill('<'.repeat(TEN_MEGABYTES));
    await expect(page.getByRole('status').filter({ hasText: 'This looks like 10 MB of something other than a profile' })).toBeVisible(
      MESSAGE_TIMEOUT,
    );
    expect(await valueLength(field)).toBe(TEN_MEGABYTES);
    const buildTab = page.getByRole('tab', { name: 'Build a profile' });
    await buildTab.click();
    await expect(buildTab).toHaveAttribute('aria-selected', 'true', MESSAGE_TIMEOUT);
  });

  test('of "<VPNProfile" and 10 MB of "<" into the IKEv2 checker shows a size message and the other side still answers', async ({
    page,
  }) => {
    await open(page, './tools/ikev2-policy/');
    const field = page.getByLabel(CLIENT_LABEL);
    await field.fill(`<VPNProfile${'<'.repeat(TEN_MEGABYTES)}`);
    await expect(page.getByText('This looks like 10 MB of something other than an IKEv2 policy')).toBeVisible(MESSAGE_TIMEOUT);
    expect(await valueLength(field)).toBe(TEN_MEGABYTES + '<VPNProfile'.length);
    const pick = page.getByRole('group', { name: 'RRAS server' }).getByRole('radio', { name: 'Pick values' });
    await pick.click();
    await expect(pick).toBeChecked(MESSAGE_TIMEOUT);
  });
});

test('an 8 MB Base64 paste into the ProfileXML linter shows a message and keeps the text box', async ({ page }) => {
  await open(page, './tools/profilexml/');
  const field = page.getByLabel(LINTER_LABEL);
  await field.fill('QUJD'.repeat(2 * 1024 * 1024));
  await expect(page.getByRole('status').filter({ hasText: 'This looks like 8.0 MB of something other than a profile' })).toBeVisible(
    MESSAGE_TIMEOUT,
  );
  await expect(field).toBeVisible();
  expect(await valueLength(field)).toBe(8 * 1024 * 1024);
});
