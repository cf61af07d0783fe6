/**
 * The certificate inspector against the fixtures of src/lib/certificates/fixtures.
 * Every expected value follows from how make-fixtures.sh made the certificate
 * (its key size, digest, extensions and names) or from OpenSSL's own digest
 * files, never from the inspector's output.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, hydrateIsland } from './support/fixtures';
import { findAxeViolations } from './support/axe';
import { describeOverflow } from './support/overflow';

const FIXTURES = 'src/lib/certificates/fixtures';
const INPUT_LABEL = /^Certificate: PEM/;

function fixture(name: string): string {
  return readFileSync(`${FIXTURES}/${name}`, 'utf8');
}

/** OpenSSL's "SHA1 Fingerprint=AB:CD:…" line as Windows writes a thumbprint: uppercase hex, no colons. */
function opensslDigest(name: string): string {
  const line = fixture(name);
  return line
    .slice(line.indexOf('=') + 1)
    .trim()
    .replaceAll(':', '')
    .toUpperCase();
}

async function openTool(page: Page): Promise<void> {
  await page.goto('./tools/certificate/');
  await hydrateIsland(page);
}

function finding(page: Page, check: string) {
  return page.locator(`[data-check="${check}"]`);
}

test('says on the page that nothing pasted or chosen leaves the browser @subpath', async ({ page }) => {
  await openTool(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Certificate inspector' })).toBeVisible();
  await expect(page.locator('.kb-article__lead')).toContainText('Everything runs in your browser');
  await expect(page.getByRole('status').filter({ hasText: 'Paste a certificate or choose a file' })).toBeVisible();
});

test('flags the 1024-bit SHA-1 certificate without EKU for an SSTP server, and links the guide @subpath', async ({ page }) => {
  await openTool(page);
  await page.getByLabel(INPUT_LABEL).fill(fixture('weak.pem'));
  await page.getByLabel('VPN server name the clients use (optional)').fill('vpn.example.com');
  await expect(finding(page, 'key-size')).toHaveAttribute('data-severity', 'error');
  await expect(finding(page, 'key-size')).toContainText('1024 bits');
  await expect(finding(page, 'signature-hash')).toHaveAttribute('data-severity', 'error');
  await expect(finding(page, 'signature-hash')).toContainText('SHA-1');
  await expect(finding(page, 'eku-server-auth')).toHaveAttribute('data-severity', 'error');
  await expect(finding(page, 'san-dns-matches')).toHaveAttribute('data-severity', 'error');
  await expect(finding(page, 'san-dns-matches')).toContainText('other.example.net');
  await expect(finding(page, 'key-size').getByRole('link', { name: /^Certificates › VPN server/ })).toHaveAttribute(
    'href',
    /\/guide\/certificates\/vpn-server-template\/$/,
  );
  await expect(page.locator('.kb-cert__finding').first()).toHaveAttribute('data-severity', 'error');
});

test('passes the SSTP certificate whose SAN is VPN.Example.com for the name vpn.example.com, and shows OpenSSL’s thumbprint', async ({
  page,
}) => {
  await openTool(page);
  await page.getByLabel(INPUT_LABEL).fill(fixture('sstp.pem'));
  await page.getByLabel('VPN server name the clients use (optional)').fill('vpn.example.com');
  await expect(finding(page, 'san-dns-matches')).toHaveAttribute('data-severity', 'pass');
  await expect(finding(page, 'eku-server-auth')).toHaveAttribute('data-severity', 'pass');
  await expect(page.locator('.kb-cert__details[open]')).toContainText(opensslDigest('sstp.sha1.txt'));
  await expect(page.locator('.kb-cert__details[open]')).toContainText(opensslDigest('sstp.sha256.txt'));
});

test('finds the leaf of a chain pasted root first and says the order is wrong', async ({ page }) => {
  await openTool(page);
  await page.getByLabel(INPUT_LABEL).fill([fixture('issuing.pem'), fixture('sstp.pem')].join('\n'));
  await expect(finding(page, 'chain-order')).toHaveAttribute('data-severity', 'warning');
  await expect(page.getByRole('status').filter({ hasText: '2 certificates read; certificate 2 checked' })).toBeVisible();
  await expect(page.locator('.kb-cert__details[open] summary')).toContainText('CN=vpn.example.com');
});

test('explains pasted garbage and keeps the text in the box', async ({ page }) => {
  await openTool(page);
  const input = page.getByLabel(INPUT_LABEL);
  await input.fill('this is not a certificate!');
  await expect(page.getByRole('status').filter({ hasText: 'neither PEM nor Base64' })).toContainText('"!"');
  await expect(input).toHaveValue('this is not a certificate!');
  await expect(page.locator('.kb-cert__finding')).toHaveCount(0);

  await input.fill('-----BEGIN CERTIFICATE-----\nMIIB');
  await expect(page.getByRole('status').filter({ hasText: 'no matching -----END line' })).toBeVisible();
});

test('reads a chosen DER file in the page', async ({ page }) => {
  await openTool(page);
  await page.getByLabel(/^Or choose a file/).setInputFiles(`${FIXTURES}/sstp.der`);
  await expect(page.getByText('Checking the file sstp.der')).toBeVisible();
  await expect(finding(page, 'eku-server-auth')).toHaveAttribute('data-severity', 'pass');
  await expect(page.locator('.kb-cert__details[open]')).toContainText(opensslDigest('sstp.sha1.txt'));

  await page.getByLabel(INPUT_LABEL).fill('not base64 at all!');
  await expect(page.getByText('Checking the file sstp.der')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'neither PEM nor Base64' })).toBeVisible();
});

