/**
 * Loads Pagefind's browser API from the site's own /pagefind/ folder (under
 * the base path), once, with the site's search options; and the code index
 * the search boxes read pasted text with.
 */
import { PAGEFIND_OPTIONS } from '../../lib/search/pagefind-options';
import type { PagefindResultData } from '../../lib/search/results';
import { createErrorLookup, type ErrorIndex, type ErrorLookup } from '../../lib/errors/lookup-index';

export interface PagefindSearchResult {
  readonly id: string;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearchResponse {
  readonly results: readonly PagefindSearchResult[];
  readonly unfilteredResultCount: number;
  readonly filters: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export interface PagefindApi {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string[]> }): Promise<PagefindSearchResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
  /** Fetches the index chunks for a term ahead of the search (while the input is debounced). */
  preload(term: string, options?: object): Promise<void>;
}

let loading: Promise<PagefindApi> | undefined;

export function basePath(): string {
  const base = document.documentElement.dataset['kbBase'] ?? '/';
  return base.endsWith('/') ? base : `${base}/`;
}

export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = `${basePath()}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await pagefind.options(PAGEFIND_OPTIONS);
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

let codesLoading: Promise<ErrorLookup | undefined> | undefined;

/**
 * The error lookup built from /error-index.json. Resolves to undefined when
 * the file cannot be read: search then runs on full text alone.
 */
export function loadCodeLookup(): Promise<ErrorLookup | undefined> {
  codesLoading ??= fetch(`${basePath()}error-index.json`)
    .then(async (response) => (response.ok ? createErrorLookup((await response.json()) as ErrorIndex) : undefined))
    .catch(() => undefined);
  return codesLoading;
}

/** Starts loading the engine and the code index when the reader shows intent to search. */
export function preloadSearch(): void {
  void loadPagefind().catch(() => undefined);
  void loadCodeLookup();
}
