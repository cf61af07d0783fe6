/**
 * Builds the Pagefind search index as the last step of `astro build`, with
 * Pagefind's Node API, so one command produces the site and its index.
 * It also writes `selftest-files.json`: one real file of each kind Pagefind
 * wrote, for the /selftest/ page to fetch.
 */
import type { AstroIntegration } from 'astro';
import { readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { chooseSelfTestTargets } from '../lib/hosting/selftest';

async function listFiles(folder: string, prefix: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory()
        ? listFiles(path.join(folder, entry.name), `${prefix}${entry.name}/`)
        : Promise.resolve([`${prefix}${entry.name}`]),
    ),
  );
  return nested.flat().sort();
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'kb-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const outputPath = path.join(site, 'pagefind');
        const written = await index.writeFiles({ outputPath });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();

        const files = await listFiles(outputPath, 'pagefind/');
        await writeFile(path.join(site, 'selftest-files.json'), `${JSON.stringify(chooseSelfTestTargets(files), null, 2)}\n`);
        logger.info(`Indexed ${added.page_count} pages for search.`);
      },
    },
  };
}
