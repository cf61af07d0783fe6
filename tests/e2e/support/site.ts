/**
 * Facts about the built site the specs need: where it is on disk, its base
 * path, and the pages its sitemap lists.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface BuiltSite {
  /** Folder holding the build. */
  readonly dir: string;
  /** Base path the build was made for: `/` or `/kb/`. */
  readonly base: string;
}

export const ROOT_SITE: BuiltSite = { dir: path.resolve(process.env['KB_E2E_DIST'] ?? 'dist'), base: '/' };
export const SUBPATH_SITE: BuiltSite = { dir: path.resolve(process.env['KB_E2E_DIST_SUBPATH'] ?? 'dist-kb'), base: '/kb/' };

/** Site-relative paths (without the base) of every page in the sitemap, e.g. `guide/planning/`. */
export function sitemapPaths(site: BuiltSite): string[] {
  const files = readdirSync(site.dir).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  const paths = files.flatMap((file) =>
    [...readFileSync(path.join(site.dir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname),
  );
  return [...new Set(paths)].map((pathname) => pathname.slice(site.base.length)).sort();
}

/** Every HTML file of the build, as paths relative to its folder. */
export function htmlFiles(site: BuiltSite): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name.endsWith('.html')) {
        found.push(path.relative(site.dir, full).split(path.sep).join('/'));
      }
    }
  };
  walk(site.dir);
  return found.sort();
}

/** A guide section with no island: the page the size budget is measured on. */
export const PLAIN_GUIDE_PAGE = 'guide/about/this-guide/';
