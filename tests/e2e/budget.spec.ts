/**
 * Size budgets for a first visit (search not opened): a plain guide page
 * (no island) at most 20 KB gzip in all and 4 KB gzip of JavaScript; a tool
 * page, its island hydrated, at most 110 KB in all and 90 KB of JavaScript,
 * React included. Bytes are what crossed the wire from our gzip-enabled
 * server; no timings. Parsers stay on the pages that use them: the XML
 * parser and the certificate parser are recognised by text only their code
 * contains.
 */
import type { Page } from '@playwright/test';
import { test, expect, hydrateIsland } from './support/fixtures';
import { PLAIN_GUIDE_PAGE } from './support/site';

interface Transfer {
  readonly url: string;
  readonly type: string;
  readonly bytes: number;
  /** The body of a script, to tell which parsers it carries. */
  readonly text: string;
}

/** An error message of @xmldom/xmldom's parser (lib/conventions.js). */
const XML_PARSER_MARK = 'isHTMLEscapableRawTextElement';
/** An error message of @peculiar/asn1-schema's parser, which reads the certificates. */
const CERTIFICATE_PARSER_MARK = 'ASN1 schema';

/** Records every finished request of the page from now on. */
function recordTransfers(page: Page): Transfer[] {
  const transfers: Transfer[] = [];
  page.on('requestfinished', (request) => {
    void (async () => {
      const sizes = await request.sizes();
      const type = request.resourceType();
      const response = await request.response();
      // A worker's script is a JavaScript file too, whatever type the browser gives its request.
      const isScript = type === 'script' || new URL(request.url()).pathname.endsWith('.js');
      const text = isScript && response ? await response.text() : '';
      transfers.push({ url: request.url(), type, bytes: sizes.responseBodySize, text });
    })();
  });
  return transfers;
}

function sumBytes(transfers: readonly Transfer[], type?: string): number {
  return transfers.filter((transfer) => type === undefined || transfer.type === type).reduce((sum, transfer) => sum + transfer.bytes, 0);
}

function describeTransfers(transfers: readonly Transfer[]): string {
  return transfers.map((transfer) => `${transfer.bytes} ${transfer.type} ${transfer.url}`).join('\n');
}

function scriptsContaining(transfers: readonly Transfer[], mark: string): string[] {
  return transfers.filter((transfer) => transfer.text.includes(mark)).map((transfer) => transfer.url);
}

/** The tool pages and the budget each must keep. */
const TOOL_PAGES = [{ path: 'tools/certificate/', title: 'certificate inspector', maxTotalKb: 110, maxScriptKb: 90 }] as const;

test('a plain guide page costs at most 20 KB gzip, 4 KB of it JavaScript, on first visit', async ({ page }) => {
  const transfers = recordTransfers(page);
  await page.goto(PLAIN_GUIDE_PAGE, { waitUntil: 'networkidle' });
  await expect.poll(() => transfers.length).toBeGreaterThan(2);
  const detail = describeTransfers(transfers);
  expect(sumBytes(transfers), `total bytes:\n${detail}`).toBeLessThanOrEqual(20 * 1024);
  expect(sumBytes(transfers, 'script'), `script bytes:\n${detail}`).toBeLessThanOrEqual(4 * 1024);
  expect(
    transfers.some((transfer) => transfer.type === 'script' && transfer.url.includes('client.')),
    'no React runtime on a plain page',
  ).toBe(false);
});

for (const tool of TOOL_PAGES) {
  test(`the ${tool.title} costs at most ${tool.maxTotalKb} KB gzip, ${tool.maxScriptKb} KB of it JavaScript, on first visit`, async ({
    page,
  }) => {
    const transfers = recordTransfers(page);
    await page.goto(tool.path, { waitUntil: 'networkidle' });
    await hydrateIsland(page);
    await page.waitForLoadState('networkidle');
    await expect.poll(() => transfers.filter((transfer) => transfer.url.includes('client.')).length, 'the React runtime loaded').toBe(1);
    const detail = describeTransfers(transfers);
    test.info().annotations.push({
      type: 'first visit',
      description: `${sumBytes(transfers)} bytes gzip in all, ${sumBytes(transfers, 'script')} of them JavaScript`,
    });
    expect(sumBytes(transfers), `total bytes:\n${detail}`).toBeLessThanOrEqual(tool.maxTotalKb * 1024);
    expect(sumBytes(transfers, 'script'), `script bytes:\n${detail}`).toBeLessThanOrEqual(tool.maxScriptKb * 1024);
  });
}

test('the certificate page loads no XML parser, and its certificate parser only once something is pasted', async ({ page }) => {
  const transfers = recordTransfers(page);
  await page.goto('tools/certificate/', { waitUntil: 'networkidle' });
  await hydrateIsland(page);
  await page.waitForLoadState('networkidle');
  expect(scriptsContaining(transfers, CERTIFICATE_PARSER_MARK), 'certificate parser before any input').toEqual([]);

  await page.getByLabel(/^Certificate: PEM/).fill('MIIB');
  await expect(page.getByRole('status').filter({ hasText: 'not an X.509 certificate' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect.poll(() => scriptsContaining(transfers, CERTIFICATE_PARSER_MARK).length, 'certificate parser after input').toBe(1);
  expect(scriptsContaining(transfers, XML_PARSER_MARK), 'XML parser on the certificate page').toEqual([]);
});

test('the marks do find the parsers: the ProfileXML page carries the XML parser and no certificate parser', async ({ page }) => {
  const transfers = recordTransfers(page);
  await page.goto('tools/profilexml/', { waitUntil: 'networkidle' });
  await hydrateIsland(page);
  await page.waitForLoadState('networkidle');
  await expect.poll(() => scriptsContaining(transfers, XML_PARSER_MARK).length).toBeGreaterThan(0);
  expect(scriptsContaining(transfers, CERTIFICATE_PARSER_MARK)).toEqual([]);
});

for (const path of ['', 'tools/nat-path/', 'tools/ikev2-policy/', 'errors/']) {
  test(`/${path} loads no certificate parser`, async ({ page }) => {
    const transfers = recordTransfers(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle');
    await expect.poll(() => transfers.length).toBeGreaterThan(2);
    expect(scriptsContaining(transfers, CERTIFICATE_PARSER_MARK)).toEqual([]);
  });
}
