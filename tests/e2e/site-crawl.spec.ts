/**
 * Visits every page in the sitemap, in both themes: axe finds no WCAG 2.x
 * A/AA violation, and (through the shared fixture) no page logs an error,
 * reports a CSP violation or requests anything from another origin.
 *
 * axe-core is injected once per page with an init script and run directly,
 * reporting violations only: AxeBuilder re-injects axe for every analysis,
 * which made this crawl several times slower on a 2-core machine.
 */
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { test, expect, waitForIslands } from './support/fixtures';
import { ROOT_SITE, sitemapPaths } from './support/site';

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const AXE_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  resultTypes: ['violations'],
};

async function hydrateEverything(page: Page): Promise<void> {
  for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
  await waitForIslands(page);
}

async function expectNoViolations(page: Page, label: string): Promise<void> {
  const violations = await page.evaluate(async (options) => {
    const { axe } = window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } };
    const results = await axe.run(document, options);
    return results.violations.map(
      (violation) => `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  }, AXE_OPTIONS);
  expect(violations, `axe violations on ${label}`).toEqual([]);
}

const pages = sitemapPaths(ROOT_SITE);

test('the sitemap lists the pages of the guide', () => {
  expect(pages).toContain('');
  expect(pages).toContain('guide/about/hosting/');
  expect(pages).toContain('errors/809/');
  expect(pages.length).toBeGreaterThan(100);
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
    await page.context().addInitScript({ path: AXE_SCRIPT });
    await page.goto(path);
    await hydrateEverything(page);
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate((value) => {
        document.documentElement.dataset['theme'] = value;
      }, theme);
      await expectNoViolations(page, `/${path} (${theme})`);
    }
  });
}
