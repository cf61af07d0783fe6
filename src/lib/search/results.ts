/**
 * Turns Pagefind's result data into the plain view the search dialog and
 * the search page render, so both show results the same way.
 */

/** The parts of Pagefind's per-result data we use. */
export interface PagefindResultData {
  readonly url: string;
  readonly excerpt: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
  readonly filters?: Readonly<Record<string, readonly string[]>>;
  readonly sub_results?: ReadonlyArray<{ readonly title: string; readonly url: string; readonly excerpt: string }>;
}

export interface SearchResultView {
  readonly url: string;
  readonly title: string;
  /** Pagefind's excerpt: escaped text with <mark> around matches. */
  readonly excerptHtml: string;
  /** "Guide", "Error code", "Event", "Tool" when the page declares a type. */
  readonly type?: string;
  readonly subResults: ReadonlyArray<{ readonly title: string; readonly url: string; readonly excerptHtml: string }>;
}

const MAX_SUB_RESULTS = 3;

function pathOf(url: string): string {
  return url.split('#')[0]?.split('?')[0] ?? url;
}

export function toResultView(data: PagefindResultData): SearchResultView {
  const title = data.meta['title']?.trim() || pathOf(data.url);
  const type = data.filters?.['type']?.[0];
  const subResults = (data.sub_results ?? [])
    .filter((sub) => sub.url.includes('#') && sub.title.trim() !== title)
    .slice(0, MAX_SUB_RESULTS)
    .map((sub) => ({ title: sub.title, url: sub.url, excerptHtml: sub.excerpt }));
  return { url: data.url, title, excerptHtml: data.excerpt, subResults, ...(type ? { type } : {}) };
}
