/**
 * Finds the search terms to highlight on a page reached from a search
 * result. Pagefind appends each term as its own `kb-hl` query parameter.
 */

/** Terms from the URL's query string, de-duplicated, shortest ignored. */
export function readHighlightTerms(search: string, param: string): string[] {
  const terms = new URLSearchParams(search)
    .getAll(param)
    .flatMap((value) => value.split(/\s+/))
    .map((term) => term.trim())
    .filter((term) => term.length >= 2);
  return [...new Set(terms.map((term) => term.toLowerCase()))];
}

/** A half-open range [start, end) of a match in a text. */
export type MatchRange = readonly [start: number, end: number];

/**
 * Every case-insensitive occurrence of any term in `text`, sorted, without
 * overlaps (the earliest, then longest, match wins).
 */
export function findTermMatches(text: string, terms: readonly string[]): MatchRange[] {
  if (terms.length === 0 || text.length === 0) return [];
  const candidates: MatchRange[] = [];
  for (const term of terms) {
    if (term.length === 0) continue;
    // A case-insensitive regular expression keeps indices in the original text
    // (lower-casing first can change a string's length).
    const pattern = new RegExp(term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
    for (const match of text.matchAll(pattern)) {
      if (match[0].length > 0) candidates.push([match.index, match.index + match[0].length]);
    }
  }
  candidates.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const matches: MatchRange[] = [];
  let end = -1;
  for (const candidate of candidates) {
    if (candidate[0] >= end) {
      matches.push(candidate);
      end = candidate[1];
    }
  }
  return matches;
}
