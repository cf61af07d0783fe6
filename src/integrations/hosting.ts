/**
 * Writes the IIS web.config into the build output, generated for the
 * configured base path from the shared header and MIME tables.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildWebConfig } from '../lib/hosting/server-config';

export function hostingKit(): AstroIntegration {
  let base = '/';
  return {
    name: 'kb-hosting-kit',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        await writeFile(new URL('web.config', dir), buildWebConfig(base), 'utf8');
        logger.info(`Wrote web.config for ${base} to ${fileURLToPath(dir)}`);
      },
    },
  };
}
