import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { labelForTable, promoteRowHeaders, rehypeTableRegion } from './rehype-table-region';

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
            children: headers.map((text) => ({
              type: 'element',
              tagName: 'th',
              properties: {},
              children: [{ type: 'text', value: text }],
            })),
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

function cell(tagName: 'td' | 'th', text: string): Element {
  return { type: 'element', tagName, properties: {}, children: text ? [{ type: 'text', value: text }] : [] };
}

function row(cells: Element[]): Element {
  return { type: 'element', tagName: 'tr', properties: {}, children: cells };
}

/** The shape remark gives `| | IKEv2 | SSTP |` followed by body rows. */
function matrix(corner: string): Element {
  return {
    type: 'element',
    tagName: 'table',
    properties: {},
    children: [
      { type: 'element', tagName: 'thead', properties: {}, children: [row([cell('th', corner), cell('th', 'IKEv2'), cell('th', 'SSTP')])] },
      {
        type: 'element',
        tagName: 'tbody',
        properties: {},
        children: [
          row([cell('td', 'Transport'), cell('td', 'UDP 500'), cell('td', 'TCP 443')]),
          row([cell('td', 'Device tunnel'), cell('td', 'Yes'), cell('td', 'No')]),
        ],
      },
    ],
  };
}

function tags(table: Element): string[][] {
  const out: string[][] = [];
  const visit = (node: Element) => {
    if (node.tagName === 'tr')
      out.push(
        node.children.map((child) =>
          child.type === 'element' ? `${child.tagName}${child.properties['scope'] ? `:${child.properties['scope']}` : ''}` : '',
        ),
      );
    else node.children.forEach((child) => child.type === 'element' && visit(child));
  };
  visit(table);
  return out;
}

describe('promoteRowHeaders', () => {
  it('turns the first column of a table with an empty top-left cell into row headers', () => {
    const t = matrix('');
    promoteRowHeaders(t);
    expect(tags(t)).toEqual([
      ['td', 'th', 'th'],
      ['th:row', 'td', 'td'],
      ['th:row', 'td', 'td'],
    ]);
  });

  it('leaves a table alone when its first header cell names a column', () => {
    const t = matrix('Property');
    promoteRowHeaders(t);
    expect(tags(t)).toEqual([
      ['th', 'th', 'th'],
      ['td', 'td', 'td'],
      ['td', 'td', 'td'],
    ]);
  });
});
