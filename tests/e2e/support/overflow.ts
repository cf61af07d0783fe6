/** Measures whether a page is wider than its viewport, for the narrow-screen specs. */
import type { Page } from '@playwright/test';

/**
 * "" when the document fits; otherwise how much wider it is and the element
 * that sticks out furthest past the right edge without a scrolling ancestor
 * (elements inside their own scroll region do not widen the page).
 */
export async function describeOverflow(page: Page): Promise<string> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const documentWidth = document.documentElement.scrollWidth;
    if (documentWidth <= viewport) return '';
    const clipsOverflow = (element: Element) => getComputedStyle(element).overflowX !== 'visible';
    const isInsideScroller = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (clipsOverflow(parent)) return true;
      }
      return false;
    };
    // Text that overflows its box (a long word in a heading) shows in scrollWidth, not in the box.
    const rightEdgeOf = (element: Element) => {
      const box = element.getBoundingClientRect();
      return clipsOverflow(element) ? box.right : Math.max(box.right, box.left + element.scrollWidth);
    };
    let widest: { element: Element; right: number } | undefined;
    for (const element of document.body.querySelectorAll('*')) {
      const right = rightEdgeOf(element);
      if (right <= viewport + 0.5 || isInsideScroller(element)) continue;
      // On a tie the later, deeper element wins: it names the culprit rather than its container.
      if (!widest || right >= widest.right - 0.5) widest = { element, right };
    }
    const describe = (element: Element) => {
      const classes = [...element.classList].map((name) => `.${name}`).join('');
      const text = element.textContent.replace(/\s+/g, ' ').trim().slice(0, 60);
      return `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${classes}> "${text}"`;
    };
    const culprit = widest ? `${describe(widest.element)} reaches ${Math.round(widest.right)} px` : 'no single element found';
    return `document is ${documentWidth} px wide in a ${viewport} px viewport; widest: ${culprit}`;
  });
}
