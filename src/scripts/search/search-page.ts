/**
 * The full-page search at /search/?q=…: reads the query, searches, and keeps
 * the address in step while the query is a single short line (pasted event
 * text stays out of the address and the browser history).
 */
import { isAddressSafeQuery } from '../../lib/search/address-safe';
import { preloadSearch } from './pagefind-client';
import { createSearchUi } from './search-ui';

const DEBOUNCE_MS = 40;

const input = document.querySelector<HTMLInputElement>('#kb-search-page-q');
const results = document.querySelector<HTMLElement>('[data-kb-search-page-results]');
if (input && results) {
  const ui = createSearchUi(results, input);
  const query = new URLSearchParams(location.search).get('q') ?? '';
  input.value = query;
  if (query.trim() !== '') void ui.search(query);
  else if ('requestIdleCallback' in window) window.requestIdleCallback(preloadSearch);
  else preloadSearch();
  let timer: number | undefined;
  input.addEventListener('input', () => {
    const url = new URL(location.href);
    if (isAddressSafeQuery(input.value)) url.searchParams.set('q', input.value.trim());
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    ui.preload(input.value);
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void ui.search(input.value), DEBOUNCE_MS);
  });
  input.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    void ui.search(input.value);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      ui.focusFirstResult();
    }
  });
}