test('reads the leaf and issuing CA from a chosen .p7b bundle', async ({ page }) => {
  await openTool(page);
  await page.getByLabel(/^Or choose a file/).setInputFiles(`${FIXTURES}/chain.p7b`);
  await expect(page.getByText('Checking the file chain.p7b')).toBeVisible();
  await expect(page.locator('.kb-cert__details summary')).toHaveText([/CN=vpn\.example\.com/, /CN=Example Issuing CA/]);
  await expect(finding(page, 'chain-order')).toHaveAttribute('data-severity', 'pass');
});

test('switching the role re-checks the user certificate: UPN and SID for a user, no Server Authentication for SSTP', async ({ page }) => {
  await openTool(page);
  await page.getByLabel(INPUT_LABEL).fill(fixture('user.pem'));
  await page.getByRole('radio', { name: 'User certificate (EAP-TLS / PEAP-TLS)' }).check();
  await expect(finding(page, 'san-upn')).toHaveAttribute('data-severity', 'pass');
  await expect(finding(page, 'san-upn')).toContainText('alice@example.com');
  await expect(finding(page, 'sid-extension')).toContainText('S-1-5-21-1004336348-1177238915-682003330-1105');
  await expect(finding(page, 'eku-client-auth')).toHaveAttribute('data-severity', 'pass');

  await page.getByRole('radio', { name: 'RRAS SSTP server' }).check();
  await expect(finding(page, 'eku-server-auth')).toHaveAttribute('data-severity', 'error');
  await expect(finding(page, 'san-upn')).toHaveCount(0);
});

test('works from the keyboard: paste, then the file button, then the roles with arrow keys', async ({ page }) => {
  await openTool(page);
  const input = page.getByLabel(INPUT_LABEL);
  await input.focus();
  await page.keyboard.insertText(fixture('ikev2.pem'));
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(/^Or choose a file/)).toBeFocused();
  await page.keyboard.press('Tab');
  const sstp = page.getByRole('radio', { name: 'RRAS SSTP server' });
  await expect(sstp).toBeFocused();
  await page.keyboard.press('ArrowUp');
  const ikev2 = page.getByRole('radio', { name: 'RRAS IKEv2 server' });
  await expect(ikev2).toBeFocused();
  await expect(ikev2).toBeChecked();
  // make-fixtures.sh gives the IKEv2 certificate serverAuth and 1.3.6.1.5.5.8.2.2.
  await expect(finding(page, 'eku-ike-intermediate')).toHaveAttribute('data-severity', 'pass');
  const copy = page.getByRole('button', { name: 'Copy SHA-1 thumbprint of certificate 1' });
  await copy.focus();
  await expect(copy).toBeFocused();
});

test('fits a 360 px screen with a chain and its details shown', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openTool(page);
  await page.getByLabel(INPUT_LABEL).fill([fixture('sstp.pem'), fixture('issuing.pem'), fixture('root.pem')].join('\n'));
  await expect(page.locator('.kb-cert__details')).toHaveCount(3);
  for (const details of await page.locator('.kb-cert__details').all()) {
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  }
  await expect(page.locator('.kb-cert__details[open]')).toHaveCount(3);
  expect(await describeOverflow(page)).toBe('');
});

for (const theme of ['light', 'dark'] as const) {
  test(`has no axe violations in the ${theme} theme, empty and with findings of every severity`, async ({ page }) => {
    await page.addInitScript((value) => {
      window.localStorage.setItem('kb-theme', value);
    }, theme);
    await openTool(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    expect(await findAxeViolations(page)).toEqual([]);
    await page.getByLabel(INPUT_LABEL).fill([fixture('weak.pem'), fixture('sstp.pem')].join('\n'));
    await expect(page.locator('.kb-cert__finding[data-severity="error"]').first()).toBeVisible();
    await expect(page.locator('.kb-cert__finding[data-severity="pass"]').first()).toBeVisible();
    expect(await findAxeViolations(page)).toEqual([]);
  });
}
