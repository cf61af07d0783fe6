/**
 * Reads a search box's text with the error lookup's parser, so every search
 * box understands pasted event text, HRESULTs and symbols: the codes' and
 * events' own pages lead, then Pagefind's full-text results. Pure: the
 * caller passes the lookup built from the site's code index.
 */
import type { ErrorLookup } from '../errors/lookup-index';
import { parseErrorInput } from '../errors/parse-error-input';
import { toPlainText } from '../text/inline-markup';

/** A code or event page found in the query text. */
export interface CodeHit {
  /** Site-relative path without the base: `/errors/13801/`. */
  readonly path: string;
  readonly title: string;
  /** One plain-text line: the code's meaning or the event's description. */
  readonly summary: string;
  readonly type: 'Error code' | 'Event';
  /** The text as written in the query, for highlighting on the page. */
  readonly foundAs: string;
}

export interface SearchPlan {
  readonly codeHits: readonly CodeHit[];
  /** What to ask Pagefind: common words removed; empty when there is nothing to search for. */
  readonly fullTextQuery: string;
}

/** At most this many code pages lead the results (pasted logs can hold dozens of codes). */
export const MAX_CODE_HITS = 5;
/** Pasted text without codes is searched by its first few significant words. */
const MAX_TEXT_WORDS = 6;

/** Words too common to search for or highlight. */
const COMMON_WORDS = new Set(
  'a an and are as at be been by for from has have in is it its of on or that the this to was were will with not no can could did does do when which who what if then than there their they'.split(
    ' ',
  ),
);

/** The query's words without the common ones ("The error code is 13801" → "error code 13801"). */
export function dropCommonWords(text: string): string[] {
  return text
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}_]+|[^\p{L}\p{N}_]+$/gu, ''))
    .filter((word) => word !== '' && !COMMON_WORDS.has(word.toLowerCase()));
}

/**
 * Whether `raw` stands alone in the text: not part of a dotted number or
 * address such as an OID (1.3.6.1.5.5.8.2.2) or IP address, which the
 * parser reads as a list of small numbers.
 */
function isStandalone(text: string, raw: string): boolean {
  const escaped = raw.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\w.])${escaped}(?![\\w]|\\.\\d)`, 'i').test(text);
}

/** Pages for the codes and events in `query`, and the full-text query to run after them. Never throws. */
export function planSearch(query: string, lookup: ErrorLookup | undefined): SearchPlan {
  const trimmed = query.trim();
  if (trimmed === '') return { codeHits: [], fullTextQuery: '' };
  const words = dropCommonWords(trimmed);
  if (!lookup) return { codeHits: [], fullTextQuery: words.join(' ') };

  const outcome = parseErrorInput(trimmed, lookup);
  const hits: CodeHit[] = [];
  for (const result of outcome.results) {
    if (result.type !== 'known') continue;
    const foundAs = result.foundAs.find((raw) => isStandalone(trimmed, raw));
    if (foundAs === undefined) continue;
    // A single typed word ("certificate") is a topic, not part of a symbol.
    if (outcome.mode === 'words' && !foundAs.includes('_') && !/\s/.test(foundAs)) continue;
    hits.push({
      path: result.entry.path,
      title: result.entry.title,
      summary: toPlainText(result.entry.summary),
      type: 'Error code',
      foundAs,
    });
  }
  for (const event of outcome.events) {
    hits.push({
      path: event.path,
      title: event.title,
      summary: toPlainText(event.description),
      type: 'Event',
      foundAs: String(event.eventId),
    });
  }
  const codeHits = hits.slice(0, MAX_CODE_HITS);

  if (outcome.mode !== 'text') return { codeHits, fullTextQuery: words.join(' ') };
  // Pasted text: Pagefind needs every word on a page, so search for the first code's spelling, or a few words.
  const first = codeHits[0];
  return { codeHits, fullTextQuery: first ? first.foundAs : words.slice(0, MAX_TEXT_WORDS).join(' ') };
}

/** Site-relative path of a result URL: base, query and fragment removed. */
export function sitePathOf(url: string, base: string): string {
  const path = url.split('#')[0]?.split('?')[0] ?? url;
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return prefix !== '' && path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path;
}

/** Full-text results without the pages that already lead as code hits, order kept. */
export function withoutCodePages<T extends { readonly url: string }>(results: readonly T[], hits: readonly CodeHit[], base: string): T[] {
  const leading = new Set(hits.map((hit) => hit.path));
  return results.filter((result) => !leading.has(sitePathOf(result.url, base)));
}

/** "Error 13801 and 12 more results for “…”." — the status line shown with the results. */
export function describeSearchCount(codeCount: number, textCount: number, query: string): string {
  const oneLine = query.trim().replace(/\s+/g, ' ');
  const shown = oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine;
  const total = codeCount + textCount;
  if (total === 0) return `No results for “${shown}”.`;
  const results = `${total} ${total === 1 ? 'result' : 'results'} for “${shown}”`;
  if (codeCount === 0) return `${results}.`;
  return `${results}: ${codeCount === 1 ? '1 code page' : `${codeCount} code pages`} first.`;
}
