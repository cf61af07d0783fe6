import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './support/fixtures';
import { ROOT_SITE, SUBPATH_SITE } from './support/site';

test.describe('self-hosting kit', () => {
  // The self-test deliberately requests a missing address to check 404 handling; Chromium logs that 404.
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test('the self-test passes every check on a correctly configured server @subpath', async ({ page }) => {
    await page.goto('selftest/');
    await expect(page.getByRole('status')).toHaveText(/All \d+ checks passed/);
    await expect(page.locator('tr[data-kb-selftest-ok="false"]')).toHaveCount(0);
    await expect(page.locator('tr[data-kb-selftest-kind="pf_fragment"]')).toHaveCount(1);
  });

  test('the build ships a web.config for its own base path', () => {
    for (const site of [ROOT_SITE, SUBPATH_SITE]) {
      const file = path.join(site.dir, 'web.config');
      expect(existsSync(file), `${file} exists`).toBe(true);
      const config = readFileSync(file, 'utf8');
      expect(config).toContain(`path="${site.base}404.html"`);
      for (const extension of ['.pagefind', '.pf_meta', '.pf_index', '.pf_fragment', '.pf_filter']) {
        expect(config).toContain(`<remove fileExtension="${extension}" />`);
        expect(config).toContain(`<mimeMap fileExtension="${extension}"`);
      }
    }
  });

  test('a default build lets search engines in: robots.txt allows everything and no page says noindex', () => {
    for (const site of [ROOT_SITE, SUBPATH_SITE]) {
      const robots = readFileSync(path.join(site.dir, 'robots.txt'), 'utf8');
      expect(robots).toMatch(/^User-agent: \*\nAllow: \/$/m);
      expect(robots).not.toContain('Disallow');
      for (const page of ['index.html', 'guide/about/hosting/index.html']) {
        expect(readFileSync(path.join(site.dir, page), 'utf8')).not.toContain('name="robots"');
      }
    }
  });

  test('the OpenSearch description points at the search page', async ({ request }) => {
    const response = await request.get('opensearch.xml');
    expect(response.ok()).toBe(true);
    expect(await response.text()).toMatch(/template="[^"]*\/search\/\?q=\{searchTerms\}"/);
  });
});

test.describe('missing pages', () => {
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test('unknown addresses get the 404 page with status 404 @subpath', async ({ page }) => {
    const response = await page.goto('guide/no-such-section/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });
});
