import { describe, expect, it } from 'vitest';
import { chooseSelfTestTargets, judgeSelfTestResponse } from './selftest';

describe('judgeSelfTestResponse', () => {
  it.each([
    ['javascript', 200, 'text/javascript; charset=utf-8', true],
    ['javascript', 200, 'application/javascript', true],
    ['javascript', 200, 'application/octet-stream', false],
    ['pf_index', 200, 'application/octet-stream', true],
    ['pf_index', 200, '', true],
    ['pf_index', 404, 'text/html', false],
    ['page', 200, 'text/html; charset=utf-8', true],
    ['page', 200, 'text/plain', false],
    ['missing-page', 404, 'text/html', true],
    ['missing-page', 200, 'text/html', false],
  ] as const)('judges %s served with status %i and type "%s" as ok=%s', (kind, status, type, isOk) => {
    expect(judgeSelfTestResponse(kind, status, type).isOk).toBe(isOk);
  });

  it('tells IIS users to add the MIME map when a Pagefind file is refused', () => {
    expect(judgeSelfTestResponse('pf_meta', 404, '').message).toMatch(/web\.config/);
  });
});

describe('chooseSelfTestTargets', () => {
  it('picks one file of every Pagefind kind and always checks a page and a missing page', () => {
    const targets = chooseSelfTestTargets([
      'pagefind/pagefind.js',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.en_1.pf_meta',
      'pagefind/index/en_a.pf_index',
      'pagefind/index/en_b.pf_index',
      'pagefind/fragment/en_c.pf_fragment',
      'pagefind/filter/en_d.pf_filter',
      'pagefind/wasm.en.pagefind',
    ]);
    expect(targets.map((t) => t.kind)).toEqual([
      'page',
      'missing-page',
      'javascript',
      'javascript',
      'json',
      'pf_meta',
      'pf_index',
      'pf_fragment',
      'pf_filter',
      'pagefind-wasm',
    ]);
    expect(targets.find((t) => t.kind === 'pf_index')?.path).toBe('pagefind/index/en_a.pf_index');
  });
});
