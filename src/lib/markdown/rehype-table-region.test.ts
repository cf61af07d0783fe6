import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { labelForTable, rehypeTableRegion } from './rehype-table-region';

function table(headers: string[]): Element {
  return {
    type: 'element',
    tagName: 'table',
    properties: {},
    children: [
      {
        type: 'element',
        tagName: 'thead',
        properties: {},
        children: [
          {
            type: 'element',
            tagName: 'tr',
            properties: {},
            children: headers.map((text) => ({ type: 'element', tagName: 'th', properties: {}, children: [{ type: 'text', value: text }] })),
          },
        ],
      },
    ],
  };
}

describe('labelForTable', () => {
  it('names the table after its column headers', () => {
    expect(labelForTable(table(['Port', 'Protocol', 'Purpose']))).toBe('Table: Port, Protocol, Purpose');
  });

  it('falls back to a generic name when there is no header row', () => {
    expect(labelForTable({ type: 'element', tagName: 'table', properties: {}, children: [] })).toBe('Table');
  });
});

describe('rehypeTableRegion', () => {
  it('wraps tables in a focusable labelled region, also inside MDX components', () => {
    const tree = {
      type: 'root',
      children: [table(['A']), { type: 'mdxJsxFlowElement', name: 'Callout', attributes: [], children: [table(['B'])] }],
    } as unknown as Root;
    rehypeTableRegion()(tree);
    const regions = JSON.stringify(tree).match(/"role":"region","tabIndex":0/g) ?? [];
    expect(regions).toHaveLength(2);
    expect(JSON.stringify(tree)).toContain('"ariaLabel":"Table: B"');
  });
});
