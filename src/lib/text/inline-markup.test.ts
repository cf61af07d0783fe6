import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseInlineMarkup, splitParagraphs, toPlainText, type InlineSegment } from './inline-markup';

describe('parseInlineMarkup', () => {
  it.each<[string, InlineSegment[]]>([
    ['Plain words.', [{ type: 'text', text: 'Plain words.' }]],
    [
      'Run `Get-VpnConnection` first.',
      [
        { type: 'text', text: 'Run ' },
        { type: 'code', text: 'Get-VpnConnection' },
        { type: 'text', text: ' first.' },
      ],
    ],
    [
      'See [NAT and load balancers](/guide/high-availability/dnat-vs-full-nat/).',
      [
        { type: 'text', text: 'See ' },
        {
          type: 'link',
          href: '/guide/high-availability/dnat-vs-full-nat/',
          isInternal: true,
          children: [{ type: 'text', text: 'NAT and load balancers' }],
        },
        { type: 'text', text: '.' },
      ],
    ],
    [
      '[`certutil -URL`](https://learn.microsoft.com/) checks it',
      [
        { type: 'link', href: 'https://learn.microsoft.com/', isInternal: false, children: [{ type: 'code', text: 'certutil -URL' }] },
        { type: 'text', text: ' checks it' },
      ],
    ],
    [
      'A [link to an anchor](#causes)',
      [
        { type: 'text', text: 'A ' },
        { type: 'link', href: '#causes', isInternal: false, children: [{ type: 'text', text: 'link to an anchor' }] },
      ],
    ],
  ])('splits %j into segments', (source, expected) => {
    expect(parseInlineMarkup(source)).toEqual(expected);
  });

  it.each([['[click](javascript:alert(1))'], ['[click](data:text/html,hi)'], ['[click](//evil.example/)'], ['[click](relative/path)']])(
    'keeps the words but drops an unsafe or unsupported target in %j',
    (source) => {
      const segments = parseInlineMarkup(source);
      expect(segments.some((segment) => segment.type === 'link')).toBe(false);
      expect(toPlainText(source)).toContain('click');
    },
  );

  it.each([['a `lonely backtick'], ['[not a link]'], ['[text](no closing'], ['`` empty code']])(
    'leaves unfinished markup %j as text',
    (source) => {
      expect(parseInlineMarkup(source)).toEqual([{ type: 'text', text: source }]);
    },
  );

  it('keeps angle brackets as text, so data can never become HTML', () => {
    expect(parseInlineMarkup('<script>alert(1)</script>')).toEqual([{ type: 'text', text: '<script>alert(1)</script>' }]);
  });

  it('returns segments for any string without throwing, and never links to an unsafe target', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (source) => {
        for (const segment of parseInlineMarkup(source)) {
          if (segment.type === 'link') expect(segment.href).toMatch(/^(?:\/(?!\/)|#|https?:\/\/|mailto:)/i);
        }
      }),
    );
  });

  it('loses no characters from text without markup', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }).filter((source) => !/[`[]/.test(source)),
        (source) => toPlainText(source) === source,
      ),
    );
  });
});

describe('splitParagraphs', () => {
  it('splits on blank lines and joins wrapped lines', () => {
    expect(splitParagraphs('First line\nstill first.\n\n  Second.  \n\n\n')).toEqual(['First line still first.', 'Second.']);
  });
});
