/**
 * `npm run bench`: measures speed and size, prints a table. It is a
 * benchmark, not a test: nothing here passes or fails.
 *
 *  1. First-visit bytes per page type (HTML, CSS, JS, other; as sent gzip by
 *     the local server), loaded in headless Chromium with a cold cache.
 *  2. Search: Pagefind bytes transferred and latency for a query, cold (first
 *     query, loads the engine and index) and warm (a second query); then, in
 *     scripts/bench/search.ts, keystroke → first result in the dialog, cold and
 *     warm, navigation → first result for /search/?q=809, bytes per cold query.
 *  3. Build time for the real site, and for synthetic guides of N pages
 *     (default 100 and 1000; BENCH_SIZES=100,1000,5000 to change).
 *  4. Parsers of pasted text on 1–10 MB adversarial input (scripts/bench/parsers.ts).
 *
 * Needs Chromium (CHROMIUM_PATH or /usr/bin/chromium). Uses ports 4470-4471.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PAGEFIND_OPTIONS } from '../src/lib/search/pagefind-options';
import { measureParsers } from './bench/parsers';
import { syntheticContent } from './bench/synthetic-content';
import { measurePageSizes } from './bench/page-size';
import { measureSearchSpeed } from './bench/search';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const PORT = 4470;
const SIZES = (process.env['BENCH_SIZES'] ?? '100,1000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Representative page of each type; the first that exists in the build is used. */
const PAGE_TYPES: Array<{ type: string; candidates: string[] }> = [
  { type: 'home', candidates: [''] },
  { type: 'guide (plain)', candidates: ['guide/about/this-guide/'] },
  { type: 'guide (with NAT embed)', candidates: ['guide/high-availability/dnat-vs-full-nat/'] },
  { type: 'error code', candidates: ['errors/809/'] },
  { type: 'error lookup', candidates: ['errors/'] },
  { type: 'event', candidates: ['events/rasclient-20227/'] },
  { type: 'tool: NAT path', candidates: ['tools/nat-path/'] },
  { type: 'tool: ProfileXML', candidates: ['tools/profilexml/'] },
  { type: 'tool: IKEv2 policy', candidates: ['tools/ikev2-policy/'] },
  { type: 'tool: certificate', candidates: ['tools/certificate/'] },
];

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('exit', (code) =>
      code === 0 ? resolve(performance.now() - started) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

async function startServer(dir: string, port: number): Promise<ChildProcess> {
  // Node itself runs the server (no npx wrapper), so kill() reaches the process that listens.
  const server = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/serve.ts', '--dir', dir, '--port', String(port), '--host', '127.0.0.1'],
    {
      stdio: 'ignore',
    },
  );
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      if (response.ok) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`The benchmark server on port ${port} did not start.`);
}

interface Transfer {
  url: string;
  kind: 'html' | 'css' | 'js' | 'other';
  bytes: number;
}

function kindOf(resourceType: string): Transfer['kind'] {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'script') return 'js';
  return 'other';
}

/** Records every finished request; `settled()` resolves once all their sizes are known. */
function recordTransfers(page: Page): { transfers: Transfer[]; settled: () => Promise<void> } {
  const transfers: Transfer[] = [];
  const pending: Array<Promise<void>> = [];
  page.on('requestfinished', (request) => {
    pending.push(
      request.sizes().then((sizes) => {
        transfers.push({
          url: request.url(),
          kind: kindOf(request.resourceType()),
          bytes: sizes.responseBodySize + sizes.responseHeadersSize,
        });
      }),
    );
  });
  return {
    transfers,
    settled: async () => {
      await Promise.all(pending);
    },
  };
}

