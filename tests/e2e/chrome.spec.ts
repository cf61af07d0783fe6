import { test, expect } from './support/fixtures';

test.describe('theme', () => {
  test('a chosen theme persists across reloads', async ({ page }) => {
    await page.goto('guide/about/this-guide/');
    const select = page.getByLabel('Theme');
    await select.selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByLabel('Theme')).toHaveValue('dark');
    await page.getByLabel('Theme').selectOption('light');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });

  test('"System" follows the operating system preference', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('guide/about/this-guide/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a guide page is complete: chapters, content and sources are all there', async ({ page }) => {
    await page.goto('guide/about/hosting/');
    await expect(page.getByRole('navigation', { name: 'Guide chapters' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hosting this guide');
    await expect(page.getByRole('region', { name: 'Sources' })).toBeVisible();
    await expect(page.getByRole('search').first()).toBeVisible();
  });

  test('tabs show every panel under its own label', async ({ page }) => {
    await page.goto('guide/about/hosting/');
    await expect(page.locator('.kb-tab-panel').nth(0)).toBeVisible();
    await expect(page.locator('.kb-tab-panel').nth(1)).toBeVisible();
  });
});

test.describe('tabs', () => {
  test('tabs switch with the mouse and the arrow keys', async ({ page }) => {
    await page.goto('guide/about/hosting/');
    const tablist = page.getByRole('tablist', { name: 'Web server configuration' });
    const iis = tablist.getByRole('tab', { name: 'IIS' });
    const nginx = tablist.getByRole('tab', { name: 'nginx' });
    await expect(iis).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel', { name: 'IIS' })).toBeVisible();
    await nginx.click();
    await expect(page.getByRole('tabpanel', { name: 'nginx' })).toBeVisible();
    await expect(page.getByRole('tabpanel', { name: 'IIS' })).toBeHidden();
    await page.keyboard.press('ArrowLeft');
    await expect(iis).toBeFocused();
    await expect(iis).toHaveAttribute('aria-selected', 'true');
  });
});

test.describe('code blocks', () => {
  test('every code block has a copy button that copies its text', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('guide/about/hosting/');
    const blocks = page.locator('main pre');
    await expect(page.locator('main .kb-copy-button')).toHaveCount(await blocks.count());
    await page.locator('main .kb-copy-button').first().click();
    await expect(page.locator('main .kb-copy-button').first()).toHaveText('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('npm run build');
  });
});

test.describe('print', () => {
  test('runbook mode hides the chrome, shows every tab panel and prints link addresses', async ({ page }) => {
    await page.goto('guide/about/hosting/');
    await expect(page.getByRole('tablist')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.kb-header')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Guide chapters' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
    await expect(page.locator('.kb-tab-panel').nth(0)).toBeVisible();
    await expect(page.locator('.kb-tab-panel').nth(1)).toBeVisible();
    const after = await page
      .locator('.kb-prose a[href^="/"], .kb-prose a[href^="http"]')
      .first()
      .evaluate((link) => getComputedStyle(link, '::after').content);
    expect(after).toMatch(/\(.+\)/);
    const overflow = await page
      .locator('main pre')
      .first()
      .evaluate((pre) => getComputedStyle(pre).whiteSpace);
    expect(overflow).toBe('pre-wrap');
  });

  test('headings stay with the text after them and figures may split across pages', async ({ page }) => {
    await page.goto('guide/troubleshooting/method/');
    await page.emulateMedia({ media: 'print' });
    const heading = page.locator('main h2').first();
    expect(await heading.evaluate((element) => getComputedStyle(element).breakAfter)).toBe('avoid');
    const figure = page.locator('main figure').first();
    expect(await figure.evaluate((element) => getComputedStyle(element).breakInside)).toBe('auto');
    const region = figure.locator('.kb-table');
    expect(await region.evaluate((element) => getComputedStyle(element).overflowX)).toBe('visible');
  });
});
