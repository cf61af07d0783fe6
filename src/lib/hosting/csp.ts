/**
 * The Content-Security-Policy every page carries in a <meta> element.
 * Astro adds the hashes of its own inline scripts and styles to
 * script-src and style-src, the same list on every page; after the build,
 * src/integrations/csp-hashes.ts trims each page's list to the inline code
 * that page carries. Nothing here allows 'unsafe-inline'.
 */
/** Directive names Astro's experimental.csp accepts in `directives` (script-src and style-src have their own options). */
type CspDirectiveName =
  'default-src' | 'img-src' | 'font-src' | 'connect-src' | 'worker-src' | 'manifest-src' | 'object-src' | 'base-uri' | 'form-action';
type CspDirective = `${CspDirectiveName} ${string}`;

/** Directives other than script-src and style-src. */
export const CSP_DIRECTIVES: CspDirective[] = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** script-src: our own files, plus WebAssembly compilation for Pagefind's search engine. */
export const CSP_SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"];

/** style-src: our own stylesheets only (Astro adds hashes for its own inline styles). */
export const CSP_STYLE_RESOURCES = ["'self'"];
