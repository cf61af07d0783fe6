// @ts-check
/**
 * Site configuration. Environment variables (all optional):
 *   KB_BASE      base path the site is served from, e.g. /kb/ (default /)
 *   KB_SITE      public origin, used in the sitemap and OpenSearch file (default http://localhost:4321)
 *   KB_OUT_DIR   build output folder (default ./dist)
 *   KB_CACHE_DIR Astro cache folder, for builds running side by side (default node_modules/.astro)
 *   KB_ROBOTS    index (default: search engines may index the guide) or noindex (internal builds:
 *                robots.txt disallows everything and every page carries a robots noindex tag)
 */
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { createHighlightOptions } from './src/lib/highlight/options';
import { rehypeTableRegion } from './src/lib/markdown/rehype-table-region';
import { rehypeBaseLinks } from './src/lib/markdown/rehype-base-links';
import { headingAnchorOptions } from './src/lib/markdown/heading-anchors';
import { codeTheme } from './src/integrations/code-theme';
import { pagefindIndex } from './src/integrations/pagefind';
import { hostingKit } from './src/integrations/hosting';
import { cspPerPage } from './src/integrations/csp-hashes';
import { parseRobotsPolicy } from './src/lib/hosting/robots';
import { CSP_DIRECTIVES, CSP_SCRIPT_RESOURCES, CSP_STYLE_RESOURCES } from './src/lib/hosting/csp';

const highlight = await createHighlightOptions();
const base = process.env.KB_BASE || '/';
// Read once here so a wrong value stops the build with a clear message before anything is built.
const robots = parseRobotsPolicy(process.env.KB_ROBOTS);

export default defineConfig({
  site: process.env.KB_SITE || 'http://localhost:4321',
  base,
  outDir: process.env.KB_OUT_DIR || './dist',
  // Separate caches let several builds run side by side (KB_CACHE_DIR); the default is Astro's.
  ...(process.env.KB_CACHE_DIR ? { cacheDir: process.env.KB_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  server: { port: 4321, host: 'localhost' },
  devToolbar: { enabled: false },
  integrations: [
    mdx(),
    react(),
    sitemap(),
    codeTheme(highlight.css),
    // Before the index is built, so every later step sees the final pages.
    cspPerPage(),
    hostingKit({ robots, publicSite: process.env.KB_SITE || undefined }),
    pagefindIndex(),
  ],
  markdown: {
    syntaxHighlight: 'shiki',
    shikiConfig: {
      themes: highlight.themes,
      defaultColor: highlight.defaultColor,
      transformers: highlight.transformers,
    },
    // Heading ids must exist before the anchor links are added (Astro would otherwise add them last).
    rehypePlugins: [rehypeHeadingIds, [rehypeAutolinkHeadings, headingAnchorOptions], rehypeTableRegion, [rehypeBaseLinks, { base }]],
  },
  vite: {
    // Keep every script and stylesheet an external file: inlined module
    // scripts lose Vite's preload helper for import() (search breaks only in
    // production), and external files need no CSP hashes.
    build: { assetsInlineLimit: 0 },
  },
  experimental: {
    csp: {
      directives: CSP_DIRECTIVES,
      scriptDirective: { resources: CSP_SCRIPT_RESOURCES },
      styleDirective: { resources: CSP_STYLE_RESOURCES },
    },
  },
});
