/**
 * Joins the configured base path (`/` or `/kb/`) with a site-relative path,
 * so every link works when the guide is served from a sub-path.
 */
export function withBase(base: string, path: string): string {
  const normalisedBase = base.endsWith('/') ? base : `${base}/`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('#')) return path;
  return normalisedBase + path.replace(/^\/+/, '');
}
