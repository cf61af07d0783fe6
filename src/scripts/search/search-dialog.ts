/**
 * The search dialog: opened by the header button, Ctrl/⌘+K or "/".
 * Loaded when the reader shows intent (pointer or focus on the search
 * button, the shortcut); Pagefind and the code index start loading then.
 */
import { isAddressSafeQuery } from '../../lib/search/address-safe';
import { preloadSearch } from './pagefind-client';
import { createSearchUi, type SearchUi } from './search-ui';

export { preloadSearch };

/** Pause after a keystroke before searching: short, as the index chunks are fetched during it (see SearchUi.preload). */
const DEBOUNCE_MS = 40;

let ui: SearchUi | undefined;
let opener: HTMLElement | null = null;

function setUp(dialog: HTMLDialogElement, input: HTMLInputElement, results: HTMLElement): SearchUi {
  const searchUi = createSearchUi(results, input);
  let timer: number | undefined;
  input.addEventListener('input', () => {
    searchUi.preload(input.value);
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void searchUi.search(input.value), DEBOUNCE_MS);
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

/** Opens the dialog; with `query`, fills it in and searches (the home page box hands over pasted text this way). */
export function openSearchDialog(query?: string): void {
  const dialog = document.querySelector<HTMLDialogElement>('#kb-search-dialog');
  const input = document.querySelector<HTMLInputElement>('#kb-search-input');
  const results = dialog?.querySelector<HTMLElement>('[data-kb-search-results]');
  if (!dialog || !input || !results || dialog.open) return;
  preloadSearch();
  opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  ui ??= setUp(dialog, input, results);
  dialog.showModal();
  input.focus();
  if (query !== undefined && query.trim() !== '') {
    input.value = query;
    void ui.search(query);
  }
  input.select();
}

/**
 * Where the home page's box sends a query: a short line to /search/?q= as
 * the form says; text that should not go into the address (pasted event text
 * names users and machines, and the address lands in history and server logs)
 * into this dialog. Without JavaScript the form always submits.
 */
export function submitHomeSearch(form: HTMLFormElement): void {
  const query = form.querySelector<HTMLInputElement>('input[name="q"]')?.value ?? '';
  if (isAddressSafeQuery(query)) form.submit();
  else openSearchDialog(query);
}
