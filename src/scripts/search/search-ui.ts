/**
 * The search results UI shared by the dialog and the /search/ page:
 * filters, a polite live region with the result count, and a list of
 * result links that the arrow keys move through.
 */
import { describeResultCount, toResultView, type SearchResultView } from '../../lib/search/results';
import { loadPagefind, type PagefindApi } from './pagefind-client';

const PAGE_SIZE = 10;
const FILTER_LABELS: Record<string, string> = { type: 'Page type', chapter: 'Chapter' };

export interface SearchUi {
  /** Runs a search for `query` and renders it. */
  search(query: string): Promise<void>;
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

export function createSearchUi(container: HTMLElement, input: HTMLInputElement): SearchUi {
  container.replaceChildren();
  const filterForm = element('form', 'kb-search-filters');
  filterForm.setAttribute('aria-label', 'Search filters');
  const status = element('p', 'kb-search-results__status');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const list = element('ul', 'kb-search-results__list');
  list.setAttribute('aria-label', 'Search results');
  const more = element('button', 'kb-button kb-button--secondary', 'Show more results');
  more.type = 'button';
  more.hidden = true;
  container.append(filterForm, status, list, more);

  const selected = new Map<string, Set<string>>();
  let pagefind: PagefindApi | undefined;
  let latest = 0;
  let pending: ReadonlyArray<{ data(): Promise<Parameters<typeof toResultView>[0]> }> = [];
  let lastQuery = '';

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
          void ui.search(input.value);
        });
        label.append(box, name);
        fieldset.append(label);
      }
      filterForm.append(fieldset);
    }
  };

  const appendPage = async (run: number) => {
    const page = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const views = await Promise.all(page.map(async (result) => toResultView(await result.data())));
    if (run !== latest) return;
    for (const view of views) list.append(renderResult(view));
    more.hidden = pending.length === 0;
  };

  more.addEventListener('click', () => {
    const firstNew = list.children.length;
    void appendPage(latest).then(() => list.querySelectorAll<HTMLElement>('li.kb-search-result > a')[firstNew]?.focus());
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
      lastQuery = trimmed;
      if (!trimmed) {
        list.replaceChildren();
        more.hidden = true;
        status.textContent = '';
        return;
      }
      try {
        pagefind ??= await loadPagefind();
        if (filterForm.childElementCount === 0) renderFilters(await pagefind.filters());
        const filters = Object.fromEntries([...selected].filter(([, values]) => values.size > 0).map(([key, values]) => [key, [...values]]));
        const response = await pagefind.search(trimmed, { filters });
        if (run !== latest || !response) return;
        pending = response.results;
        list.replaceChildren();
        status.textContent = describeResultCount(response.results.length, lastQuery);
        await appendPage(run);
      } catch (error) {
        if (run !== latest) return;
        status.textContent = `Search could not load (${error instanceof Error ? error.message : String(error)}). Check that the server serves the /pagefind/ folder: see the self-test page.`;
      }
    },
    focusFirstResult() {
      const first = resultLinks()[0];
      first?.focus();
      return first !== undefined;
    },
  };
  return ui;
}
