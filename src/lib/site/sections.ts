/**
 * The site's main sections, listed once for the header links and the mobile
 * menu, and which one a page belongs to (for `aria-current`).
 */
export interface SiteSection {
  readonly id: 'guide' | 'errors' | 'events' | 'tools' | 'search';
  readonly label: string;
  /** Site-relative path of the section's index page, without the base. */
  readonly path: string;
}

export const SITE_SECTIONS: readonly SiteSection[] = [
  { id: 'guide', label: 'Guide', path: '/guide/' },
  { id: 'errors', label: 'Error codes', path: '/errors/' },
  { id: 'events', label: 'Events', path: '/events/' },
  { id: 'tools', label: 'Tools', path: '/tools/' },
  { id: 'search', label: 'Search', path: '/search/' },
];

/**
 * The `aria-current` value of a section's link on the page at `pagePath`
 * (site-relative, without the base): "page" on the section's own index,
 * "true" anywhere inside it, undefined elsewhere.
 */
export function describeCurrentSection(section: SiteSection, pagePath: string): 'page' | 'true' | undefined {
  const path = pagePath.endsWith('/') ? pagePath : `${pagePath}/`;
  if (path === section.path) return 'page';
  return path.startsWith(section.path) ? 'true' : undefined;
}

/** The page's path without the base: `/kb/errors/809/` with base `/kb/` is `/errors/809/`. */
export function stripBase(base: string, pathname: string): string {
  const normalisedBase = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(normalisedBase) ? `/${pathname.slice(normalisedBase.length)}` : pathname;
}
