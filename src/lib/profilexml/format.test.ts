import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatXml } from './format';
import { CLEAN_USER_TUNNEL } from './samples';
import { parseXml, type XmlElement, type XmlNode } from './xml';

/** Structure without positions or layout whitespace, for comparing trees. */
function shape(node: XmlNode): unknown {
  if (node.kind === 'element') {
    return {
      name: node.name,
      attributes: node.attributes,
      children: node.children.filter((child) => !(child.kind === 'text' && child.text.trim() === '')).map(shape),
    };
  }
  if (node.kind === 'text') return { text: /[\r\n]/.test(node.text) ? node.text.trim() : node.text };
  if (node.kind === 'comment') return { comment: node.text.trim() };
  return { other: node.kind };
}

function parseRoot(text: string): XmlElement {
  const result = parseXml(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.root;
}

describe('formatXml', () => {
  it('indents one element per line', () => {
    expect(
      formatXml(parseRoot('<VPNProfile><AlwaysOn>true</AlwaysOn><NativeProfile><Servers>a</Servers></NativeProfile></VPNProfile>')),
    ).toBe(
      [
        '<VPNProfile>',
        '  <AlwaysOn>true</AlwaysOn>',
        '  <NativeProfile>',
        '    <Servers>a</Servers>',
        '  </NativeProfile>',
        '</VPNProfile>',
      ].join('\n'),
    );
  });

  it('escapes special characters in text and attributes', () => {
    expect(formatXml(parseRoot('<a b="x&quot;&lt;">1 &lt; 2 &amp; 3</a>'))).toBe('<a b="x&quot;&lt;">1 &lt; 2 &amp; 3</a>');
  });

  it('keeps the trailing space of a thumbprint', () => {
    expect(formatXml(parseRoot('<TrustedRootCA>aa bb </TrustedRootCA>'))).toBe('<TrustedRootCA>aa bb </TrustedRootCA>');
  });

  it('can drop comments', () => {
    expect(formatXml(parseRoot('<a><!-- c --><b/></a>'), [], [], { keepComments: false })).toBe('<a>\n  <b></b>\n</a>');
  });

  it('is idempotent and preserves the tree of a real profile', () => {
    const once = formatXml(parseRoot(CLEAN_USER_TUNNEL)) ?? '';
    expect(formatXml(parseRoot(once))).toBe(once);
    expect(shape(parseRoot(once))).toEqual(shape(parseRoot(CLEAN_USER_TUNNEL)));
  });

  it('round-trips generated trees', () => {
    const name = fc.constantFrom('A', 'B', 'Route', 'Address', 'x-y');
    // Characters XML 1.0 allows in text, without line breaks (they are layout to the formatter).
    const isXmlChar = (char: string) => {
      const code = char.codePointAt(0) ?? 0;
      return (code >= 0x20 && code < 0xfffe) || code === 0x09;
    };
    const text = fc.string({ maxLength: 12 }).map((t) => Array.from(t).filter(isXmlChar).join(''));
    const tree: fc.Arbitrary<string> = fc
      .letrec((tie) => ({
        node: fc.oneof(
          { depthSize: 'small' },
          text.map((t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')),
          fc.tuple(name, fc.array(tie('node'), { maxLength: 3 })).map(([n, children]) => `<${n}>${(children as string[]).join('')}</${n}>`),
        ),
      }))
      .node.map((inner) => `<Root>${inner}</Root>`);
    fc.assert(
      fc.property(tree, (xml) => {
        const formatted = formatXml(parseRoot(xml)) ?? '';
        expect(formatXml(parseRoot(formatted))).toBe(formatted);
      }),
      { numRuns: 200 },
    );
  });
});
