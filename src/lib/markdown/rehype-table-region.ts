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

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (node: ElementContent) => {
    if (node.type !== 'element') return;
    if (node.tagName === 'tr') rows.push(node);
    else node.children.forEach(visit);
  };
  table.children.forEach(visit);
  return rows;
}

function cellsOf(row: Element): Element[] {
  return row.children.filter((cell): cell is Element => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th'));
}

/**
 * A Markdown table whose top-left header cell is empty is a matrix: its first
 * column names the rows. Those cells become row headers (and the empty corner a
 * plain cell), so each data cell has both a column and a row header (WCAG 1.3.1).
 */
export function promoteRowHeaders(table: Element): void {
  const [header, ...body] = rowsOf(table);
  const corner = header ? cellsOf(header)[0] : undefined;
  if (!corner || corner.tagName !== 'th' || textOf(corner).trim() !== '') return;
  corner.tagName = 'td';
  for (const row of body) {
    const first = cellsOf(row)[0];
    if (first?.tagName === 'td') {
      first.tagName = 'th';
      first.properties = { ...first.properties, scope: 'row' };
    }
  }
}

/** Replaces each table with a labelled region holding it, at any depth (MDX component nodes included). */
function wrapTables(parent: { children: RootContent[] }): void {
  parent.children = parent.children.map((child) => {
    if (child.type === 'element' && child.tagName === 'table') {
      promoteRowHeaders(child);
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
