/**
 * What the /selftest/ page checks, and how it judges each response. The
 * build writes a list of one real file of each kind (selftest-files.json);
 * the page fetches each and reports status and content type.
 */

export type SelfTestKind =
  'page' | 'missing-page' | 'javascript' | 'json' | 'pf_meta' | 'pf_index' | 'pf_fragment' | 'pf_filter' | 'pagefind-wasm';

export interface SelfTestTarget {
  readonly kind: SelfTestKind;
  /** Path relative to the site's base, e.g. `pagefind/pagefind.js`. */
  readonly path: string;
  readonly purpose: string;
}

export interface SelfTestVerdict {
  readonly isOk: boolean;
  readonly message: string;
}

const BINARY_KINDS: ReadonlySet<SelfTestKind> = new Set(['pf_meta', 'pf_index', 'pf_fragment', 'pf_filter', 'pagefind-wasm']);

/** Judges one response. `contentType` is the header value or '' when absent. */
export function judgeSelfTestResponse(kind: SelfTestKind, status: number, contentType: string): SelfTestVerdict {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (kind === 'missing-page') {
    return status === 404
      ? { isOk: true, message: 'Unknown addresses answer 404.' }
      : { isOk: false, message: `Expected status 404 for an address that does not exist, got ${status}.` };
  }
  if (status !== 200) {
    const hint = BINARY_KINDS.has(kind)
      ? ' The server probably has no MIME type for this extension (IIS refuses unknown extensions): deploy the generated web.config or add the mapping.'
      : '';
    return { isOk: false, message: `Expected status 200, got ${status}.${hint}` };
  }
  if (kind === 'page') {
    return type === 'text/html'
      ? { isOk: true, message: 'Served as HTML.' }
      : { isOk: false, message: `Expected text/html, got "${type || 'none'}".` };
  }
  if (kind === 'javascript') {
    return /^(text|application)\/(javascript|ecmascript|x-javascript)$/.test(type)
      ? { isOk: true, message: 'Served as JavaScript, so the browser will run it as a module.' }
      : {
          isOk: false,
          message: `Expected a JavaScript type (text/javascript), got "${type || 'none'}"; browsers refuse to run modules with other types.`,
        };
  }
  if (kind === 'json') return { isOk: true, message: 'Reachable.' };
  return {
    isOk: true,
    message:
      type === 'application/octet-stream' || type === ''
        ? 'Reachable. Pagefind unpacks it itself.'
        : `Reachable (served as "${type}"; any type works, application/octet-stream is usual).`,
  };
}

/** Picks one file of each Pagefind kind from a list of written paths (relative to the site root). */
export function chooseSelfTestTargets(pagefindFiles: readonly string[]): SelfTestTarget[] {
  const first = (pattern: RegExp) => pagefindFiles.find((file) => pattern.test(file));
  const targets: SelfTestTarget[] = [
    { kind: 'page', path: 'guide/', purpose: 'A guide page (default document)' },
    { kind: 'missing-page', path: 'selftest/this-page-does-not-exist/', purpose: 'A missing page (404 handling)' },
  ];
  const wanted: Array<[SelfTestKind, RegExp, string]> = [
    ['javascript', /pagefind\.js$/, 'Pagefind search engine (JavaScript module)'],
    ['javascript', /pagefind-worker\.js$/, 'Pagefind web worker'],
    ['json', /pagefind-entry\.json$/, 'Pagefind entry file'],
    ['pf_meta', /\.pf_meta$/, 'Pagefind metadata (.pf_meta)'],
    ['pf_index', /\.pf_index$/, 'Pagefind index chunk (.pf_index)'],
    ['pf_fragment', /\.pf_fragment$/, 'Pagefind page fragment (.pf_fragment)'],
    ['pf_filter', /\.pf_filter$/, 'Pagefind filter (.pf_filter)'],
    ['pagefind-wasm', /wasm\.en\.pagefind$/, 'Pagefind WebAssembly (.pagefind)'],
  ];
  for (const [kind, pattern, purpose] of wanted) {
    const path = first(pattern);
    if (path) targets.push({ kind, path, purpose });
  }
  return targets;
}
