/**
 * The error lookup on /errors/ and the pages it links to: every input form,
 * pasted text with one or several codes, an HRESULT without a page, garbage,
 * the ?q= round trip (and what never goes into the address), keyboard-only
 * use, the table of every code, and axe in both themes. Codes used here are ids the site guarantees (see the site map).
 */
import type { Page } from '@playwright/test';
import { test, expect, hydrateIsland } from './support/fixtures';
import { findAxeViolations } from './support/axe';

const FIELD_LABEL = 'Error code, symbol or pasted message';

async function openLookup(page: Page, query?: string): Promise<void> {
  await page.goto(query === undefined ? 'errors/' : `errors/?q=${encodeURIComponent(query)}`);
  await hydrateIsland(page);
}

function cards(page: Page) {
  return page.locator('.kb-error-lookup__results article[data-code]');
}

async function lookUp(page: Page, text: string): Promise<void> {
  await page.getByLabel(FIELD_LABEL).fill(text);
}

async function expectCodes(page: Page, ids: string[]): Promise<void> {
  await expect(cards(page)).toHaveCount(ids.length);
  expect(await cards(page).evaluateAll((elements) => elements.map((element) => element.getAttribute('data-code')))).toEqual(ids);
}

const FORMS: ReadonlyArray<[string, string, string]> = [
  ['decimal', '809', '809'],
  ['hex', '0x329', '809'],
  ['HRESULT', '0x80070329', '809'],
  ['negative decimal from an event log', '-2147024087', '809'],
  ['symbol', 'ERROR_VPN_TIMEOUT', '809'],
  ['part of a symbol', 'vpn_timeout', '809'],
  ['IKE decimal', '13868', '13868'],
  ['IKE HRESULT', '0x8007362C', '13868'],
  ['HRESULT-only code', '0x80092013', '0x80092013'],
  ['HRESULT-only code as a negative decimal', '-2146885613', '0x80092013'],
  ['NPS reason code with its prefix', 'nps-48', 'nps-48'],
];

test.describe('error lookup: input forms', () => {
  // One page for the whole table: opening and hydrating the lookup costs more than each check.
  test('reads every form of a code: decimal, hex, HRESULT, negative decimal, symbol, part of a symbol, NPS prefix', async ({ page }) => {
    await openLookup(page);
    for (const [form, input, id] of FORMS) {
      await test.step(`the ${form} ${input} is code ${id}`, async () => {
        await lookUp(page, input);
        await expectCodes(page, [id]);
        const card = page.locator(`article[data-code="${id}"]`);
        await expect(card.getByRole('link').first()).toHaveAttribute('href', new RegExp(`/errors/${id}/$`));
      });
    }
  });
});

test.describe('error lookup: pasted text', () => {
  test('finds the code at the end of a RasClient 20227 message', async ({ page }) => {
    await openLookup(page);
    await lookUp(
      page,
      'Event ID: 20227\nCoId={5B1E0C9A-3D2F-4A8B-9C7D-1E2F3A4B5C6D}: The user CONTOSO\\alice dialed a connection named Contoso VPN which has failed. The error code returned on failure is 809.',
    );
    await expectCodes(page, ['809']);
    await expect(page.locator('[data-event="rasclient-20227"]')).toBeVisible();
  });

  test('finds the code in rasdial output', async ({ page }) => {
    await openLookup(page);
    await lookUp(page, 'Connecting to Contoso VPN...\nRemote Access error 809 - The network connection could not be established.\n');
    await expectCodes(page, ['809']);
  });

  test('reads "Reason Code: 48" in an NPS 6273 event as NPS reason code 48', async ({ page }) => {
    await openLookup(page);
    await lookUp(
      page,
      'Event ID: 6273\nNetwork Policy Server denied access to a user.\n\tSecurity ID:\tS-1-5-21-1-2-3-1013\n\tNAS IPv4 Address:\t10.0.2.15\n\tNAS Port:\t12\n\tReason Code:\t48\n\tReason:\tThe connection request did not match any network policy.',
    );
    await expectCodes(page, ['nps-48']);
  });

  test('gives one card per code for a paste with several, and announces how many', async ({ page }) => {
    await openLookup(page);
    await lookUp(
      page,
      'The error code returned on failure is 809.\nThe error code returned on failure is -2146885613.\nIKEEXT: ERROR_IPSEC_IKE_POLICY_MATCH\nThe error code returned on failure is 809.',
    );
    await expectCodes(page, ['809', '0x80092013', '13868']);
    await expect(page.getByRole('status').filter({ hasText: 'codes found' })).toHaveText('3 codes found.');
  });
});

