/**
 * Prefixes root-relative links in Markdown/MDX content with the site's base
 * path, so authors write `/guide/planning/protocols/` and the link still
 * works when the guide is served from `/kb/`.
 */
import type { Element, Root, RootContent } from 'hast';

const LINK_ATTRIBUTES: Record<string, string> = { a: 'href', img: 'src', source: 'src' };

/** `/guide/x/` → `/kb/guide/x/`; other URLs (absolute, protocol-relative, anchors, already prefixed) are left alone. */
export function prefixBase(url: string, base: string): string {
  const normalisedBase = base.endsWith('/') ? base : `${base}/`;
  if (normalisedBase === '/' || !url.startsWith('/') || url.startsWith('//')) return url;
  if (url === normalisedBase.slice(0, -1) || url.startsWith(normalisedBase)) return url;
  return normalisedBase + url.slice(1);
}

/** Walks every node with children, including MDX component nodes (links inside <Callout> are nested in those). */
function visit(node: Root | RootContent, base: string): void {
  if (node.type === 'element') rewrite(node, base);
  if ('children' in node) for (const child of node.children as RootContent[]) visit(child, base);
}

function rewrite(element: Element, base: string): void {
  const attribute = LINK_ATTRIBUTES[element.tagName];
  if (!attribute) return;
  const value = element.properties[attribute];
  if (typeof value === 'string') element.properties[attribute] = prefixBase(value, base);
}

export function rehypeBaseLinks(options: { base: string }) {
  return (tree: Root) => {
    visit(tree, options.base);
  };
}
