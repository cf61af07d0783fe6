/**
 * Visits every page in the sitemap, in both themes: axe finds no WCAG 2.x
 * A/AA violation, and (through the shared fixture) no page logs an error,
 * reports a CSP violation or requests anything from another origin.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, waitForIslands } from './support/fixtures';
import { ROOT_SITE, sitemapPaths } from './support/site';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function hydrateEverything(page: Page): Promise<void> {
  for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
  await waitForIslands(page);
}

async function expectNoViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

const pages = sitemapPaths(ROOT_SITE);

test('the sitemap lists the pages of the guide', () => {
  expect(pages).toContain('');
  expect(pages).toContain('guide/about/hosting/');
  expect(pages.length).toBeGreaterThan(5);
});

for (const path of pages) {
  test.describe(`/${path}`, () => {
    // The self-test deliberately requests a missing address to check 404 handling; Chromium logs that 404.
    if (path === 'selftest/') test.use({ expectedConsoleErrors: [/status of 404/] });
    defineCrawlTest(path);
  });
}

function defineCrawlTest(path: string): void {
  test(`/${path} is accessible in light and dark and stays on its origin`, async ({ page }) => {
    await page.goto(path);
    await hydrateEverything(page);
    await page.evaluate(() => {
      document.documentElement.dataset['theme'] = 'light';
    });
    await expectNoViolations(page, `/${path} (light)`);
    await page.evaluate(() => {
      document.documentElement.dataset['theme'] = 'dark';
    });
    await expectNoViolations(page, `/${path} (dark)`);
  });
}
