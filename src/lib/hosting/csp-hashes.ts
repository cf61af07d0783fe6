/**
 * Trims a page's Content-Security-Policy to the hashes that page needs.
 *
 * Astro's experimental CSP writes one list of hashes into every page: the
 * island runtime and each client directive (load, idle, visible, media,
 * only), whether the page has an island or not. A page that carries no
 * inline script needs none of them. `trimCspHashes` keeps in script-src and
 * style-src only the hashes of the inline <script> and <style> elements the
 * page really contains, and reports any inline element whose hash the policy
 * never allowed (the browser would block it).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const HASH_SOURCE = /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/;

/** The CSP source expression for a script or style body: `'sha256-…'`. */
export function hashSource(content: string): string {
  const digest = sha256(utf8ToBytes(content));
  return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
}

/** Bodies of inline scripts (those without `src`) and inline styles, as the browser hashes them. */
export function findInlineBodies(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(INLINE_SCRIPT)].filter((match) => !/\ssrc=/i.test(match[1] ?? '')).map((match) => match[2] ?? '');
  const styles = [...html.matchAll(INLINE_STYLE)].map((match) => match[1] ?? '');
  return { scripts, styles };
}

export interface TrimmedPolicy {
  readonly html: string;
  /** Hashes the page needs that the policy did not allow. */
  readonly missing: readonly string[];
}

function trimDirective(directive: string, needed: ReadonlySet<string>, missing: string[]): string {
  const [name = '', ...sources] = directive.trim().split(/\s+/);
  const allowed = new Set(sources.filter((source) => HASH_SOURCE.test(source)));
  for (const hash of needed) if (!allowed.has(hash)) missing.push(hash);
  const kept = sources.filter((source) => !HASH_SOURCE.test(source) || needed.has(source));
  return [name, ...kept].join(' ');
}

/** The page with script-src and style-src reduced to the hashes of its own inline elements; unchanged when it has no CSP meta element. */
export function trimCspHashes(html: string): TrimmedPolicy {
  const meta = CSP_META.exec(html);
  if (!meta) return { html, missing: [] };
  const { scripts, styles } = findInlineBodies(html);
  const needed: Record<string, ReadonlySet<string>> = {
    'script-src': new Set(scripts.map(hashSource)),
    'style-src': new Set(styles.map(hashSource)),
  };
  const missing: string[] = [];
  const policy = (meta[1] ?? '')
    .split(';')
    .map((directive) => {
      const name = directive.trim().split(/\s+/)[0] ?? '';
      const hashes = needed[name];
      return hashes ? trimDirective(directive, hashes, missing) : directive.trim();
    })
    .filter((directive) => directive !== '')
    .join('; ');
  const rewritten = meta[0].replace(meta[1] ?? '', () => policy);
  return { html: html.replace(meta[0], () => rewritten), missing };
}
