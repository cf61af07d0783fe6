import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findTermMatches, readHighlightTerms } from './highlight';

describe('readHighlightTerms', () => {
  it('reads every kb-hl parameter Pagefind appended, lower-cased and de-duplicated', () => {
    expect(readHighlightTerms('?kb-hl=Error&kb-hl=809&kb-hl=error', 'kb-hl')).toEqual(['error', '809']);
  });

  it('ignores single characters and other parameters', () => {
    expect(readHighlightTerms('?q=809&kb-hl=a&kb-hl=nps', 'kb-hl')).toEqual(['nps']);
  });

  it('returns nothing when the page was not reached from a search', () => {
    expect(readHighlightTerms('', 'kb-hl')).toEqual([]);
  });
});

describe('findTermMatches', () => {
  it('finds identifiers case-insensitively', () => {
    const text = 'Set IkeNumEstablishedForInitialQuery to 50000.';
    expect(findTermMatches(text, ['ikenumestablishedforinitialquery'])).toEqual([[4, 36]]);
  });

  it('finds every occurrence of every term, in order', () => {
    expect(findTermMatches('809 then 13868 then 809', ['809', '13868'])).toEqual([
      [0, 3],
      [9, 14],
      [20, 23],
    ]);
  });

  it('keeps the longer match when two terms overlap at the same place', () => {
    expect(findTermMatches('0x80070329', ['0x8007', '0x80070329'])).toEqual([[0, 10]]);
  });

  it('never returns overlapping or out-of-range matches', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.array(fc.string({ minLength: 1, maxLength: 4, unit: 'grapheme' })), (text, terms) => {
        const matches = findTermMatches(text, terms);
        let previousEnd = 0;
        for (const [start, end] of matches) {
          expect(start).toBeGreaterThanOrEqual(previousEnd);
          expect(end).toBeLessThanOrEqual(text.length);
          expect(
            terms.some(
              (term) =>
                term.localeCompare(text.slice(start, end), undefined, { sensitivity: 'accent' }) === 0 ||
                term.toLowerCase() === text.slice(start, end).toLowerCase(),
            ),
          ).toBe(true);
          previousEnd = end;
        }
      }),
    );
  });
});