test.describe('error lookup: codes without a page and garbage', () => {
  test('decodes an HRESULT the guide has no page for', async ({ page }) => {
    await openLookup(page);
    await lookUp(page, '0x80094004');
    await expectCodes(page, ['0x80094004']);
    const card = page.locator('article[data-code="0x80094004"]');
    await expect(card.getByRole('heading')).toHaveText('HRESULT 0x80094004');
    await expect(card).toContainText('Failure (severity bit set)');
    await expect(card).toContainText('FACILITY_SECURITY (9)');
    await expect(card).toContainText('0x4004 (16388)');
    await expect(card).toContainText('certutil -error 0x80094004');
  });

  test('explains what it expected when the input holds no code', async ({ page }) => {
    await openLookup(page);
    await lookUp(page, 'my vpn is broken!!!');
    await expect(cards(page)).toHaveCount(0);
    const status = page.locator('.kb-error-lookup__status');
    await expect(status).toContainText('No error code found');
    await expect(status).toContainText('0x80070329');
  });

  test('survives arbitrary pasted bytes without an error', async ({ page }) => {
    await openLookup(page);
    await lookUp(page, '\u0000{[(`0x]]\u202e-- 0x 0x0x 99999999999999 ERROR_ _ \uFFFD\n\n\t');
    await expect(page.locator('.kb-error-lookup__status')).not.toBeEmpty();
  });
});

test.describe('error lookup: the query in the URL', () => {
  test('reads ?q= on load and writes a single code back as the user types @subpath', async ({ page }) => {
    await openLookup(page, '0x80070329');
    await expect(page.getByLabel(FIELD_LABEL)).toHaveValue('0x80070329');
    await expectCodes(page, ['809']);

    await lookUp(page, '13868');
    await expect(page).toHaveURL(/[?&]q=13868$/);
    await page.reload();
    await hydrateIsland(page);
    await expect(page.getByLabel(FIELD_LABEL)).toHaveValue('13868');
    await expectCodes(page, ['13868']);

    await page.getByRole('button', { name: 'Clear' }).click();
    await expect(page).not.toHaveURL(/[?&]q=/);
    await expect(cards(page)).toHaveCount(0);
  });

  test('never puts pasted text into the address or the history', async ({ page }) => {
    await openLookup(page);
    const historyLength = await page.evaluate(() => history.length);
    await lookUp(
      page,
      'Event ID: 20227\nThe user CORP\\jdoe dialed a connection named Contoso VPN on LAPTOP-7QX2 which has failed. The error code returned on failure is 809.',
    );
    await expectCodes(page, ['809']);
    await lookUp(page, '13868 0x80092013');
    await expectCodes(page, ['13868', '0x80092013']);
    expect(page.url()).not.toMatch(/[?&]q=/);
    expect(page.url()).not.toMatch(/jdoe|LAPTOP/i);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
  });

  test('drops pasted text that a link brought in ?q= from the address once it is read', async ({ page }) => {
    await openLookup(page, 'The user CORP\\jdoe failed with error 809');
    await expectCodes(page, ['809']);
    await expect(page).not.toHaveURL(/[?&]q=/);
  });

  test('links each card to its code page under the base path @subpath', async ({ page }) => {
    await openLookup(page, '809');
    await page.getByRole('link', { name: 'Error 809 — ERROR_VPN_TIMEOUT' }).click();
    await expect(page).toHaveURL(/\/errors\/809\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Error 809 — ERROR_VPN_TIMEOUT');
  });
});

test.describe('error lookup: keyboard only', () => {
  test('types, presses Enter to reach the results and opens the first one without a mouse', async ({ page }) => {
    await openLookup(page);
    await page.getByLabel(FIELD_LABEL).focus();
    await page.keyboard.type('13868');
    await expect(page.getByRole('status').filter({ hasText: 'found' })).toHaveText('1 code found.');
    // Enter submits the field, which moves focus to the results, so the next Tab reaches the first card's link.
    await page.keyboard.press('Enter');
    await expect(page.locator('.kb-error-lookup__results')).toBeFocused();
    await expect(page.getByLabel(FIELD_LABEL)).toHaveValue('13868');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Error 13868 — ERROR_IPSEC_IKE_POLICY_MATCH' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/errors\/13868\/$/);
  });

  test('Shift+Enter starts a new line in the field instead of submitting', async ({ page }) => {
    await openLookup(page);
    const field = page.getByLabel(FIELD_LABEL);
    await field.focus();
    await page.keyboard.type('809');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('812');
    await expect(field).toHaveValue('809\n812');
    await expect(field).toBeFocused();
    await expectCodes(page, ['809', '812']);
  });

  test('the Show results button still moves focus to the results', async ({ page }) => {
    await openLookup(page, '809');
    await page.getByRole('button', { name: 'Show results' }).click();
    await expect(page.locator('.kb-error-lookup__results')).toBeFocused();
  });

  test('fills the field from an example button pressed with the keyboard', async ({ page }) => {
    await openLookup(page);
    const example = page.getByRole('button', { name: 'An NPS 6273 event' });
    await example.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel(FIELD_LABEL)).toHaveValue(/Reason Code: 48/);
    await expectCodes(page, ['nps-48']);
  });
});

