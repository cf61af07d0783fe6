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

export const PAGEFIND_OPTIONS = {
  highlightParam: HIGHLIGHT_PARAM,
  excerptLength: 24,
  ranking: { metaWeights: META_WEIGHTS },
} as const;
