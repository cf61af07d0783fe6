/**
 * Every internal link and #anchor in the built HTML resolves, in the build
 * for / and the build for /kb/. Reads the files from disk, so it is fast
 * and checks every page, including ones no other test opens.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './support/fixtures';
import { ROOT_SITE, SUBPATH_SITE, htmlFiles, type BuiltSite } from './support/site';

/** Attribute values in HTML may encode characters as entities (`&amp;`, `&#38;`, `&#x26;`). */
function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

interface PageFacts {
  ids: Set<string>;
  links: string[];
}

function readPage(site: BuiltSite, file: string): PageFacts {
  const html = readFileSync(path.join(site.dir, file), 'utf8');
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? ''));
  const links = [...html.matchAll(/<a\s[^>]*href="([^"]+)"/g)].map((match) => decodeEntities(match[1] ?? ''));
  return { ids, links };
}

/** The file a site-relative URL path is served from, or undefined when none exists. */
function fileForPath(site: BuiltSite, pathname: string): string | undefined {
  if (!pathname.startsWith(site.base)) return undefined;
  const relative = decodeURIComponent(pathname.slice(site.base.length));
  const candidates = relative === '' || relative.endsWith('/') ? [`${relative}index.html`] : [relative, `${relative}/index.html`];
  return candidates.find((candidate) => existsSync(path.join(site.dir, candidate)));
}

function brokenLinks(site: BuiltSite): string[] {
  const files = htmlFiles(site);
  const facts = new Map(files.map((file) => [file, readPage(site, file)]));
  const problems: string[] = [];
  for (const [file, { links }] of facts) {
    const pageUrl = new URL(`http://site${site.base}${file.replace(/index\.html$/, '').replace(/^404\.html$/, '404.html')}`);
    for (const href of links) {
      if (/^(mailto:|tel:|javascript:)/.test(href)) continue;
      const target = new URL(href, pageUrl);
      if (target.origin !== 'http://site') continue;
      const targetFile = target.pathname === pageUrl.pathname ? file : fileForPath(site, target.pathname);
      if (!targetFile) {
        problems.push(`${file}: link to ${href} (no such page)`);
        continue;
      }
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (anchor && targetFile.endsWith('.html')) {
        const targetIds = facts.get(targetFile)?.ids ?? readPage(site, targetFile).ids;
        if (!targetIds.has(anchor)) problems.push(`${file}: link to ${href} (no element with id "${anchor}")`);
      }
    }
  }
  return problems;
}

test('every internal link and anchor resolves in the build for /', () => {
  expect(brokenLinks(ROOT_SITE)).toEqual([]);
});

test('every internal link and anchor resolves in the build for /kb/', () => {
  expect(brokenLinks(SUBPATH_SITE)).toEqual([]);
});

test('no page links outside the base path in the build for /kb/', () => {
  const outside = htmlFiles(SUBPATH_SITE).flatMap((file) =>
    readPage(SUBPATH_SITE, file)
      .links.filter((href) => href.startsWith('/') && !href.startsWith('//') && !href.startsWith('/kb/'))
      .map((href) => `${file}: ${href}`),
  );
  expect(outside).toEqual([]);
});
