/**
 * Checks on the built HTML of every page, read from disk: the strict
 * Content-Security-Policy is present and has no 'unsafe-inline', no element
 * carries a style attribute, every inline script is one the policy hashes,
 * the policy hashes nothing the page does not carry, and nothing is loaded
 * from another origin.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './support/fixtures';
import { ROOT_SITE, SUBPATH_SITE, htmlFiles, type BuiltSite } from './support/site';

function policyOf(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
}

function directive(policy: string, name: string): string {
  return (
    policy
      .split(';')
      .map((part) => part.trim())
      .find((part) => part.startsWith(`${name} `)) ?? ''
  );
}

function problemsIn(site: BuiltSite): string[] {
  const problems: string[] = [];
  for (const file of htmlFiles(site)) {
    const html = readFileSync(path.join(site.dir, file), 'utf8');
    const policy = policyOf(html);
    if (!policy) {
      problems.push(`${file}: no Content-Security-Policy meta element`);
      continue;
    }
    for (const name of ['script-src', 'style-src']) {
      const value = directive(policy, name);
      if (!value) problems.push(`${file}: CSP has no ${name}`);
      if (value.includes("'unsafe-inline'")) problems.push(`${file}: ${name} allows 'unsafe-inline'`);
    }
    if (/\sstyle="/i.test(html)) problems.push(`${file}: an element has a style attribute`);
    const scriptHashes = directive(policy, 'script-src');
    const inlineHashes = new Set<string>();
    for (const match of html.matchAll(/<(script|style)(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/\1>/gi)) {
      const hash = `'sha256-${createHash('sha256')
        .update(match[2] ?? '')
        .digest('base64')}'`;
      inlineHashes.add(hash);
      if (match[1] === 'script' && !scriptHashes.includes(hash)) problems.push(`${file}: an inline script is not covered by a CSP hash`);
    }
    for (const allowed of policy.match(/'sha\d+-[^']+'/g) ?? []) {
      if (!inlineHashes.has(allowed))
        problems.push(`${file}: the CSP allows ${allowed}, which matches no inline script or style on the page`);
    }
    for (const tag of html.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/gi)) {
      // Outbound links (<a href>) are fine; anything a browser would fetch by itself is not.
      if (tag[1]?.toLowerCase() === 'a') continue;
      const foreign = /\s(?:src|href|srcset|poster|data)="((?:https?:)?\/\/[^"]+)"/i.exec(tag[2] ?? '');
      if (foreign) problems.push(`${file}: <${tag[1] ?? ''}> loads ${foreign[1] ?? ''} from another origin`);
    }
  }
  return problems;
}

test('every page of the build for / has a strict CSP, no style attributes and no foreign resources', () => {
  expect(problemsIn(ROOT_SITE)).toEqual([]);
});

test('every page of the build for /kb/ has a strict CSP, no style attributes and no foreign resources', () => {
  expect(problemsIn(SUBPATH_SITE)).toEqual([]);
});
