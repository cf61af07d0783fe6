/**
 * Every parser of pasted text returns a message, without throwing, for large
 * inputs of the shapes that used to freeze or crash the tools: long runs of
 * '<', escaped markup, Base64, digits and nested quotes. Sizes here stay small
 * enough for the unit suite; `npm run bench` runs the same shapes at 1–10 MB
 * and compares the time against a linear bound.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseClientInput } from '../ipsec/parse-client';
import { parseServerInput } from '../ipsec/parse-server';
import { findBase64Runs, findQuotedStrings } from '../profilexml/extract';
import { lintProfileText } from '../profilexml/lint';
import { parseXml } from '../profilexml/xml';
import { describeOversizedPaste, formatSize, IPSEC_TEXT_LIMIT, PROFILE_TEXT_LIMIT } from './size-limit';
import { ADVERSARIAL_SHAPES } from './adversarial-shapes';

const shape = fc.constantFrom(...ADVERSARIAL_SHAPES);
/** Up to 300 000 characters: past the 256 KB limit, so both sides of it are tried. */
const size = fc.integer({ min: 1, max: 300_000 });
const prefix = fc.constantFrom(
  '',
  '<VPNProfile>',
  '<VPNProfile',
  '&lt;VPNProfile&gt;',
  '{"value": "',
  'Set-VpnConnectionIPsecConfiguration ',
);

describe('the parsers of pasted text on large adversarial input', () => {
  it('the ProfileXML linter reports a parse error, a finding or a message for every shape', () => {
    fc.assert(
      fc.property(shape, size, prefix, (chosen, length, start) => {
        const report = lintProfileText(start + chosen.make(length));
        const said = report.parseError?.message ?? report.extraction.description;
        expect(said.length).toBeGreaterThan(0);
      }),
      { numRuns: 25 },
    );
  });

  it('the XML reader stops at the first error in a run of "<" instead of reporting each one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 200_000 }), (length) => {
        const result = parseXml(`<VPNProfile>${'<'.repeat(length)}`);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.column).toBe(13);
      }),
      { numRuns: 10 },
    );
  });

  it('the XML reader names at most five of many still-open elements and counts the rest', () => {
    const result = parseXml(`<VPNProfile>${'<a>'.repeat(10_000)}`);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.message).toBe(
        'The text ends while 10,001 elements are still open (<VPNProfile, a, a, a, a, …>); expected their closing tags.',
      );
  });

  it('both IKEv2 parsers return notes for every shape', () => {
    fc.assert(
      fc.property(shape, size, prefix, (chosen, length, start) => {
        const text = start + chosen.make(length);
        for (const side of [parseClientInput(text), parseServerInput(text)]) {
          expect(typeof side.format).toBe('string');
          expect(Array.isArray(side.notes)).toBe(true);
        }
      }),
      { numRuns: 25 },
    );
  });
});

describe('describeOversizedPaste', () => {
  it('says how large the paste is and what the tool reads, past the limit only', () => {
    expect(describeOversizedPaste('<'.repeat(PROFILE_TEXT_LIMIT.maxChars), PROFILE_TEXT_LIMIT)).toBeUndefined();
    expect(describeOversizedPaste('<'.repeat(10 * 1024 * 1024), PROFILE_TEXT_LIMIT)).toBe(
      'This looks like 10 MB of something other than a profile: this tool reads up to 256 KB (a ProfileXML is a few kilobytes). Paste only the part you want checked.',
    );
  });

  it('gives the IKEv2 checker its own wording', () => {
    expect(describeOversizedPaste('x'.repeat(IPSEC_TEXT_LIMIT.maxChars + 1), IPSEC_TEXT_LIMIT)).toMatch(
      /^This looks like 256 KB of something other than an IKEv2 policy/,
    );
  });

  it.each([
    [612, '612 characters'],
    [300 * 1024, '300 KB'],
    [Math.round(8.4 * 1024 * 1024), '8.4 MB'],
    [12 * 1024 * 1024, '12 MB'],
  ])('writes %i characters as %s', (chars, written) => {
    expect(formatSize(chars)).toBe(written);
  });
});

describe('the one-pass scanners of the profile extractor', () => {
  it('find the same Base64 runs as the regular expression they replace', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9+/= "\n-]{0,300}$/), fc.integer({ min: 1, max: 12 }), (text, minLength) => {
        const expected = text.match(new RegExp(`[A-Za-z0-9+/]{${minLength},}={0,2}`, 'g')) ?? [];
        expect(findBase64Runs(text, minLength, 1000)).toEqual(expected);
      }),
    );
  });

  it('find the same quoted strings as the regular expression they replace', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ab"\\\n]{0,80}$/), fc.integer({ min: 0, max: 4 }), (text, minLength) => {
        const expected = [...text.matchAll(new RegExp(`"((?:[^"\\\\\\r\\n]|\\\\.){${minLength},})"`, 'g'))].map((match) => match[1]);
        expect(findQuotedStrings(text, minLength)).toEqual(expected);
      }),
    );
  });

  it('read an 8 MB Base64 run without overflowing the stack', () => {
    expect(findBase64Runs('QUJD'.repeat(2 * 1024 * 1024), 40, 20)).toHaveLength(1);
  });
});
