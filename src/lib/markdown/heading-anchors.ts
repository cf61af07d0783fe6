/**
 * Options for rehype-autolink-headings: a visible "#" link after each
 * heading, with an accessible name that says which section it links to.
 * Pagefind skips the link, so no "#" reaches result titles or excerpts.
 */
import type { Element, ElementContent } from 'hast';

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

export const headingAnchorOptions = {
  behavior: 'append' as const,
  test: ['h2', 'h3', 'h4'],
  properties: (heading: Element) => ({
    className: ['kb-anchor'],
    dataPagefindIgnore: '',
    ariaLabel: `Link to this section: ${heading.children.map(textOf).join('').trim()}`,
  }),
  content: { type: 'text' as const, value: '#' },
};
