/**
 * Benchmark part: does a content page stay the same size as the guide grows?
 * Builds the real site and the site plus N synthetic sections (BENCH_SIZES,
 * default 100 and 1000), and reports for each build the HTML size of a few
 * real content pages (raw and gzip, as the server sends them), the change
 * against the real build, and the build's peak memory (the largest process's
 * maximum resident set, from /usr/bin/time -v when it is installed).
 * The goal: a content page at +1,000 sections within 15% of its real size.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { syntheticContent } from './synthetic-content';

const SIZES = (process.env['BENCH_SIZES'] ?? '100,1000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const TIME = '/usr/bin/time';
/** Real content pages whose size should not depend on how many other pages exist. */
const CONTENT_PAGES = ['guide/about/this-guide/', 'guide/high-availability/dnat-vs-full-nat/', 'errors/809/'];
const GOAL = 0.15;

interface BuildResult {
  /** Peak resident memory in MB, when /usr/bin/time is available. */
  readonly peakMb: number | undefined;
  /** Gzip bytes per content page. */
  readonly gzip: ReadonlyMap<string, number>;
  readonly raw: ReadonlyMap<string, number>;
}

function build(outDir: string, cacheDir: string, contentDir?: string): Promise<number | undefined> {
  const astro = [process.execPath, path.resolve('node_modules/astro/astro.js'), 'build'];
  const hasTime = existsSync(TIME);
  const [command, ...args] = hasTime ? [TIME, '-v', ...astro] : astro;
  return new Promise((resolve, reject) => {
    const env = {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      KB_OUT_DIR: outDir,
      KB_CACHE_DIR: cacheDir,
      ...(contentDir ? { KB_CONTENT_DIR: contentDir } : {}),
    };
    const child = spawn(command as string, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('exit', (code) => {
      if (code !== 0) {
        reject(new Error(`astro build into ${outDir} exited with ${code ?? 'a signal'}:\n${stderr.slice(-2000)}`));
        return;
      }
      const kilobytes = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1];
      resolve(kilobytes ? Number(kilobytes) / 1024 : undefined);
    });
  });
}

async function measure(outDir: string, peakMb: number | undefined): Promise<BuildResult> {
  const gzip = new Map<string, number>();
  const raw = new Map<string, number>();
  for (const page of CONTENT_PAGES) {
    const html = await readFile(path.join(outDir, page, 'index.html'));
    raw.set(page, html.length);
    gzip.set(page, gzipSync(html).length);
  }
  return { peakMb, gzip, raw };
}

const kb = (bytes: number | undefined) => (bytes === undefined ? '–' : (bytes / 1024).toFixed(1));
const percent = (value: number, reference: number | undefined) =>
  reference ? `${value >= reference ? '+' : ''}${(((value - reference) / reference) * 100).toFixed(1)}%` : '–';

/** Builds, measures and returns the Markdown table (with its heading). */
export async function measurePageSizes(): Promise<string[]> {
  const root = await mkdtemp(path.join(tmpdir(), 'kb-bench-size-'));
  const rows = [
    '\n## Content-page HTML as the guide grows (goal: gzip within 15% of the real build at +1,000 sections)\n',
    '| build | page | HTML KB | gzip KB | gzip vs real | within goal | build peak memory MB |',
    '|---|---|---:|---:|---:|:---:|---:|',
  ];
  try {
    const builds: Array<[string, BuildResult]> = [];
    const realOut = path.join(root, 'dist-real');
    builds.push(['real site', await measure(realOut, await build(realOut, path.join(root, 'cache-real')))]);
    for (const size of SIZES) {
      const content = await syntheticContent(root, size);
      const out = path.join(root, `dist-${size}`);
      builds.push([`+${size} sections`, await measure(out, await build(out, path.join(root, `cache-${size}`), content))]);
      await rm(out, { recursive: true, force: true });
    }
    const real = builds[0]?.[1];
    for (const [label, result] of builds) {
      for (const page of CONTENT_PAGES) {
        const gzip = result.gzip.get(page) ?? 0;
        const reference = real?.gzip.get(page);
        const isWithin = reference ? Math.abs(gzip - reference) / reference <= GOAL : undefined;
        const memory = result.peakMb === undefined ? '–' : result.peakMb.toFixed(0);
        rows.push(
          `| ${label} | /${page} | ${kb(result.raw.get(page))} | ${kb(gzip)} | ${percent(gzip, reference)} | ${isWithin === undefined ? '–' : isWithin ? 'yes' : 'no'} | ${memory} |`,
        );
      }
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  return rows;
}
