/** The full-page search at /search/?q=…: reads the query, searches, keeps the URL in step. */
import { createSearchUi } from './search-ui';

const input = document.querySelector<HTMLInputElement>('#kb-search-page-q');
const results = document.querySelector<HTMLElement>('[data-kb-search-page-results]');
if (input && results) {
  const ui = createSearchUi(results, input);
  const query = new URLSearchParams(location.search).get('q') ?? '';
  input.value = query;
  void ui.search(query);
  let timer: number | undefined;
  input.addEventListener('input', () => {
    const url = new URL(location.href);
    if (input.value) url.searchParams.set('q', input.value);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void ui.search(input.value), 120);
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
