/**
 * The search dialog: opened by the header button, Ctrl/⌘+K or "/".
 * Loaded on first use; Pagefind loads with the first query.
 */
import { createSearchUi, type SearchUi } from './search-ui';

let ui: SearchUi | undefined;
let opener: HTMLElement | null = null;

function setUp(dialog: HTMLDialogElement, input: HTMLInputElement, results: HTMLElement): SearchUi {
  const searchUi = createSearchUi(results, input);
  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void searchUi.search(input.value), 120);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      searchUi.focusFirstResult();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const first = results.querySelector<HTMLAnchorElement>('a[data-kb-result]');
      if (first) first.click();
    }
  });
  dialog.querySelector('[data-kb-close]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => {
    opener?.focus();
  });
  return searchUi;
}

export function openSearchDialog(): void {
  const dialog = document.querySelector<HTMLDialogElement>('#kb-search-dialog');
  const input = document.querySelector<HTMLInputElement>('#kb-search-input');
  const results = dialog?.querySelector<HTMLElement>('[data-kb-search-results]');
  if (!dialog || !input || !results || dialog.open) return;
  opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  ui ??= setUp(dialog, input, results);
  dialog.showModal();
  input.focus();
  input.select();
}
