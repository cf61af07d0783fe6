/**
 * The search results UI shared by the dialog and the /search/ page:
 * filters behind one "Filters" control, a polite live region with the
 * result count, and a list of result links that the arrow keys move through.
 * Pages for the codes and events found in the query lead, then Pagefind's
 * full-text results: the first few as soon as their fragments arrive, then
 * the rest of the page.
 */
import { HIGHLIGHT_PARAM } from '../../lib/search/pagefind-options';
import { describeSearchCount, planSearch, withoutCodePages, type CodeHit } from '../../lib/search/plan-search';
import { toResultView, type PagefindResultData, type SearchResultView } from '../../lib/search/results';
import { basePath, loadCodeLookup, loadPagefind, type PagefindSearchResult } from './pagefind-client';

/** Results rendered first, as soon as their fragments arrive: enough to fill the first screen. */
const FIRST_BATCH = 5;
const PAGE_SIZE = 10;
const FILTER_LABELS: Record<string, string> = { type: 'Page type', chapter: 'Chapter' };

export interface SearchUi {
  /** Runs a search for `query` and renders it. */
  search(query: string): Promise<void>;
  /** Fetches the index chunks for `query` ahead of the search (call it on every keystroke, before the debounce). */
  preload(query: string): void;
  /** Moves focus to the first result, if there is one. */
  focusFirstResult(): boolean;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Pagefind excerpts are escaped text with <mark>; rebuild them without innerHTML. */
function appendExcerpt(target: HTMLElement, excerptHtml: string): void {
  const parts = excerptHtml.split(/(<mark>.*?<\/mark>)/g);
  const decode = (value: string) => {
    const area = document.createElement('textarea');
    area.innerHTML = value;
    return area.value;
  };
  for (const part of parts) {
    const marked = /^<mark>(.*)<\/mark>$/.exec(part);
    if (marked) target.append(element('mark', undefined, decode(marked[1] ?? '')));
    else if (part) target.append(decode(part));
  }
}

function renderResult(view: SearchResultView): HTMLLIElement {
  const item = element('li', 'kb-search-result');
  const link = element('a');
  link.href = view.url;
  link.dataset['kbResult'] = '';
  const title = element('span', 'kb-search-result__title', view.title);
  link.append(title);
  if (view.type) link.append(element('span', 'kb-search-result__type', view.type));
  const excerpt = element('span', 'kb-search-result__excerpt');
  appendExcerpt(excerpt, view.excerptHtml);
  link.append(excerpt);
  item.append(link);
  if (view.subResults.length > 0) {
    const subs = element('ul', 'kb-search-result__subs');
    for (const sub of view.subResults) {
      const subItem = element('li');
      const subLink = element('a');
      subLink.href = sub.url;
      subLink.dataset['kbResult'] = '';
      subLink.append(element('span', 'kb-search-result__title', sub.title));
      const subExcerpt = element('span', 'kb-search-result__excerpt');
      appendExcerpt(subExcerpt, sub.excerptHtml);
      subLink.append(subExcerpt);
      subItem.append(subLink);
      subs.append(subItem);
    }
    item.append(subs);
  }
  return item;
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** A code or event page found in the query, rendered like any other result. */
function toHitView(hit: CodeHit): SearchResultView {
  const url = `${basePath()}${hit.path.replace(/^\//, '')}?${HIGHLIGHT_PARAM}=${encodeURIComponent(hit.foundAs)}`;
  return { url, title: hit.title, excerptHtml: escapeHtml(hit.summary), type: hit.type, subResults: [] };
}

export function createSearchUi(container: HTMLElement, input: HTMLInputElement): SearchUi {
  container.replaceChildren();
  const filterToggle = element('details', 'kb-search-filters-toggle');
  const filterSummary = element('summary', undefined, 'Filters');
  const filterForm = element('form', 'kb-search-filters');
  filterForm.setAttribute('aria-label', 'Search filters');
  filterForm.append(element('p', 'kb-search-filters__loading', 'Filters appear with the first search.'));
  filterToggle.append(filterSummary, filterForm);
  const status = element('p', 'kb-search-results__status');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const list = element('ul', 'kb-search-results__list');
  list.setAttribute('aria-label', 'Search results');
  const more = element('button', 'kb-button kb-button--secondary', 'Show more results');
  more.type = 'button';
  more.hidden = true;
  container.append(filterToggle, status, list, more);

  const selected = new Map<string, Set<string>>();
  let hasFilters = false;
  let latest = 0;
  let pending: readonly PagefindSearchResult[] = [];
  let leadingHits: readonly CodeHit[] = [];

  const activeFilters = () =>
    Object.fromEntries([...selected].filter(([, values]) => values.size > 0).map(([key, values]) => [key, [...values]]));

  const renderFilters = (filters: Record<string, Record<string, number>>) => {
    filterForm.replaceChildren();
    for (const [key, values] of Object.entries(filters)) {
      const names = Object.keys(values).sort();
      if (names.length < 2) continue;
      const fieldset = element('fieldset');
      fieldset.append(element('legend', undefined, FILTER_LABELS[key] ?? key));
      for (const name of names) {
        const label = element('label');
        const box = element('input');
        box.type = 'checkbox';
        box.name = key;
        box.value = name;
        box.checked = selected.get(key)?.has(name) ?? false;
        box.addEventListener('change', () => {
          const set = selected.get(key) ?? new Set<string>();
          if (box.checked) set.add(name);
          else set.delete(name);
          selected.set(key, set);
          const count = [...selected.values()].reduce((sum, values) => sum + values.size, 0);
          filterSummary.textContent = count > 0 ? `Filters (${count} on)` : 'Filters';
          void ui.search(input.value);
        });
        label.append(box, name);
        fieldset.append(label);
      }
      filterForm.append(fieldset);
    }
  };

  /** Code pages pass the filters when none is set, or when the page-type filter includes their type. */
  const hitsPassingFilters = (hits: readonly CodeHit[]) => {
    const filters = activeFilters();
    const keys = Object.keys(filters);
    if (keys.length === 0) return hits;
    if (keys.some((key) => key !== 'type')) return [];
    return hits.filter((hit) => filters['type']?.includes(hit.type));
  };

  /** Loads the next `size` results and returns their views, without pages already shown as code hits. */
  const takeViews = async (size: number): Promise<SearchResultView[]> => {
    const batch = pending.slice(0, size);
    pending = pending.slice(size);
    const data = await Promise.all(batch.map((result): Promise<PagefindResultData> => result.data()));
    return withoutCodePages(data, leadingHits, basePath()).map(toResultView);
  };

  const appendViews = (views: readonly SearchResultView[]) => {
    for (const view of views) list.append(renderResult(view));
    more.hidden = pending.length === 0;
  };

  more.addEventListener('click', () => {
    const firstNew = list.children.length;
    const run = latest;
    void takeViews(PAGE_SIZE).then((views) => {
      if (run !== latest) return;
      appendViews(views);
      list.querySelectorAll<HTMLElement>('li.kb-search-result > a')[firstNew]?.focus();
    });
  });

  const resultLinks = () => [...container.querySelectorAll<HTMLAnchorElement>('a[data-kb-result]')];

  container.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = resultLinks();
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? index + 1 : index - 1;
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  });

