import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildNginxServerBlock, buildWebConfig, normaliseBase } from './server-config';
import { PAGEFIND_EXTENSIONS, SECURITY_HEADERS } from './headers';

describe('normaliseBase', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['kb', '/kb/'],
    ['/kb', '/kb/'],
    ['/kb/', '/kb/'],
    ['//kb//', '/kb/'],
  ])('normalises %j to %j', (input, expected) => {
    expect(normaliseBase(input)).toBe(expected);
  });
});

describe('buildWebConfig', () => {
  const config = buildWebConfig('/kb/');

  it('maps every Pagefind extension with remove-then-add', () => {
    for (const extension of PAGEFIND_EXTENSIONS) {
      const remove = config.indexOf(`<remove fileExtension="${extension}" />`);
      const add = config.indexOf(`<mimeMap fileExtension="${extension}" mimeType="application/octet-stream" />`);
      expect(remove, extension).toBeGreaterThan(-1);
      expect(add, extension).toBeGreaterThan(remove);
    }
  });

  it('serves the 404 page under the base path and keeps the 404 status', () => {
    expect(config).toContain('<error statusCode="404" path="/kb/404.html" responseMode="ExecuteURL" />');
  });

  it('sends every security header', () => {
    for (const [name, value] of SECURITY_HEADERS) expect(config).toContain(`<add name="${name}" value="${value}" />`);
  });

  it('never adds a header policy that restricts scripts or styles (the pages carry their own)', () => {
    const csp = SECURITY_HEADERS.find(([name]) => name === 'Content-Security-Policy')?.[1] ?? '';
    expect(csp).not.toMatch(/script-src|style-src|default-src|connect-src|img-src|worker-src/);
  });

  it('is well-formed XML', async () => {
    const { DOMParser } = await import('@xmldom/xmldom');
    const errors: string[] = [];
    new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') errors.push(message);
      },
    }).parseFromString(config, 'text/xml');
    expect(errors).toEqual([]);
  });
});

describe('buildNginxServerBlock', () => {
  it('serves a sub-path from one root with its own 404 page', () => {
    const block = buildNginxServerBlock({ base: '/kb/', webRoot: '/srv/guide', serverName: 'guide.example' });
    expect(block).toContain('root /srv/guide;');
    expect(block).toContain('location /kb/ {');
    expect(block).toContain('error_page 404 /kb/404.html;');
    expect(block).toContain('location /kb/_astro/ {');
  });

  it('hides the nginx version, sends missing assets to the 404 page and never serves web.config', () => {
    const block = buildNginxServerBlock({ base: '/kb/', webRoot: '/var/www/aovpn-guide', serverName: 'guide' });
    expect(block).toContain('server_tokens off;');
    const assets = block.slice(block.indexOf('location /kb/_astro/ {'));
    expect(assets.slice(0, assets.indexOf('}'))).toContain('error_page 404 /kb/404.html;');
    expect(block).toMatch(/location ~\* \/web\\\.config\$ \{\n\s+return 404;/);
  });

  it('is the block the README documents', () => {
    const readme = readFileSync('README.md', 'utf8');
    const documented = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(documented).toBe(buildNginxServerBlock({ base: '/', webRoot: '/var/www/aovpn-guide', serverName: 'vpnguide.corp.example' }));
  });
});
