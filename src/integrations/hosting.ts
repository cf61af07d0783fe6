/**
 * Writes the hosting files into the build output: the IIS web.config,
 * generated for the configured base path from the shared header and MIME
 * tables, and robots.txt for the KB_ROBOTS setting.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildWebConfig } from '../lib/hosting/server-config';
import { buildRobotsTxt, type RobotsPolicy } from '../lib/hosting/robots';

export interface HostingKitOptions {
  readonly robots: RobotsPolicy;
  /** The public origin when KB_SITE is set (robots.txt names the sitemap only then). */
  readonly publicSite?: string | undefined;
}

export function hostingKit({ robots, publicSite }: HostingKitOptions): AstroIntegration {
  let base = '/';
  return {
    name: 'kb-hosting-kit',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        await writeFile(new URL('web.config', dir), buildWebConfig(base), 'utf8');
        await writeFile(new URL('robots.txt', dir), buildRobotsTxt({ policy: robots, base, site: publicSite }), 'utf8');
        logger.info(`Wrote web.config for ${base} and robots.txt (${robots}) to ${fileURLToPath(dir)}`);
      },
    },
  };
}
