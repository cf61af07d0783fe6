import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { findInlineBodies, hashSource, trimCspHashes } from './csp-hashes';

/** The reference digest, from Node rather than the module under test. */
const nodeHash = (content: string) => `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;

const ISLAND_SCRIPT = '(()=>{var l=1;})();';
const DIRECTIVE_SCRIPT = '(()=>{window.visible=1;})();';
const UNUSED_SCRIPT = '(()=>{window.idle=1;})();';
const ISLAND_STYLE = 'astro-island{display:contents}';

function page(body: string, scriptHashes: string[], styleHashes: string[]): string {
  const policy = `default-src 'self';object-src 'none'; script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(' ')}; style-src 'self' ${styleHashes.join(' ')};`;
  return `<html><head><meta http-equiv="content-security-policy" content="${policy}"><script src="/theme.js"></script></head><body>${body}</body></html>`;
}

function policyOf(html: string): string {
  return /content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
}

const ALL_SCRIPTS = [ISLAND_SCRIPT, DIRECTIVE_SCRIPT, UNUSED_SCRIPT].map(nodeHash);
const ALL_STYLES = [nodeHash(ISLAND_STYLE), nodeHash('')];

describe('hashSource', () => {
  it.each(['', 'astro-island{display:contents}', 'const é = "ü";'])('gives the same sha256 source as Node for %j', (content) => {
    expect(hashSource(content)).toBe(nodeHash(content));
  });
});

describe('findInlineBodies', () => {
  it('skips scripts loaded from a file and keeps inline ones and styles', () => {
    const html = `<script src="/a.js"></script><script type="module" src="/b.js"></script><script>${ISLAND_SCRIPT}</script><style>${ISLAND_STYLE}</style>`;
    expect(findInlineBodies(html)).toEqual({ scripts: [ISLAND_SCRIPT], styles: [ISLAND_STYLE] });
  });
});

describe('trimCspHashes', () => {
  it('leaves no hash on a page without inline scripts or styles, and keeps the other sources', () => {
    const { html, missing } = trimCspHashes(page('<p>Plain page</p>', ALL_SCRIPTS, ALL_STYLES));
    expect(policyOf(html)).toBe("default-src 'self'; object-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'");
    expect(missing).toEqual([]);
  });

  it('keeps exactly the hashes of the inline elements an island page carries', () => {
    const body = `<style>${ISLAND_STYLE}</style><script>${DIRECTIVE_SCRIPT}</script><script>${ISLAND_SCRIPT}</script><astro-island></astro-island>`;
    const policy = policyOf(trimCspHashes(page(body, ALL_SCRIPTS, ALL_STYLES)).html);
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${nodeHash(ISLAND_SCRIPT)} ${nodeHash(DIRECTIVE_SCRIPT)};`);
    expect(policy).toMatch(new RegExp(`style-src 'self' ${nodeHash(ISLAND_STYLE).replace(/[+/]/g, '\\$&')}$`));
    expect(policy).not.toContain(nodeHash(UNUSED_SCRIPT));
    expect(policy).not.toContain(nodeHash(''));
  });

  it('reports an inline script the policy never allowed instead of hiding it', () => {
    const { missing } = trimCspHashes(page('<script>alert(1)</script>', ALL_SCRIPTS, ALL_STYLES));
    expect(missing).toEqual([nodeHash('alert(1)')]);
  });

  it('returns a page without a policy element unchanged', () => {
    const html = '<html><body><script>x()</script></body></html>';
    expect(trimCspHashes(html)).toEqual({ html, missing: [] });
  });
});