async function exists(dir: string, relative: string): Promise<boolean> {
  try {
    await readFile(path.join(dir, relative, relative === '' || relative.endsWith('/') ? 'index.html' : ''));
    return true;
  } catch {
    return false;
  }
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

async function measurePages(browser: Browser, dir: string): Promise<string[]> {
  const rows = [
    '| page type | path | HTML KB | CSS KB | JS KB | other KB | total KB | requests |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const { type, candidates } of PAGE_TYPES) {
    let pagePath: string | undefined;
    for (const candidate of candidates) if (await exists(dir, candidate)) pagePath = candidate;
    if (pagePath === undefined) continue;
    const context = await browser.newContext();
    const page = await context.newPage();
    const { transfers, settled } = recordTransfers(page);
    await page.goto(`http://127.0.0.1:${PORT}/${pagePath}`, { waitUntil: 'networkidle' });
    await settled();
    const sum = (kind: Transfer['kind']) => transfers.filter((t) => t.kind === kind).reduce((total, t) => total + t.bytes, 0);
    const total = transfers.reduce((acc, t) => acc + t.bytes, 0);
    rows.push(
      `| ${type} | /${pagePath} | ${kb(sum('html'))} | ${kb(sum('css'))} | ${kb(sum('js'))} | ${kb(sum('other'))} | ${kb(total)} | ${transfers.length} |`,
    );
    await context.close();
  }
  return rows;
}

async function measureSearch(browser: Browser): Promise<string[]> {
  const rows = ['| query | state | Pagefind KB transferred | latency ms (search + top 5 results) |', '|---|---|---:|---:|'];
  const context = await browser.newContext();
  const page = await context.newPage();
  const { transfers, settled } = recordTransfers(page);
  await page.goto(`http://127.0.0.1:${PORT}/guide/about/this-guide/`, { waitUntil: 'networkidle' });
  await settled();
  for (const [query, state] of [
    ['809', 'cold (engine + index loaded)'],
    ['certificate revocation', 'warm'],
    ['IkeNumEstablishedForInitialQuery', 'warm'],
  ] as const) {
    const before = transfers.filter((t) => t.url.includes('/pagefind/')).reduce((sum, t) => sum + t.bytes, 0);
    const elapsed = await page.evaluate(
      async ({ term, options }) => {
        const started = performance.now();
        const bundle = '/pagefind/pagefind.js';
        const pagefind = (await import(bundle)) as {
          options(o: object): Promise<void>;
          search(t: string): Promise<{ results: Array<{ data(): Promise<unknown> }> }>;
        };
        await pagefind.options(options);
        const response = await pagefind.search(term);
        await Promise.all(response.results.slice(0, 5).map((result) => result.data()));
        return performance.now() - started;
      },
      { term: query, options: PAGEFIND_OPTIONS },
    );
    await page.waitForLoadState('networkidle');
    await settled();
    const after = transfers.filter((t) => t.url.includes('/pagefind/')).reduce((sum, t) => sum + t.bytes, 0);
    rows.push(`| ${query} | ${state} | ${kb(after - before)} | ${elapsed.toFixed(0)} |`);
  }
  await context.close();
  return rows;
}

async function countPages(dir: string): Promise<number> {
  let count = 0;
  const walk = async (folder: string) => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) await walk(path.join(folder, entry.name));
      else if (entry.name.endsWith('.html')) count += 1;
    }
  };
  await walk(dir);
  return count;
}

async function measureBuilds(): Promise<string[]> {
  const rows = ['| build | pages | seconds |', '|---|---:|---:|'];
  const root = await mkdtemp(path.join(tmpdir(), 'kb-bench-'));
  try {
    const realOut = path.join(root, 'dist-real');
    const realMs = await run('npx', ['astro', 'build'], { KB_OUT_DIR: realOut, KB_CACHE_DIR: path.join(root, 'cache-real') });
    rows.push(`| real site | ${await countPages(realOut)} | ${(realMs / 1000).toFixed(1)} |`);
    for (const size of SIZES) {
      const content = await syntheticContent(root, size);
      const out = path.join(root, `dist-${size}`);
      const ms = await run('npx', ['astro', 'build'], {
        KB_OUT_DIR: out,
        KB_CACHE_DIR: path.join(root, `cache-${size}`),
        KB_CONTENT_DIR: content,
      });
      rows.push(`| real site + ${size} synthetic sections | ${await countPages(out)} | ${(ms / 1000).toFixed(1)} |`);
      await rm(out, { recursive: true, force: true });
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  return rows;
}

async function main(): Promise<void> {
  const dir = 'dist';
  console.log('Building the site for the size and search measurements…');
  await run('npx', ['astro', 'build']);
  const server = await startServer(dir, PORT);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  try {
    const pages = await measurePages(browser, dir);
    const search = await measureSearch(browser);
    console.log('\n## First visit, by page type (bytes on the wire, gzip, cold cache)\n');
    console.log(pages.join('\n'));
    console.log('\n## Search (Pagefind in headless Chromium)\n');
    console.log(search.join('\n'));
    console.log((await measureSearchSpeed(browser, `http://127.0.0.1:${PORT}`)).join('\n'));
  } finally {
    await browser.close();
    server.kill();
  }
  console.log('\n## Build time\n');
  console.log((await measureBuilds()).join('\n'));
  console.log((await measurePageSizes()).join('\n'));
  console.log('\n## Parsers on large pastes\n');
  console.log(measureParsers().join('\n'));
  console.log(`\nMachine: ${(await import('node:os')).cpus().length} CPUs, Node ${process.version}.`);
}

await main();
