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
