/**
 * Options the site passes to Pagefind's browser API, shared by the search
 * dialog, the full-page search and the tests that check ranking.
 */

/** Query parameter Pagefind appends to result URLs; the landing page highlights these terms. */
export const HIGHLIGHT_PARAM = 'kb-hl';

/**
 * Metadata fields and their weight in ranking. `codes` holds every form of an
 * error code (809, 0x329, 0x80070329, -2147024087, ERROR_VPN_TIMEOUT) on the
 * code's own page, so a search for any form ranks that page first.
 */
export const META_WEIGHTS = { title: 5, codes: 10 } as const;

/**
 * termSimilarity rewards whole-term matches over prefix matches. At the
 * default (1) a search for "64" ranked error 649 above error 64, because
 * Pagefind's prefix matching lets "64" match "649"; at 10 the exact codes lead.
 */
export const PAGEFIND_OPTIONS = {
  highlightParam: HIGHLIGHT_PARAM,
  excerptLength: 24,
  ranking: { metaWeights: META_WEIGHTS, termSimilarity: 10 },
} as const;
