/**
 * Size budget for a first visit to a plain guide page (no island, search not
 * opened): at most 20 KB gzip in all and 4 KB gzip of JavaScript. Bytes are
 * what crossed the wire from our gzip-enabled server; no timings.
 */
import { test, expect } from './support/fixtures';
import { PLAIN_GUIDE_PAGE } from './support/site';

test('a plain guide page costs at most 20 KB gzip, 4 KB of it JavaScript, on first visit', async ({ page }) => {
  const transfers: Array<{ url: string; type: string; bytes: number }> = [];
  page.on('requestfinished', (request) => {
    void request.sizes().then((sizes) => {
      transfers.push({ url: request.url(), type: request.resourceType(), bytes: sizes.responseBodySize });
    });
  });
  await page.goto(PLAIN_GUIDE_PAGE, { waitUntil: 'networkidle' });
  await expect.poll(() => transfers.length).toBeGreaterThan(2);
  const total = transfers.reduce((sum, transfer) => sum + transfer.bytes, 0);
  const script = transfers.filter((transfer) => transfer.type === 'script').reduce((sum, transfer) => sum + transfer.bytes, 0);
  const detail = transfers.map((transfer) => `${transfer.bytes} ${transfer.type} ${transfer.url}`).join('\n');
  expect(total, `total bytes:\n${detail}`).toBeLessThanOrEqual(20 * 1024);
  expect(script, `script bytes:\n${detail}`).toBeLessThanOrEqual(4 * 1024);
  expect(
    transfers.some((transfer) => transfer.type === 'script' && transfer.url.includes('client.')),
    'no React runtime on a plain page',
  ).toBe(false);
});
