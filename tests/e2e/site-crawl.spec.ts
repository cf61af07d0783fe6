/**
 * Visits every page in the sitemap, in both themes: axe finds no WCAG 2.x
 * A/AA violation, and (through the shared fixture) no page logs an error,
 * reports a CSP violation or requests anything from another origin.
 *
 * Pages are visited in batches by one browser page per test: a fresh browser
 * context per page cost more than the checks themselves on a 2-core machine.
 * Every page is still checked on its own (soft assertions name the page).
 */
import type { Page } from '@playwright/test';
import { test, expect, waitForIslands } from './support/fixtures';
import { COLOUR_RULES, findAxeViolations } from './support/axe';
import { ROOT_SITE, sitemapPaths } from './support/site';

const BATCH_SIZE = 12;
const pages = sitemapPaths(ROOT_SITE);

async function hydrateEverything(page: Page): Promise<void> {
  for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
  await waitForIslands(page);
}

test('the colour rules used for the dark theme do catch unreadable text', async ({ page }) => {
  await page.goto('guide/about/this-guide/');
  await page.evaluate(() => {
    document.documentElement.dataset['theme'] = 'dark';
    document.body.style.setProperty('--kb-color-text', '#161b22');
  });
  expect(await findAxeViolations(page, COLOUR_RULES)).toEqual(expect.arrayContaining([expect.stringMatching(/^color-contrast/)]));
});

test('axe runs its experimental WCAG rules too: a link whose name hides its visible text is caught', async ({ page }) => {
  await page.goto('guide/about/this-guide/');
  await page.evaluate(() => {
    const link = document.createElement('a');
    link.href = '#kb-main';
    link.textContent = 'Read on';
    link.setAttribute('aria-label', 'Skip ahead');
    document.querySelector('main')?.append(link);
  });
  expect(await findAxeViolations(page)).toEqual([expect.stringMatching(/^label-content-name-mismatch/)]);
});

test('the sitemap lists the pages of the guide', () => {
  expect(pages).toContain('');
  expect(pages).toContain('guide/about/hosting/');
  expect(pages).toContain('errors/809/');
  expect(pages.length).toBeGreaterThan(100);
});

for (let start = 0; start < pages.length; start += BATCH_SIZE) {
  const batch = pages.slice(start, start + BATCH_SIZE);
  test.describe(`pages ${start + 1}–${start + batch.length}`, () => {
    // The self-test deliberately requests a missing address to check 404 handling; Chromium logs that 404.
    if (batch.includes('selftest/')) test.use({ expectedConsoleErrors: [/status of 404/] });

    test(`/${batch[0] ?? ''} … /${batch.at(-1) ?? ''} are accessible in light and dark and stay on their origin`, async ({ page }) => {
      test.setTimeout(30_000 * batch.length);
      for (const path of batch) {
        await page.goto(path);
        await hydrateEverything(page);
        await page.evaluate(() => {
          document.documentElement.dataset['theme'] = 'light';
        });
        expect.soft(await findAxeViolations(page), `axe violations on /${path} (light)`).toEqual([]);
        // The dark theme changes colours only, so only the colour rules can give a different answer.
        await page.evaluate(() => {
          document.documentElement.dataset['theme'] = 'dark';
        });
        expect.soft(await findAxeViolations(page, COLOUR_RULES), `axe violations on /${path} (dark)`).toEqual([]);
      }
    });
  });
}
