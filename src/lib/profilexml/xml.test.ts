import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeXmlError, elementChildren, parseXml, textContent } from './xml';

describe('parseXml', () => {
  it('returns the root element with positions', () => {
    const result = parseXml('<VPNProfile>\n  <AlwaysOn>true</AlwaysOn>\n</VPNProfile>');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [alwaysOn] = elementChildren(result.root);
    expect(alwaysOn).toMatchObject({ name: 'AlwaysOn', line: 2, column: 3 });
    if (alwaysOn) expect(textContent(alwaysOn)).toBe('true');
  });

  it.each([
    ['<a><b></a>', 1, 'Found the closing tag </a> while <b> is still open'],
    // The position is that of the element left open.
    ['<a>\n  <b>\n</a>', 2, 'Found the closing tag </a> while <b> is still open'],
    ['\n\n   <a>', 3, 'is still open'],
    ['<a x="1" x="2"/>', 1, 'appears twice'],
    ['<a>&nbsp;</a>', 1, 'undefined entity &nbsp;'],
    ['<a/><b/>', 1, 'more than one top-level element'],
    ['plain text', 1, 'No XML element found'],
  ])('reports %j as not well-formed at line %i', (text, line, message) => {
    const result = parseXml(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.line).toBe(line);
    expect(result.error.column).toBeGreaterThanOrEqual(1);
    expect(result.error.message).toContain(message);
  });

  it('keeps comments before the root in the prolog', () => {
    const result = parseXml('<!-- sample -->\n<VPNProfile/>');
    expect(result.ok && result.prolog).toEqual([expect.objectContaining({ kind: 'comment', text: ' sample ' })]);
  });

  it('never throws on any input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.stringMatching(/^[<>/a-zA-Z "'=&;!?\-\n[\]]{0,200}$/)), (text) => {
        const result = parseXml(text);
        if (result.ok) expect(result.root.kind).toBe('element');
        else {
          expect(result.error.message.length).toBeGreaterThan(0);
          expect(result.error.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('describeXmlError', () => {
  it('keeps unknown messages readable', () => {
    expect(describeXmlError('something odd')).toBe('The XML is not well-formed: something odd.');
  });
});
