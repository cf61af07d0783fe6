import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import { prefixBase, rehypeBaseLinks } from './rehype-base-links';

describe('prefixBase', () => {
  it.each([
    ['/guide/azure/', '/kb/', '/kb/guide/azure/'],
    ['/errors/809/', '/kb', '/kb/errors/809/'],
    ['/guide/azure/', '/', '/guide/azure/'],
    ['/kb/guide/azure/', '/kb/', '/kb/guide/azure/'],
    ['#anchor', '/kb/', '#anchor'],
    ['https://learn.microsoft.com/', '/kb/', 'https://learn.microsoft.com/'],
    ['//cdn.example/x.js', '/kb/', '//cdn.example/x.js'],
    ['relative/path/', '/kb/', 'relative/path/'],
  ])('turns %s under base %s into %s', (url, base, expected) => {
    expect(prefixBase(url, base)).toBe(expected);
  });
});

describe('rehypeBaseLinks', () => {
  it('rewrites links nested inside MDX components such as callouts', () => {
    const tree = {
      type: 'root',
      children: [
        {
          type: 'mdxJsxFlowElement',
          name: 'Callout',
          attributes: [],
          children: [
            {
              type: 'element',
              tagName: 'p',
              properties: {},
              children: [{ type: 'element', tagName: 'a', properties: { href: '/guide/azure/' }, children: [] }],
            },
          ],
        },
      ],
    } as unknown as Root;
    rehypeBaseLinks({ base: '/kb/' })(tree);
    expect(JSON.stringify(tree)).toContain('"href":"/kb/guide/azure/"');
  });
});
