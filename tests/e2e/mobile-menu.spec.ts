/**
 * The menu on narrow screens: every page has it (home, guide, tools, error
 * and event pages); it is a modal dialog that lists the main sections and,
 * on guide pages, the current chapter; focus stays inside it, Escape closes
 * it, and the page behind does not scroll. On wide screens the header links
 * mark the section you are in.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';

const SECTIONS = ['Guide', 'Error codes', 'Events', 'Tools', 'Search'];

function menu(page: Page) {
  return page.getByRole('dialog', { name: 'Menu' });
}

async function openMenu(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Menu', exact: true }).click();
  await expect(menu(page)).toBeVisible();
}

test.describe('the menu on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const path of ['', 'tools/nat-path/', 'errors/809/', 'events/rasclient-20227/', 'guide/about/hosting/']) {
    test(`/${path} has a menu that lists every main section`, async ({ page }) => {
      await page.goto(path);
      const button = page.getByRole('button', { name: 'Menu', exact: true });
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await openMenu(page);
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      const sections = menu(page).getByRole('navigation', { name: 'Sections' }).getByRole('link');
      await expect(sections).toHaveText(SECTIONS);
    });
  }

  for (const [name, expectedPath] of [
    ['Error codes', /\/errors\/$/],
    ['Events', /\/events\/$/],
    ['Tools', /\/tools\/$/],
  ] as const) {
    test(`reaches ${name} from the home page`, async ({ page }) => {
      await page.goto('');
      await openMenu(page);
      await menu(page).getByRole('link', { name, exact: true }).click();
      await expect(page).toHaveURL(expectedPath);
    });
  }

  test('on a guide page it shows the current chapter with the page marked and focused', async ({ page }) => {
    await page.goto('guide/about/hosting/');
    await expect(page.getByRole('navigation', { name: 'Guide chapters' })).toBeHidden();
    await openMenu(page);
    const chapters = menu(page).getByRole('navigation', { name: 'Guide chapters' });
    const current = chapters.locator('a[aria-current="page"]');
    await expect(current).toHaveText('Hosting this guide');
    await expect(current).toBeFocused();
    await chapters.getByRole('link', { name: 'About this guide' }).last().click();
    await expect(page).toHaveURL(/guide\/about\/this-guide\/$/);
  });

  test('keeps focus inside while open, in both directions', async ({ page }) => {
    await page.goto('tools/nat-path/');
    await openMenu(page);
    const isInsideMenu = () => page.evaluate(() => document.activeElement?.closest('#kb-nav-drawer') !== null);
    for (let press = 0; press < 10; press += 1) {
      await page.keyboard.press('Tab');
      expect(await isInsideMenu(), `focus after Tab ${press + 1}`).toBe(true);
    }
    await menu(page).getByRole('button', { name: 'Close menu' }).focus();
    await page.keyboard.press('Shift+Tab');
    expect(await isInsideMenu()).toBe(true);
    await expect(menu(page).getByRole('link', { name: 'Search' })).toBeFocused();
  });

  test('Escape closes it and gives focus back to the menu button', async ({ page }) => {
    await page.goto('errors/809/');
    await openMenu(page);
    await page.keyboard.press('Escape');
    await expect(menu(page)).toBeHidden();
    const button = page.getByRole('button', { name: 'Menu', exact: true });
    await expect(button).toBeFocused();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  test('the close button and a tap beside the panel close it', async ({ page }) => {
    await page.goto('');
    await openMenu(page);
    await menu(page).getByRole('button', { name: 'Close menu' }).click();
    await expect(menu(page)).toBeHidden();
    await openMenu(page);
    await page.mouse.click(380, 400);
    await expect(menu(page)).toBeHidden();
  });

  test('the page behind does not scroll while it is open', async ({ page }) => {
    await page.goto('guide/about/hosting/');
    await page.evaluate(() => {
      window.scrollTo(0, 400);
    });
    await openMenu(page);
    const before = await page.evaluate(() => window.scrollY);
    await page.mouse.move(380, 400);
    await page.mouse.wheel(0, 800);
    await page.keyboard.press('End');
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe('hidden');
  });
});

test.describe('the header on a wide screen', () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  test('marks the section you are in', async ({ page }) => {
    const header = page.getByRole('navigation', { name: 'Main' });
    await page.goto('errors/809/');
    await expect(header.getByRole('link', { name: 'Error codes' })).toHaveAttribute('aria-current', 'true');
    await expect(header.locator('[aria-current]')).toHaveCount(1);
    await page.goto('events/');
    await expect(header.getByRole('link', { name: 'Events' })).toHaveAttribute('aria-current', 'page');
    await page.goto('');
    await expect(header.locator('[aria-current]')).toHaveCount(0);
  });

  test('hides the menu button, since every section is in the header', async ({ page }) => {
    await page.goto('guide/about/hosting/');
    await expect(page.getByRole('button', { name: 'Menu', exact: true })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Guide chapters' })).toBeVisible();
  });
});

test.describe('the menu without JavaScript', () => {
  test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });

  test('the header links stay on screen instead', async ({ page }) => {
    await page.goto('errors/809/');
    await expect(page.getByRole('button', { name: 'Menu', exact: true })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Events' })).toBeVisible();
  });
});
