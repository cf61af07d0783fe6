/**
 * Wraps every Markdown table in a focusable, labelled scroll region, so wide
 * tables (long registry paths) scroll on small screens and can be scrolled
 * from the keyboard (axe: scrollable-region-focusable).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

function textOf(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

/** "Table: Port, Protocol, Purpose" from the first header row, or a generic label. */
export function labelForTable(table: Element): string {
  const headerCells: string[] = [];
  const visit = (node: ElementContent) => {
    if (node.type !== 'element' || headerCells.length > 0) return;
    if (node.tagName === 'tr') {
      for (const cell of node.children) {
        if (cell.type === 'element' && cell.tagName === 'th') headerCells.push(textOf(cell).trim());
      }
      return;
    }
    node.children.forEach(visit);
  };
  table.children.forEach(visit);
  const names = headerCells.filter(Boolean);
  return names.length > 0 ? `Table: ${names.join(', ')}` : 'Table';
}

/** Replaces each table with a labelled region holding it, at any depth (MDX component nodes included). */
function wrapTables(parent: { children: RootContent[] }): void {
  parent.children = parent.children.map((child) => {
    if (child.type === 'element' && child.tagName === 'table') {
      const region: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['kb-table'], role: 'region', tabIndex: 0, ariaLabel: labelForTable(child) },
        children: [child],
      };
      return region;
    }
    if ('children' in child) wrapTables(child);
    return child;
  });
}

export function rehypeTableRegion() {
  return (tree: Root) => {
    wrapTables(tree);
  };
}
