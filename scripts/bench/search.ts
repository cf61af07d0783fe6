/**
 * The search part of `npm run bench`, measured as a reader meets it in the
 * built site: keystroke → first result in the dialog (cold: the first query
 * of a fresh browser profile, the dialog just opened; warm: the next query),
 * navigation → first result for /search/?q=809, and the bytes a cold query
 * fetches (Pagefind's engine, index chunks and fragments, the code index).
 * Each figure is the median of RUNS runs, each cold run in a new context.
 *
 * Alone, against a server already running: `tsx scripts/bench/search.ts http://127.0.0.1:4321`.
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { pathToFileURL } from 'node:url';

const RUNS = Number(process.env['BENCH_SEARCH_RUNS'] ?? 7);
const TARGETS = { cold: 250, warm: 150 } as const;
const DIALOG_RESULT = '#kb-search-dialog a[data-kb-result]';

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Bytes (headers and body, as sent) of every response for search files: Pagefind's and the code index. */
function countSearchBytes(page: Page): () => Promise<number> {
  const sizes: Array<Promise<number>> = [];
  page.on('requestfinished', (request) => {
    if (!/\/pagefind\/|\/error-index\.json$/.test(request.url())) return;
    // Requests still open when the page closes (the warm query's) are not counted.
    sizes.push(
      request.sizes().then(
        (size) => size.responseBodySize + size.responseHeadersSize,
        () => 0,
      ),
    );
  });
  return async () => (await Promise.all(sizes)).reduce((sum, bytes) => sum + bytes, 0);
}

/** Fills the dialog's box and resolves with the ms from that input event to the first result on screen. */
async function timeDialogQuery(page: Page, query: string): Promise<number> {
  await page.evaluate((selector) => {
    const input = document.querySelector<HTMLInputElement>('#kb-search-input');
    const results = document.querySelector('#kb-search-dialog [data-kb-search-results]');
    (window as unknown as { kbBench: Promise<number> }).kbBench = new Promise((resolve) => {
      input?.addEventListener(
        'input',
        () => {
          const started = performance.now();
          const observer = new MutationObserver(() => {
            if (!document.querySelector(selector)) return;
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - started));
          });
          if (results) observer.observe(results, { childList: true, subtree: true });
        },
        { once: true },
      );
    });
  }, DIALOG_RESULT);
  await page.locator('#kb-search-input').fill(query);
  return page.evaluate(() => (window as unknown as { kbBench: Promise<number> }).kbBench);
}

async function measureDialog(context: BrowserContext, origin: string): Promise<{ cold: number; warm: number; bytes: number }> {
  const page = await context.newPage();
  const searchBytes = countSearchBytes(page);
  await page.goto(`${origin}/guide/about/this-guide/`, { waitUntil: 'networkidle' });
  await page.keyboard.press('Control+k');
  await page.locator('#kb-search-input').waitFor();
  const cold = await timeDialogQuery(page, '809');
  await page.waitForLoadState('networkidle');
  const bytes = await searchBytes();
  await page.locator('#kb-search-input').fill('');
  await page.locator(DIALOG_RESULT).first().waitFor({ state: 'detached' });
  const warm = await timeDialogQuery(page, 'certificate revocation');
  await page.close();
  return { cold, warm, bytes };
}

async function measureNavigation(context: BrowserContext, origin: string): Promise<number> {
  const page = await context.newPage();
  // performance.now() counts from the start of the navigation.
  await page.addInitScript((selector) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      (window as unknown as { kbBench: number }).kbBench = performance.now();
    });
    observer.observe(document, { childList: true, subtree: true });
  }, '[data-kb-search-page-results] a[data-kb-result]');
  await page.goto(`${origin}/search/?q=809`);
  await page.waitForFunction(() => typeof (window as unknown as { kbBench?: number }).kbBench === 'number');
  const elapsed = await page.evaluate(() => (window as unknown as { kbBench: number }).kbBench);
  await page.close();
  return elapsed;
}

/** Markdown rows for the report. */
export async function measureSearchSpeed(browser: Browser, origin: string): Promise<string[]> {
  const cold: number[] = [];
  const warm: number[] = [];
  const bytes: number[] = [];
  const navigation: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext();
    const dialog = await measureDialog(context, origin);
    cold.push(dialog.cold);
    warm.push(dialog.warm);
    bytes.push(dialog.bytes);
    await context.close();
    const fresh = await browser.newContext();
    navigation.push(await measureNavigation(fresh, origin));
    await fresh.close();
  }
  const ms = (values: number[]) => `${median(values).toFixed(0)} (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`;
  return [
    `\n## Search as a reader meets it (median of ${RUNS} runs, min–max)\n`,
    '| measure | ms | target |',
    '|---|---:|---:|',
    `| dialog: cold keystroke → first result ("809") | ${ms(cold)} | ≤ ${TARGETS.cold} |`,
    `| dialog: warm keystroke → first result ("certificate revocation") | ${ms(warm)} | ≤ ${TARGETS.warm} |`,
    `| navigation → first result, /search/?q=809 | ${ms(navigation)} | |`,
    `| bytes per cold query (engine, index chunks, fragments, code index) | ${(median(bytes) / 1024).toFixed(1)} KB | |`,
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const origin = process.argv[2] ?? 'http://127.0.0.1:4321';
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    console.log((await measureSearchSpeed(browser, origin)).join('\n'));
  } finally {
    await browser.close();
  }
}
