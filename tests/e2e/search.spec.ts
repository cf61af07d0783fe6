import { test, expect } from './support/fixtures';
import { findAxeViolations } from './support/axe';

const PASTED_EVENT = `Log Name:      Application
Source:        RasClient
Event ID:      20227
Description:
CoId={8A3F1C52-77D0-4B8E-9F21-6C0D2E5B7A14}: The user CONTOSO\\alice dialed a connection named Contoso VPN which has failed. The error code returned on failure is 13801.`;

test.describe('search dialog', () => {
  test('Ctrl+K, type, arrow and Enter land on the page with the term highlighted @subpath', async ({ page }) => {
    await page.goto('');
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await expect(dialog).toBeVisible();
    const input = dialog.getByRole('searchbox', { name: 'Search the guide' });
    await expect(input).toBeFocused();
    await input.fill('pf_fragment');
    await expect(dialog.getByRole('status')).toHaveText(/\d+ results? for “pf_fragment”/);
    await page.keyboard.press('ArrowDown');
    await expect(dialog.getByRole('link').first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/guide\/about\/hosting\/\?kb-hl=pf_fragment/);
    await expect(page.locator('mark.kb-search-hit').first()).toHaveText(/pf_fragment/i);
  });

  test('"/" opens the dialog and Escape closes it and returns focus', async ({ page }) => {
    await page.goto('guide/about/this-guide/');
    const button = page.getByRole('button', { name: /Search/ }).first();
    await button.focus();
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('the header button opens the dialog and the arrow keys move through results', async ({ page }) => {
    await page.goto('guide/about/this-guide/');
    await page
      .getByRole('button', { name: /Search/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await dialog.getByRole('searchbox').fill('hosting');
    const links = dialog.locator('a[data-kb-result]');
    await expect(links.nth(1)).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(dialog.getByRole('searchbox')).toBeFocused();
  });

  test('an unknown word says there are no results', async ({ page }) => {
    await page.goto('');
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog').getByRole('searchbox').fill('qqzzxxnotaword');
    await expect(page.getByRole('dialog').getByRole('status')).toHaveText('No results for “qqzzxxnotaword”.');
  });

  test('pasted event text puts the page of the code it names first, and leaves common words unmarked', async ({ page }) => {
    await page.goto('guide/about/this-guide/');
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await dialog.getByRole('searchbox').fill(PASTED_EVENT);
    await expect(dialog.getByRole('status')).toHaveText(/results? for .*code pages? first/);
    await expect(dialog.locator('a[data-kb-result]').first()).toContainText('Error 13801');
    await expect(dialog.locator('a[data-kb-result]').nth(1)).toContainText('RasClient 20227');
    const marked = await dialog.locator('mark').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.map((text) => text.toLowerCase())).not.toContain('the');
  });

  test('result and section titles never show a heading anchor "#"', async ({ page }) => {
    await page.goto('');
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('searchbox').fill('certificate');
    await expect(dialog.locator('.kb-search-result__title').nth(4)).toBeVisible();
    const titles = await dialog.locator('.kb-search-result__title').allTextContents();
    expect(titles.length).toBeGreaterThan(5);
    expect(titles.filter((title) => title.includes('#'))).toEqual([]);
  });

  test('filters stay collapsed behind one Filters control, which the keyboard opens, and axe finds nothing', async ({ page }) => {
    await page.goto('');
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('searchbox').fill('nps');
    await expect(dialog.getByRole('status')).toHaveText(/results? for/);
    const chapter = dialog.getByRole('group', { name: 'Chapter' });
    await expect(chapter).toBeHidden();
    const toggle = dialog.locator('summary', { hasText: 'Filters' });
    await expect(toggle).toHaveText('Filters');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(chapter).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(dialog.getByRole('checkbox').first()).toBeChecked();
    await expect(toggle).toHaveText('Filters (1 on)');
    expect(await findAxeViolations(page)).toEqual([]);
  });

  test('filters narrow the results to one chapter', async ({ page }) => {
    await page.goto('');
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('searchbox').fill('certificate');
    const status = dialog.getByRole('status');
    await expect(status).toHaveText(/results? for/);
    const before = Number((await status.textContent())?.match(/\d+/)?.[0]);
    await dialog.getByText('Filters', { exact: true }).click();
    await dialog.getByRole('group', { name: 'Chapter' }).getByRole('checkbox', { name: 'About this guide' }).check();
    await expect(status).not.toHaveText(`${before} results for “certificate”.`);
    const after = Number((await status.textContent())?.match(/\d+/)?.[0]);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
  });
});

test.describe('search page', () => {
  test('/search/?q= shows the results for the query in the address @subpath', async ({ page }) => {
    await page.goto('search/?q=pf_meta');
    await expect(page.getByRole('searchbox', { name: 'Search the guide' }).first()).toHaveValue('pf_meta');
    await expect(page.getByRole('status').first()).toHaveText(/\d+ results? for “pf_meta”/);
    await expect(page.getByRole('link', { name: /Hosting this guide/ }).first()).toBeVisible();
  });

  test('typing on the search page keeps the address shareable', async ({ page }) => {
    await page.goto('search/');
    const input = page.locator('#kb-search-page-q');
    await input.fill('nginx');
    await expect(page).toHaveURL(/search\/\?q=nginx$/);
    await expect(page.getByRole('status').first()).toHaveText(/results? for “nginx”/);
  });

  test('the home page search form submits to the search page', async ({ page }) => {
    await page.goto('');
    await page.getByLabel('Search the guide, an error code or an event ID').fill('web.config');
    await page.getByLabel('Search the guide, an error code or an event ID').press('Enter');
    await expect(page).toHaveURL(/search\/\?q=web\.config$/);
    await expect(page.getByRole('status').first()).toHaveText(/results? for “web\.config”/);
  });
});

test.describe('pasted text in the home box', () => {
  test('a pasted event opens the dialog with Error 13801 first, and stays out of the address', async ({ page }) => {
    await page.goto('');
    const box = page.getByLabel('Search the guide, an error code or an event ID');
    await box.fill(PASTED_EVENT);
    await box.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await expect(dialog.locator('a[data-kb-result]').first()).toContainText('Error 13801');
    expect(page.url()).not.toContain('alice');
  });

  test('the sentence RasClient writes goes to the search page with Error 13801 first', async ({ page }) => {
    await page.goto('');
    const box = page.getByLabel('Search the guide, an error code or an event ID');
    await box.fill('The error code returned on failure is 13801');
    await box.press('Enter');
    await expect(page).toHaveURL(/search\/\?q=/);
    await expect(page.locator('[data-kb-search-page-results] a[data-kb-result]').first()).toContainText('Error 13801');
  });
});

test.describe('identifier search', () => {
  const cases = ['IkeNumEstablishedForInitialQuery', '1.3.6.1.5.5.8.2.2', 'pf_fragment', 'X-Content-Type-Options'];
  for (const term of cases) {
    test(`finds pages by the identifier ${term}`, async ({ page }) => {
      await page.goto(`search/?q=${encodeURIComponent(term)}`);
      await expect(page.getByRole('status').first()).toHaveText(/[1-9]\d* results? for/);
    });
  }
});
