/**
 * Response headers for self-hosting, shared by the IIS web.config, the
 * nginx server block and the local test server, so all three agree.
 *
 * Pages carry their own Content-Security-Policy in a <meta> element (with
 * hashes for Astro's scripts and styles). Two policies both apply, so the
 * header policy adds only what a meta policy cannot express and never
 * restricts a resource type the meta policy allows.
 */

/** Directives only a header can deliver; they restrict nothing the pages load. */
export const HEADER_CSP = "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

/** Security headers every response carries. */
export const SECURITY_HEADERS: ReadonlyArray<readonly [name: string, value: string]> = [
  ['Content-Security-Policy', HEADER_CSP],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['X-Frame-Options', 'SAMEORIGIN'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
];

/** File types Pagefind writes that servers do not know. Pagefind reads them with fetch() and unpacks them itself. */
export const PAGEFIND_EXTENSIONS = ['.pagefind', '.pf_meta', '.pf_index', '.pf_fragment', '.pf_filter'] as const;

/** Extensions and the MIME type to serve them with. */
export const MIME_TYPES: ReadonlyArray<readonly [extension: string, mimeType: string]> = [
  ...PAGEFIND_EXTENSIONS.map((extension) => [extension, 'application/octet-stream'] as const),
  ['.json', 'application/json'],
  ['.js', 'text/javascript'],
  ['.webmanifest', 'application/manifest+json'],
  ['.xml', 'application/xml'],
  ['.svg', 'image/svg+xml'],
];

/** Folder of fingerprinted build assets that may be cached for a year. */
export const IMMUTABLE_FOLDER = '_astro';
