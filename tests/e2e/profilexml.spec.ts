import type { Page } from '@playwright/test';
import { test, expect, hydrateIsland } from './support/fixtures';
import { findAxeViolations } from './support/axe';

const INPUT_LABEL = 'ProfileXML, Intune OMA-URI value or PowerShell script';

const DEVICE_TUNNEL = `<VPNProfile>
  <AlwaysOn>true</AlwaysOn>
  <DeviceTunnel>true</DeviceTunnel>
  <NativeProfile>
    <Servers>vpn.example.net;vpn.example.net</Servers>
    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>
    <NativeProtocolType>IKEv2</NativeProtocolType>
    <Authentication>
      <MachineMethod>Certificate</MachineMethod>
    </Authentication>
    <CryptographySuite>
      <AuthenticationTransformConstants>GCMAES128</AuthenticationTransformConstants>
      <CipherTransformConstants>GCMAES128</CipherTransformConstants>
      <PfsGroup>ECP256</PfsGroup>
      <DHGroup>Group14</DHGroup>
      <IntegrityCheckMethod>SHA256</IntegrityCheckMethod>
      <EncryptionMethod>AES_GCM_128</EncryptionMethod>
    </CryptographySuite>
    <DisableClassBasedDefaultRoute>true</DisableClassBasedDefaultRoute>
  </NativeProfile>
  <Route>
    <Address>10.0.0.10</Address>
    <PrefixSize>32</PrefixSize>
  </Route>
  <RegisterDNS>true</RegisterDNS>
</VPNProfile>`;

async function openTool(page: Page): Promise<void> {
  await page.goto('./tools/profilexml/');
  await hydrateIsland(page);
}

test('shows the findings of the example profile before and after hydration @subpath', async ({ page }) => {
  await openTool(page);
  await expect(page.getByRole('heading', { level: 1, name: 'ProfileXML linter and builder' })).toBeVisible();
  const unknown = page.locator('[data-rule="unknown-element"]');
  await expect(unknown).toHaveAttribute('data-severity', 'error');
  await expect(unknown).toContainText('Did you mean <DnsSuffix>?');
  const guideLink = unknown.getByRole('link');
  await expect(guideLink).toHaveAttribute('href', /\/guide\/client-deployment\/profilexml-intune\/$/);
});

test('reports malformed XML with its line and column, then the findings once it parses', async ({ page }) => {
  await openTool(page);
  const input = page.getByLabel(INPUT_LABEL);
  await input.fill('<VPNProfile>\n  <AlwaysOn>true</AlwaysOn>\n  <DnsSuffix>corp</DnsSufix>\n</VPNProfile>');
  await expect(page.getByRole('status').filter({ hasText: 'not well-formed' }).first()).toContainText('line 3');
  await expect(page.locator('[data-rule="not-well-formed"]')).toContainText('</DnsSufix>');

  await input.fill(DEVICE_TUNNEL.replace('>IKEv2<', '>SSTP<'));
  const finding = page.locator('[data-rule="device-tunnel-protocol"]');
  await expect(finding).toHaveAttribute('data-severity', 'error');
  await expect(finding).toContainText('Line 7');

  await input.fill(DEVICE_TUNNEL);
  await expect(page.getByRole('status').filter({ hasText: 'No findings' }).first()).toContainText('device tunnel');
});

test('finds the profile in a PowerShell script and exports it for Intune and the WMI bridge', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openTool(page);
  const script = `$ProfileName = 'Contoso Device Tunnel'\n$ProfileXML = @'\n${DEVICE_TUNNEL}\n'@`;
  await page.getByLabel(INPUT_LABEL).fill(script);
  await expect(page.getByText('Found the ProfileXML inside the PowerShell script, starting on line 3.')).toBeVisible();
  await expect(page.getByLabel('Profile name (the connection name users see)').first()).toHaveValue('Contoso Device Tunnel');
  const omaUri = './Device/Vendor/MSFT/VPNv2/Contoso%20Device%20Tunnel/ProfileXML';
  await expect(page.getByText(omaUri)).toBeVisible();

  await page.getByRole('button', { name: 'Copy OMA-URI' }).first().click();
  await expect(page.getByRole('button', { name: 'Copied OMA-URI' }).first()).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(omaUri);

  const scriptBox = page.getByRole('textbox', { name: 'WMI-bridge script', exact: true }).first();
  await expect(scriptBox).toHaveValue(/\$ClassName = 'MDM_VPNv2_01'/);
  await expect(scriptBox).toHaveValue(/&lt;DeviceTunnel&gt;true&lt;\/DeviceTunnel&gt;/);
  await expect(scriptBox).not.toHaveValue(/PolicyPlatform_UserContext/);
});

test('works from the keyboard: mode tabs, builder choices and a clean device tunnel', async ({ page }) => {
  await openTool(page);
  const checkTab = page.getByRole('tab', { name: 'Check a profile' });
  await checkTab.focus();
  await page.keyboard.press('ArrowRight');
  const buildTab = page.getByRole('tab', { name: 'Build a profile' });
  await expect(buildTab).toBeFocused();
  await expect(buildTab).toHaveAttribute('aria-selected', 'true');
  const panel = page.getByRole('tabpanel', { name: 'Build a profile' });
  await expect(panel.getByRole('status').first()).toContainText('No findings: this user tunnel profile passes every check.');

  await page.keyboard.press('Tab');
  const userRadio = panel.getByRole('radio', { name: /User tunnel/ });
  await expect(userRadio).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(panel.getByRole('radio', { name: /Device tunnel/ })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(panel.getByLabel('VPN servers')).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('vpn.contoso.com');

  const routes = panel.getByLabel('Routes');
  await routes.fill('10.1.0.10/32\n10.1.0.11/32');
  await expect(panel.getByRole('status').first()).toContainText('No findings: this device tunnel profile passes every check.');
  await expect(panel.getByRole('textbox', { name: /re-indented/ })).toHaveValue(/<Servers>vpn\.contoso\.com;vpn\.contoso\.com<\/Servers>/);

  await page.keyboard.press('Shift+Tab');
  await expect(panel.getByLabel('VPN servers')).toBeFocused();
});

for (const theme of ['light', 'dark'] as const) {
  test(`has no axe violations in the ${theme} theme`, async ({ page }) => {
    await page.addInitScript((value) => {
      window.localStorage.setItem('kb-theme', value);
    }, theme);
    await openTool(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    expect(await findAxeViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Build a profile' }).click();
    expect(await findAxeViolations(page)).toEqual([]);
  });
}
