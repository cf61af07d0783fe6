/**
 * Wraps the terms a reader searched for in <mark> elements on the page they
 * landed on, and scrolls to the first one (unless the URL targets a heading).
 */
import { findTermMatches, readHighlightTerms } from '../lib/search/highlight';
import { HIGHLIGHT_PARAM } from '../lib/search/pagefind-options';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'MARK']);

export function highlightSearchTerms(): void {
  const terms = readHighlightTerms(location.search, HIGHLIGHT_PARAM);
  const scope = document.querySelector('[data-pagefind-body]') ?? document.querySelector('main');
  if (terms.length === 0 || !scope) return;
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement && !SKIP.has(node.parentElement.tagName) && !node.parentElement.closest('[hidden], [data-pagefind-ignore]')
        ? NodeFilter.FILTER_ACCEPT
        : NodeFilter.FILTER_REJECT,
  });
  const textNodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) textNodes.push(node as Text);

  let first: HTMLElement | undefined;
  for (const node of textNodes) {
    const text = node.data;
    const matches = findTermMatches(text, terms);
    if (matches.length === 0) continue;
    const fragment = document.createDocumentFragment();
    let cursor = 0;
    for (const [start, end] of matches) {
      fragment.append(text.slice(cursor, start));
      const mark = document.createElement('mark');
      mark.className = 'kb-search-hit';
      mark.textContent = text.slice(start, end);
      fragment.append(mark);
      first ??= mark;
      cursor = end;
    }
    fragment.append(text.slice(cursor));
    node.replaceWith(fragment);
  }
  if (first && !location.hash) first.scrollIntoView({ block: 'center' });
}