  const ui: SearchUi = {
    async search(query: string) {
      const run = ++latest;
      const trimmed = query.trim();
      if (!trimmed) {
        list.replaceChildren();
        more.hidden = true;
        status.textContent = '';
        delete container.dataset['kbState'];
        return;
      }
      // Reserve the list's space from the first keystroke, so results arriving do not move the page.
      container.dataset['kbState'] = 'active';
      try {
        const [pagefind, lookup] = await Promise.all([loadPagefind(), loadCodeLookup()]);
        if (!hasFilters) {
          // Beside the first search, not before it.
          hasFilters = true;
          void pagefind
            .filters()
            .then(renderFilters)
            .catch(() => {
              hasFilters = false;
            });
        }
        const plan = planSearch(trimmed, lookup);
        const response = plan.fullTextQuery === '' ? null : await pagefind.search(plan.fullTextQuery, { filters: activeFilters() });
        if (run !== latest) return;
        leadingHits = hitsPassingFilters(plan.codeHits);
        pending = response?.results ?? [];
        const total = pending.length;
        const first = await takeViews(FIRST_BATCH);
        if (run !== latest) return;
        const duplicates = Math.min(total, FIRST_BATCH) - first.length;
        list.replaceChildren(...leadingHits.map((hit) => renderResult(toHitView(hit))));
        appendViews(first);
        status.textContent = describeSearchCount(leadingHits.length, total - duplicates, trimmed);
        const rest = await takeViews(PAGE_SIZE - FIRST_BATCH);
        if (run !== latest) return;
        appendViews(rest);
      } catch (error) {
        if (run !== latest) return;
        status.textContent = `Search could not load (${error instanceof Error ? error.message : String(error)}). Check that the server serves the /pagefind/ folder: see the self-test page.`;
      }
    },
    preload(query: string) {
      void Promise.all([loadPagefind(), loadCodeLookup()])
        .then(([pagefind, lookup]) => {
          const { fullTextQuery } = planSearch(query, lookup);
          return fullTextQuery === '' ? undefined : pagefind.preload(fullTextQuery, { filters: activeFilters() });
        })
        .catch(() => undefined);
    },
    focusFirstResult() {
      const first = resultLinks()[0];
      first?.focus();
      return first !== undefined;
    },
  };
  return ui;
}
