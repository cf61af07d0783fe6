/**
 * Normalised pretty-printing of a parsed profile: two-space indentation, one
 * element per line, text trimmed, special characters escaped, comments kept
 * (optionally dropped). The output parses back to the same tree.
 */
import type { XmlElement, XmlNode } from './xml';

export interface FormatOptions {
  readonly keepComments?: boolean;
  readonly indent?: string;
}

/** Deeper than this, formatting stops and the caller gets undefined. */
const MAX_DEPTH = 200;

export function escapeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeXmlAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

function openTag(element: XmlElement): string {
  const attributes = element.attributes.map((attribute) => ` ${attribute.name}="${escapeXmlAttribute(attribute.value)}"`).join('');
  return `<${element.name}${attributes}>`;
}

function commentText(text: string): string {
  // "--" is not allowed inside a comment; keep the text readable and valid.
  return ` ${text.trim().replace(/--+/g, '-')} `;
}

function formatNode(node: XmlNode, depth: number, options: Required<FormatOptions>, lines: string[]): boolean {
  if (depth > MAX_DEPTH) return false;
  const pad = options.indent.repeat(depth);
  switch (node.kind) {
    case 'comment':
      if (options.keepComments) lines.push(`${pad}<!--${commentText(node.text)}-->`);
      return true;
    case 'pi':
      lines.push(`${pad}<?${node.target}${node.text.trim() === '' ? '' : ` ${node.text.trim()}`}?>`);
      return true;
    case 'cdata':
      lines.push(`${pad}<![CDATA[${node.text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`);
      return true;
    case 'text': {
      const trimmed = node.text.trim();
      if (trimmed !== '') lines.push(`${pad}${escapeXmlText(trimmed)}`);
      return true;
    }
    case 'element': {
      const children = node.children.filter(
        (child) => !(child.kind === 'text' && child.text.trim() === '') && (options.keepComments || child.kind !== 'comment'),
      );
      const isTextOnly = children.every((child) => child.kind === 'text');
      if (isTextOnly) {
        const raw = children.map((child) => (child.kind === 'text' ? child.text : '')).join('');
        // Values keep their exact text (a TrustedRootCA thumbprint ends with a space); only layout whitespace is trimmed.
        const text = /[\r\n]/.test(raw) ? raw.trim() : raw;
        lines.push(`${pad}${openTag(node)}${escapeXmlText(text)}</${node.name}>`);
        return true;
      }
      lines.push(`${pad}${openTag(node)}`);
      for (const child of children) {
        if (!formatNode(child, depth + 1, options, lines)) return false;
      }
      lines.push(`${pad}</${node.name}>`);
      return true;
    }
    default:
      return true;
  }
}

/** Formats a document; undefined if it nests deeper than the formatter allows. */
export function formatXml(
  root: XmlElement,
  prolog: readonly XmlNode[] = [],
  epilog: readonly XmlNode[] = [],
  options: FormatOptions = {},
): string | undefined {
  const resolved: Required<FormatOptions> = { keepComments: options.keepComments ?? true, indent: options.indent ?? '  ' };
  const lines: string[] = [];
  for (const node of [...prolog, root, ...epilog]) {
    if (!formatNode(node, 0, resolved, lines)) return undefined;
  }
  return lines.join('\n');
}