test.describe('the table of every code', () => {
  test('is complete without JavaScript', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, ...(baseURL ? { baseURL } : {}) });
    const page = await context.newPage();
    await page.goto('errors/');
    const rows = page.locator('.kb-error-table tbody tr');
    for (const id of ['809', '13868', '0x80092013', 'nps-48']) {
      await expect(rows.filter({ has: page.locator(`[href$="/errors/${id}/"]`) })).toHaveCount(1);
    }
    await expect(page.locator('.kb-error-table__filter')).toBeHidden();
    expect(await rows.count()).toBeGreaterThanOrEqual(26);
    await context.close();
  });

  test('a symbol copied from the table has no spaces in it', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('errors/');
    const symbol = page.locator('.kb-error-table tr[data-code="623"] .kb-error-table__symbol');
    await symbol.evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    });
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('ERROR_CANNOT_FIND_PHONEBOOK_ENTRY');
    await page.keyboard.press('ControlOrMeta+C');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('ERROR_CANNOT_FIND_PHONEBOOK_ENTRY');
  });

  test('each code link is named by the code it shows (WCAG 2.5.3)', async ({ page }) => {
    await page.goto('errors/');
    await expect(page.getByRole('link', { name: 'NPS 48', exact: true })).toHaveAttribute('href', /errors\/nps-48\/$/);
    await expect(page.getByRole('link', { name: 'Error 809', exact: true })).toHaveAttribute('href', /errors\/809\/$/);
  });

  test('filters by family when JavaScript runs and announces the count', async ({ page }) => {
    await page.goto('errors/');
    const select = page.getByLabel('Show');
    await expect(select).toBeVisible();
    const total = await page.locator('.kb-error-table tbody tr').count();
    await select.selectOption('ike');
    const visible = page.locator('.kb-error-table tbody tr:visible');
    await expect(visible.filter({ hasText: '13868' })).toHaveCount(1);
    await expect(visible.filter({ hasText: 'ERROR_VPN_TIMEOUT' })).toHaveCount(0);
    const shown = await visible.count();
    await expect(page.locator('.kb-error-table__count')).toHaveText(`${shown} of ${total} codes: IKE and IPsec.`);
  });
});

test.describe('accessibility', () => {
  // Static code, event and list pages are checked in both themes by the sitemap crawl (site-crawl.spec.ts);
  // this covers the state only JavaScript produces: the lookup showing every kind of result.
  const PAGES: ReadonlyArray<[name: string, path: string, query?: string]> = [
    ['the lookup with every kind of result', 'errors/', '809 0x80094004 error 1234 Reason Code: 300 ERROR_NO_SUCH_CODE Event ID: 20227'],
  ];
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, path, query] of PAGES) {
      test(`${name} passes axe in the ${scheme} theme`, async ({ page }) => {
        test.setTimeout(120_000);
        await page.emulateMedia({ colorScheme: scheme });
        if (query === undefined) {
          await page.goto(path);
        } else {
          await openLookup(page, query);
          await expect(cards(page)).toHaveCount(4);
        }
        expect(await findAxeViolations(page)).toEqual([]);
      });
    }
  }

  test('code pages carry no style attributes', async ({ page }) => {
    for (const path of ['errors/809/', 'errors/0x80092013/', 'events/rasclient-20227/']) {
      await page.goto(path);
      await expect(page.locator('[style]')).toHaveCount(0);
    }
  });
});

test.describe('the lookup embedded in a guide page', () => {
  test('finds a code without changing the guide page address, and hands the text to the full lookup outside the address @subpath', async ({
    page,
  }) => {
    await page.goto('guide/troubleshooting/error-reference/');
    await hydrateIsland(page, '.kb-error-lookup-embed astro-island');
    const before = page.url();
    await lookUp(page, 'Reason Code: 48 and error 809');
    await expectCodes(page, ['nps-48', '809']);
    expect(page.url()).toBe(before);
    const full = page.getByRole('link', { name: 'Open in the full lookup' });
    await expect(full).toHaveAttribute('href', /errors\/$/);
    await full.click();
    await hydrateIsland(page);
    await expect(page.getByLabel(FIELD_LABEL)).toHaveValue('Reason Code: 48 and error 809');
    await expectCodes(page, ['nps-48', '809']);
    await expect(page).not.toHaveURL(/[?&]q=/);
  });

  test('links a single code to the full lookup in ?q=', async ({ page }) => {
    await page.goto('guide/troubleshooting/error-reference/');
    await hydrateIsland(page, '.kb-error-lookup-embed astro-island');
    await lookUp(page, '809');
    await expect(page.getByRole('link', { name: 'Open in the full lookup' })).toHaveAttribute('href', /errors\/\?q=809$/);
  });
});
