/**
 * The small inline markup that data files (error codes, events) may use in
 * their strings: `code` spans and [text](/path) links. Parsing yields plain
 * segments that components render as elements, so a data string can never
 * inject HTML. Root-relative link targets stay root-relative here; the
 * component adds the base path when it renders them.
 */

/** Plain text or a code span: what a link's text may hold. */
export type InlineLeaf = { readonly type: 'text'; readonly text: string } | { readonly type: 'code'; readonly text: string };

export type InlineSegment =
  | InlineLeaf
  | {
      readonly type: 'link';
      /** As written: `/guide/…/`, `#anchor`, `https://…` or `mailto:…`. */
      readonly href: string;
      /** Root-relative (a page of this site): the base path is added at render time. */
      readonly isInternal: boolean;
      readonly children: readonly InlineLeaf[];
    };

/** Link targets we render as links; anything else (javascript:, data:, relative paths) stays text. */
const SAFE_HREF = /^(?:\/(?!\/)|#|https?:\/\/|mailto:)\S*$/i;

function pushText(segments: InlineSegment[], text: string): void {
  if (text === '') return;
  const last = segments[segments.length - 1];
  if (last?.type === 'text') {
    segments[segments.length - 1] = { type: 'text', text: last.text + text };
  } else {
    segments.push({ type: 'text', text });
  }
}

/** Code spans and text only (the inside of a link). */
function parseLeaves(source: string): InlineLeaf[] {
  const leaves: InlineLeaf[] = [];
  let position = 0;
  while (position < source.length) {
    const tick = source.indexOf('`', position);
    if (tick === -1) {
      pushText(leaves, source.slice(position));
      break;
    }
    const close = source.indexOf('`', tick + 1);
    if (close === -1) {
      pushText(leaves, source.slice(position));
      break;
    }
    pushText(leaves, source.slice(position, tick));
    const code = source.slice(tick + 1, close);
    if (code === '') pushText(leaves, '``');
    else leaves.push({ type: 'code', text: code });
    position = close + 1;
  }
  return leaves;
}

interface LinkMatch {
  readonly text: string;
  readonly href: string;
  /** Index just past the closing parenthesis. */
  readonly end: number;
}

/** Reads `[text](href)` starting at `start` (which holds `[`), or undefined when it is not a link. */
function readLink(source: string, start: number): LinkMatch | undefined {
  const middle = source.indexOf('](', start + 1);
  if (middle === -1) return undefined;
  const text = source.slice(start + 1, middle);
  if (text === '' || text.includes('[') || text.includes('\n')) return undefined;
  const close = source.indexOf(')', middle + 2);
  if (close === -1) return undefined;
  const href = source.slice(middle + 2, close).trim();
  if (href === '' || /\s/.test(href)) return undefined;
  return { text, href, end: close + 1 };
}

/** Splits one string into text, code and link segments. Never throws. */
export function parseInlineMarkup(source: string): InlineSegment[] {
  const segments: InlineSegment[] = [];
  let position = 0;
  let textStart = 0;
  while (position < source.length) {
    const character = source[position];
    if (character === '`') {
      const close = source.indexOf('`', position + 1);
      if (close > position + 1) {
        pushText(segments, source.slice(textStart, position));
        segments.push({ type: 'code', text: source.slice(position + 1, close) });
        position = close + 1;
        textStart = position;
        continue;
      }
    } else if (character === '[') {
      const link = readLink(source, position);
      if (link) {
        pushText(segments, source.slice(textStart, position));
        const children = parseLeaves(link.text);
        if (SAFE_HREF.test(link.href)) {
          segments.push({ type: 'link', href: link.href, isInternal: link.href.startsWith('/'), children });
        } else {
          // Unsafe or unsupported target: keep the words, drop the link.
          for (const child of children) {
            if (child.type === 'text') pushText(segments, child.text);
            else segments.push(child);
          }
        }
        position = link.end;
        textStart = position;
        continue;
      }
    }
    position += 1;
  }
  pushText(segments, source.slice(textStart));
  return segments;
}

/** Paragraphs of a multi-paragraph string (separated by blank lines), trimmed, empty ones dropped. */
export function splitParagraphs(source: string): string[] {
  return source
    .split(/\r?\n[ \t]*\r?\n/)
    .map((paragraph) => paragraph.trim().replace(/\s*\r?\n\s*/g, ' '))
    .filter((paragraph) => paragraph !== '');
}

/** The words of a marked-up string without the markup, for meta descriptions and titles. */
export function toPlainText(source: string): string {
  return parseInlineMarkup(source)
    .map((segment) => (segment.type === 'link' ? segment.children.map((child) => child.text).join('') : segment.text))
    .join('');
}
