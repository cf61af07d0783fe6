/**
 * A search for a code in any of its forms ranks that code's page first,
 * asserted through Pagefind's own JS API with the options the site uses.
 */
import { test, expect } from './support/fixtures';
import { PAGEFIND_OPTIONS } from '../../src/lib/search/pagefind-options';

const CASES: ReadonlyArray<[term: string, id: string]> = [
  ['809', '809'],
  ['0x80070329', '809'],
  ['13868', '13868'],
  ['0x80092013', '0x80092013'],
  ['ERROR_VPN_TIMEOUT', '809'],
  ['853', '853'],
  // The SSTP port-exhaustion code and the L2TP/IPsec family, by decimal, symbol and HRESULT.
  ['1225', '1225'],
  ['ERROR_CONNECTION_REFUSED', '1225'],
  ['0x800704C9', '1225'],
  ['786', '786'],
  ['ERROR_OAKLEY_NO_CERT', '786'],
  ['788', '788'],
  ['ERROR_OAKLEY_ATTRIB_FAIL', '788'],
  ['790', '790'],
  ['ERROR_OAKLEY_NO_PEER_CERT', '790'],
  ['791', '791'],
  ['ERROR_OAKLEY_NO_POLICY', '791'],
  ['792', '792'],
  ['ERROR_OAKLEY_TIMED_OUT', '792'],
  ['793', '793'],
  ['ERROR_OAKLEY_ERROR', '793'],
  // NPS reason codes have no symbol; their decimal finds them.
  ...[261, 262, 263, 284, 285, 286, 287, 288, 289, 290, 291].map((code): [string, string] => [String(code), `nps-${code}`]),
];

test('a search for 64 puts the two codes numbered 64 (Win32 64 and NPS reason 64) ahead of 649 @subpath', async ({ page }) => {
  await page.goto('./');
  const urls = await page.evaluate(async (options) => {
    const base = document.documentElement.dataset['kbBase'] ?? '/';
    const pagefind = (await import(`${base}pagefind/pagefind.js`)) as PagefindApi;
    await pagefind.options(options);
    const search = await pagefind.search('64');
    return Promise.all(search.results.slice(0, 2).map(async (result) => (await result.data()).url));
  }, PAGEFIND_OPTIONS);
  expect(urls.map((url) => new URL(url, page.url()).pathname.replace(/^\/kb/, '')).sort()).toEqual(['/errors/64/', '/errors/nps-64/']);
});

interface PagefindApi {
  options(options: unknown): Promise<void>;
  search(term: string): Promise<{ results: Array<{ data(): Promise<{ url: string }> }> }>;
}

test("a search for a code in any of its forms ranks that code's page first @subpath", async ({ page }) => {
  await page.goto('./');
  for (const [term, id] of CASES) {
    await test.step(`${term} → /errors/${id}/`, async () => {
      const topUrl = await page.evaluate(
        async ({ term: query, options }) => {
          const base = document.documentElement.dataset['kbBase'] ?? '/';
          const pagefind = (await import(`${base}pagefind/pagefind.js`)) as PagefindApi;
          await pagefind.options(options);
          const search = await pagefind.search(query);
          const first = search.results[0];
          return first ? (await first.data()).url : null;
        },
        { term, options: PAGEFIND_OPTIONS },
      );
      expect(topUrl, `no result for ${term}`).not.toBeNull();
      expect(new URL(topUrl ?? '', page.url()).pathname, `top result for ${term}`).toMatch(new RegExp(`/errors/${id}/$`));
    });
  }
});
