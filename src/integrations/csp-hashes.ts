/**
 * After the build, trims every page's Content-Security-Policy to the inline
 * script and style hashes that page carries (see src/lib/hosting/csp-hashes.ts):
 * Astro's experimental CSP can only write one site-wide list into every page.
 * Stops the build when a page holds an inline element its policy does not allow.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { trimCspHashes } from '../lib/hosting/csp-hashes';

async function listHtmlFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => path.join(entry.parentPath, entry.name));
}

export function cspPerPage(): AstroIntegration {
  return {
    name: 'kb-csp-per-page',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let trimmed = 0;
        for (const file of await listHtmlFiles(root)) {
          const original = await readFile(file, 'utf8');
          const { html, missing } = trimCspHashes(original);
          if (missing.length > 0) {
            throw new Error(
              `${path.relative(root, file)} has inline code its Content-Security-Policy does not allow (${missing.join(', ')}); move it to a file.`,
            );
          }
          if (html !== original) {
            await writeFile(file, html, 'utf8');
            trimmed += 1;
          }
        }
        logger.info(`Trimmed the CSP hashes of ${trimmed} pages to the inline code each carries`);
      },
    },
  };
}
