import type { Page } from '@playwright/test';
import { test, expect, hydrateIsland } from './support/fixtures';
import { findAxeViolations } from './support/axe';

const SERVER_LABEL = 'Get-VpnServerConfiguration output or a Set-VpnServerConfiguration command';

async function openTool(page: Page, query = ''): Promise<void> {
  await page.goto(`./tools/ikev2-policy/${query}`);
  await hydrateIsland(page);
}

function verdict(page: Page) {
  return page
    .getByRole('status')
    .filter({ hasText: /Match|Mismatch|mismatch|Incomplete|Not compared/ })
    .first();
}

test('predicts error 13868 for the example and a match once the server is pasted to fit @subpath', async ({ page }) => {
  await openTool(page);
  await expect(verdict(page)).toContainText('Mismatch: error 13868 expected');
  await expect(page.locator('tr[data-field="encryptionMethod"]')).toHaveAttribute('data-status', 'mismatch');
  await expect(page.locator('tr[data-field="dhGroup"]')).toHaveAttribute('data-status', 'match');

  await page
    .getByLabel(SERVER_LABEL)
    .fill(
      'Set-VpnServerConfiguration -TunnelType IKEv2 -CustomPolicy -AuthenticationTransformConstants GCMAES128 -CipherTransformConstants GCMAES128 -DHGroup Group14 -EncryptionMethod GCMAES128 -IntegrityCheckMethod SHA256 -PfsGroup ECP256',
    );
  await expect(verdict(page)).toContainText('All six transforms match');
  await expect(page.locator('tr[data-field="encryptionMethod"]')).toContainText('ProfileXML: AES_GCM_128');
});

test('reports a pasted error with its line', async ({ page }) => {
  await openTool(page);
  await page.getByLabel(SERVER_LABEL).fill('CustomPolicy : True\nDHGroup : Group99\n');
  await expect(page.getByText(/Error \(line 2, column \d+\): Group99 is not a value of DHGroup/)).toBeVisible();
});

test('picks values from the keyboard, keeps them in the address and restores them from a shared link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openTool(page);
  const serverSide = page.getByRole('group', { name: 'RRAS server' });
  const pasteRadio = serverSide.getByRole('radio', { name: 'Paste' });
  await pasteRadio.focus();
  await page.keyboard.press('ArrowRight');
  await expect(serverSide.getByRole('radio', { name: 'Pick values' })).toBeChecked();

  const dh = serverSide.getByLabel('DHGroup');
  await dh.focus();
  await dh.selectOption('Group2');
  await expect(verdict(page)).toContainText('error 13868 expected');
  await expect(serverSide).toContainText('Weak');
  await expect(page).toHaveURL(/server=SHA256128\.AES128\.AES128\.SHA256\.Group2\.PFS2048/);

  await page.getByRole('button', { name: 'Copy link to this comparison' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('server=SHA256128.AES128.AES128.SHA256.Group2.PFS2048');

  await page.goto(link);
  await hydrateIsland(page);
  const restored = page.getByRole('group', { name: 'RRAS server' });
  await expect(restored.getByRole('radio', { name: 'Pick values' })).toBeChecked();
  await expect(restored.getByLabel('DHGroup')).toHaveValue('Group2');
});

test('generates a matching client and a recommended pair that can be copied', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openTool(page);
  const clientXml = page.getByRole('textbox', { name: 'Client ProfileXML CryptographySuite' });
  await expect(clientXml).toHaveValue(/<EncryptionMethod>AES128<\/EncryptionMethod>/);
  await expect(page.getByRole('textbox', { name: 'Client PowerShell', exact: true })).toHaveValue(/-PfsGroup PFS2048/);

  await page.getByLabel('All-user connection or device tunnel (adds -AllUserConnection)').check();
  const recommendedPs = page.getByRole('textbox', { name: 'Recommended client PowerShell' });
  await expect(recommendedPs).toHaveValue(/-AllUserConnection -Force/);
  await page.getByRole('button', { name: 'Copy Recommended server command' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Set-VpnServerConfiguration -TunnelType IKEv2 -CustomPolicy');
  expect(copied).toContain('-EncryptionMethod GCMAES128');
});

for (const theme of ['light', 'dark'] as const) {
  test(`has no axe violations in the ${theme} theme`, async ({ page }) => {
    await page.addInitScript((value) => {
      window.localStorage.setItem('kb-theme', value);
    }, theme);
    await openTool(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    expect(await findAxeViolations(page)).toEqual([]);
  });
}
