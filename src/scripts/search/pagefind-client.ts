/**
 * Loads Pagefind's browser API from the site's own /pagefind/ folder (under
 * the base path), once, with the site's search options.
 */
import { PAGEFIND_OPTIONS } from '../../lib/search/pagefind-options';
import type { PagefindResultData } from '../../lib/search/results';

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
