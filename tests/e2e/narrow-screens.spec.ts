/**
 * Every page of the sitemap fits a phone: at 360×740 and 390×844, in the
 * light and the dark theme, the document is never wider than the viewport.
 * A failure names the page and the element that sticks out furthest.
 *
 * Cheap by design (2-core CI): one browser page per batch; each page is
 * loaded once, then measured in both themes, resized and measured again.
 * Islands are brought into view first so their hydrated markup is measured.
 */
import { test, expect, waitForIslands } from './support/fixtures';
import { ROOT_SITE, sitemapPaths } from './support/site';
import { describeOverflow } from './support/overflow';

const BATCH_SIZE = 30;
const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
] as const;
const THEMES = ['light', 'dark'] as const;
const pages = sitemapPaths(ROOT_SITE);

test('the overflow check names what sticks out', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS[0]);
  await page.goto('guide/about/this-guide/');
  await page.evaluate(() => {
    const wide = document.createElement('p');
    wide.className = 'kb-test-wide';
    wide.textContent = 'too wide';
    wide.style.width = '900px';
    document.querySelector('main')?.append(wide);
  });
  expect(await describeOverflow(page)).toMatch(/widest: <p\.kb-test-wide> "too wide" reaches \d+ px/);
});

test.describe('on a phone', () => {
  test.use({ viewport: VIEWPORTS[1] });

  test('the table of every code reads as a stacked list, with no header row and nothing to scroll', async ({ page }) => {
    await page.goto('errors/');
    await expect(page.locator('.kb-error-table thead')).not.toBeInViewport();
    const row = page.locator('.kb-error-table tr[data-code="809"]');
    expect(await row.evaluate((element) => getComputedStyle(element).display)).toBe('grid');
    const region = page.locator('.kb-error-table .kb-table');
    expect(await region.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  });

  test('a table wider than the screen scrolls in its own region and says so', async ({ page }) => {
    await page.goto('guide/troubleshooting/where-to-look/');
    const region = page.getByRole('region', { name: /^Table: Component, Log or file/ });
    expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    const hintId = await region.getAttribute('aria-describedby');
    expect(hintId).toMatch(/^kb-table-hint-/);
    await expect(page.locator(`#${hintId ?? ''}`)).toHaveText('Scroll sideways to see the whole table.');
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  });

  test('a table that fits shows no hint', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto('guide/troubleshooting/where-to-look/');
    const region = page.getByRole('region', { name: /^Table: Component, Log or file/ });
    await expect(region).not.toHaveAttribute('aria-describedby', /./);
  });

  test('the copy button sits above the code and never covers it', async ({ page }) => {
    await page.goto('guide/about/hosting/');
    const block = page.locator('main .kb-code').first();
    const button = block.locator('.kb-copy-button');
    const firstLine = block.locator('pre code .line').first();
    const buttonBox = await button.boundingBox();
    const lineBox = await firstLine.boundingBox();
    expect(buttonBox && lineBox && buttonBox.y + buttonBox.height <= lineBox.y).toBe(true);
  });
});

for (let start = 0; start < pages.length; start += BATCH_SIZE) {
  const batch = pages.slice(start, start + BATCH_SIZE);
  test.describe(`pages ${start + 1}–${start + batch.length}`, () => {
    if (batch.includes('selftest/')) test.use({ expectedConsoleErrors: [/status of 404/] });

    test(`/${batch[0] ?? ''} … /${batch.at(-1) ?? ''} fit 360 and 390 px wide screens in both themes`, async ({ page }) => {
      test.setTimeout(10_000 * batch.length);
      for (const path of batch) {
        await page.setViewportSize(VIEWPORTS[0]);
        await page.goto(path);
        for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
        await waitForIslands(page);
        for (const viewport of VIEWPORTS) {
          await page.setViewportSize(viewport);
          for (const theme of THEMES) {
            await page.evaluate((name) => {
              document.documentElement.dataset['theme'] = name;
            }, theme);
            expect.soft(await describeOverflow(page), `/${path} at ${viewport.width} px, ${theme} theme`).toBe('');
          }
        }
      }
    });
  });
}
