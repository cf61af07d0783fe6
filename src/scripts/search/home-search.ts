/**
 * The home page's search box, loaded by page-behaviours on the home page
 * only. Without JavaScript it submits to /search/?q=. With it, focus starts
 * loading the search engine, and text that should not go into the address
 * (pasted event text names users and machines, and the address lands in
 * history and server logs) opens the search dialog instead.
 */
import { isAddressSafeQuery } from '../../lib/search/address-safe';
import { openSearchDialog, preloadSearch } from './search-dialog';

const form = document.querySelector<HTMLFormElement>('.kb-hero__search');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
if (form && input) {
  input.addEventListener('focus', preloadSearch, { once: true });
  form.addEventListener('submit', (event) => {
    if (isAddressSafeQuery(input.value)) return;
    event.preventDefault();
    openSearchDialog(input.value);
  });
}
