/**
 * A thin, never-throwing wrapper around @xmldom/xmldom: parses text into a
 * small immutable tree of plain objects with line and column positions, and
 * turns the parser's error messages into sentences that say what was found,
 * what was expected and where.
 */
import { DOMParser } from '@xmldom/xmldom';

export interface XmlPosition {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
}

export interface XmlAttribute {
  readonly name: string;
  readonly value: string;
}

export interface XmlElement extends XmlPosition {
  readonly kind: 'element';
  /** Qualified name as written, e.g. `VPNProfile` or `q1:EapHostConfig`. */
  readonly name: string;
  /** Name without a prefix. */
  readonly localName: string;
  /** Namespace URI, or undefined for no namespace. */
  readonly namespaceUri: string | undefined;
  readonly attributes: readonly XmlAttribute[];
  readonly children: readonly XmlNode[];
}

export interface XmlText extends XmlPosition {
  readonly kind: 'text' | 'cdata' | 'comment';
  readonly text: string;
}

export interface XmlProcessingInstruction extends XmlPosition {
  readonly kind: 'pi';
  readonly target: string;
  readonly text: string;
}

export type XmlNode = XmlElement | XmlText | XmlProcessingInstruction;

export interface XmlProblem extends XmlPosition {
  readonly message: string;
}

export type XmlParseResult =
  | {
      readonly ok: true;
      readonly root: XmlElement;
      /** Comments and processing instructions before the root element. */
      readonly prolog: readonly XmlNode[];
      /** Comments after the root element. */
      readonly epilog: readonly XmlNode[];
      readonly warnings: readonly XmlProblem[];
    }
  | { readonly ok: false; readonly error: XmlProblem };

/** How many still-open element names an error message lists before it only counts them. */
const MAX_NAMED_OPEN_TAGS = 5;
/** Warnings kept per document; past this only the first ones are reported. */
const MAX_WARNINGS = 50;

/** Thrown from the error handler to stop xmldom at the first error instead of letting it recover character by character. */
class StopParsing extends Error {}

/** Turns an xmldom message into a plain sentence. */
export function describeXmlError(raw: string): string {
  const message = raw.replace(/\s+/g, ' ').trim();
  let match = /Opening and ending tag mismatch: "([^"]*)" != "([^"]*)"/.exec(message);
  if (match) {
    return `Found the closing tag </${match[2] ?? ''}> while <${match[1] ?? ''}> is still open; expected </${match[1] ?? ''}> first.`;
  }
  match = /unclosed xml tag\(s\): (.+)$/i.exec(message);
  if (match) {
    const open = (match[1] ?? '').split(',').map((name) => name.trim());
    if (open.length <= MAX_NAMED_OPEN_TAGS) return `The text ends while <${open.join(', ')}> is still open; expected its closing tag.`;
    const shown = open.slice(0, MAX_NAMED_OPEN_TAGS).join(', ');
    return `The text ends while ${open.length.toLocaleString('en-US')} elements are still open (<${shown}, …>); expected their closing tags.`;
  }
  if (/missing root element/i.test(message)) return 'No XML element found; expected a <VPNProfile> element.';
  match = /Attribute (\S+) redefined/.exec(message);
  if (match) return `The attribute ${match[1] ?? ''} appears twice on one element; expected it once.`;
  if (/attribute value no end/i.test(message)) return 'An attribute value has no closing quote; expected a matching " or \'.';
  match = /entity not found:\s*(\S+)/i.exec(message);
  if (match) {
    return `Found the undefined entity ${match[1] ?? ''}; XML defines only &amp; &lt; &gt; &quot; &apos; and numeric references (write & as &amp;).`;
  }
  if (/Only one element can be added/i.test(message)) {
    return 'Found more than one top-level element; expected a single <VPNProfile> root element.';
  }
  if (/unexpected end of input/i.test(message)) return 'The text ends in the middle of a tag; expected the rest of the XML.';
  const cleaned = message.replace(/^\[xmldom [a-z]+\]\s*/i, '').replace(/^element parse error: Error: /i, '');
  return `The XML is not well-formed: ${cleaned.replace(/[.\s]+$/, '')}.`;
}

interface DomLikeNode {
  nodeType: number;
  nodeName: string;
  localName?: string | null;
  namespaceURI?: string | null;
  nodeValue?: string | null;
  data?: string;
  target?: string;
  lineNumber?: number;
  columnNumber?: number;
  childNodes?: ArrayLike<DomLikeNode>;
  attributes?: ArrayLike<{ name: string; value: string }>;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;
const PI_NODE = 7;
const COMMENT_NODE = 8;

function positionOf(node: DomLikeNode): XmlPosition {
  return { line: node.lineNumber ?? 1, column: node.columnNumber ?? 1 };
}

/** Converts the DOM into plain objects without recursion, so deep nesting cannot overflow the stack. */
function convert(rootNode: DomLikeNode): XmlElement {
  interface Frame {
    readonly node: DomLikeNode;
    readonly children: XmlNode[];
    readonly finish: (element: XmlElement) => void;
  }
  let result: XmlElement | undefined;
  const makeFrame = (node: DomLikeNode, finish: (element: XmlElement) => void): Frame => ({ node, children: [], finish });
  const pending: { frame: Frame; index: number }[] = [];
  const rootFrame = makeFrame(rootNode, (element) => {
    result = element;
  });
  pending.push({ frame: rootFrame, index: 0 });
  while (pending.length > 0) {
    const top = pending[pending.length - 1];
    if (!top) break;
    const { frame } = top;
    const childNodes = frame.node.childNodes;
    const count = childNodes ? childNodes.length : 0;
    if (top.index >= count) {
      pending.pop();
      const attributes: XmlAttribute[] = [];
      const attrs = frame.node.attributes;
      if (attrs) {
        for (let i = 0; i < attrs.length; i += 1) {
          const attribute = attrs[i];
          if (attribute) attributes.push({ name: attribute.name, value: attribute.value });
        }
      }
      const name = frame.node.nodeName;
      frame.finish({
        kind: 'element',
        name,
        localName: frame.node.localName ?? name.replace(/^.*:/, ''),
        namespaceUri: frame.node.namespaceURI ?? undefined,
        attributes,
        children: frame.children,
        ...positionOf(frame.node),
      });
      continue;
    }
    const child = childNodes ? childNodes[top.index] : undefined;
    top.index += 1;
    if (!child) continue;
    switch (child.nodeType) {
      case ELEMENT_NODE: {
        const childFrame = makeFrame(child, (element) => {
          frame.children.push(element);
        });
        pending.push({ frame: childFrame, index: 0 });
        break;
      }
      case TEXT_NODE:
        frame.children.push({ kind: 'text', text: child.data ?? child.nodeValue ?? '', ...positionOf(child) });
        break;
      case CDATA_NODE:
        frame.children.push({ kind: 'cdata', text: child.data ?? child.nodeValue ?? '', ...positionOf(child) });
        break;
      case COMMENT_NODE:
        frame.children.push({ kind: 'comment', text: child.data ?? child.nodeValue ?? '', ...positionOf(child) });
        break;
      case PI_NODE:
        frame.children.push({ kind: 'pi', target: child.target ?? child.nodeName, text: child.data ?? '', ...positionOf(child) });
        break;
      default:
        break;
    }
  }
  if (!result) throw new Error('conversion produced no element');
  return result;
}

function locatorOf(context: unknown): XmlPosition | undefined {
  if (typeof context !== 'object' || context === null) return undefined;
  const locator = (context as { locator?: { lineNumber?: unknown; columnNumber?: unknown } }).locator;
  if (!locator) return undefined;
  const line = typeof locator.lineNumber === 'number' && locator.lineNumber > 0 ? locator.lineNumber : 1;
  const column = typeof locator.columnNumber === 'number' && locator.columnNumber > 0 ? locator.columnNumber : 1;
  return { line, column };
}

/** Parses XML text. Any string in, a result out; never throws. */
export function parseXml(text: string): XmlParseResult {
  const problems: (XmlProblem & { level: string })[] = [];
  let document: { childNodes: ArrayLike<DomLikeNode> };
  try {
    const parser = new DOMParser({
      locator: true,
      onError: (level, message, context) => {
        if (level === 'warning' && problems.length >= MAX_WARNINGS) return;
        const position = locatorOf(context) ?? { line: 1, column: 1 };
        problems.push({ level, message: describeXmlError(message), ...position });
        // Only the first error is reported, and xmldom's recovery after an error can
        // take one step per character (100 000 steps for a run of '<'): stop here.
        if (level !== 'warning') throw new StopParsing();
      },
    });
    document = parser.parseFromString(text, 'text/xml');
  } catch (error) {
    const locator = (error as { locator?: { lineNumber?: number; columnNumber?: number } }).locator;
    const first = problems.find((problem) => problem.level !== 'warning');
    if (first) return { ok: false, error: { message: first.message, line: first.line, column: first.column } };
    const raw = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: {
        message: describeXmlError(raw),
        line: locator?.lineNumber && locator.lineNumber > 0 ? locator.lineNumber : 1,
        column: locator?.columnNumber && locator.columnNumber > 0 ? locator.columnNumber : 1,
      },
    };
  }
  const firstError = problems.find((problem) => problem.level !== 'warning');
  if (firstError) return { ok: false, error: { message: firstError.message, line: firstError.line, column: firstError.column } };
  const prolog: XmlNode[] = [];
  const epilog: XmlNode[] = [];
  let root: XmlElement | undefined;
  const nodes = document.childNodes;
  for (let i = 0; i < nodes.length; i += 1) {
    const node = nodes[i];
    if (!node) continue;
    if (node.nodeType === ELEMENT_NODE) {
      try {
        root = convert(node);
      } catch {
        return { ok: false, error: { message: 'The XML could not be read.', line: 1, column: 1 } };
      }
      continue;
    }
    const target = root ? epilog : prolog;
    if (node.nodeType === COMMENT_NODE) target.push({ kind: 'comment', text: node.data ?? '', ...positionOf(node) });
    if (node.nodeType === PI_NODE && (node.target ?? node.nodeName).toLowerCase() !== 'xml') {
      target.push({ kind: 'pi', target: node.target ?? node.nodeName, text: node.data ?? '', ...positionOf(node) });
    }
  }
  if (!root) return { ok: false, error: { message: 'No XML element found; expected a <VPNProfile> element.', line: 1, column: 1 } };
  return {
    ok: true,
    root,
    prolog,
    epilog,
    warnings: problems.map(({ message, line, column }) => ({ message, line, column })),
  };
}

/** Direct element children of an element. */
export function elementChildren(element: XmlElement): XmlElement[] {
  return element.children.filter((child): child is XmlElement => child.kind === 'element');
}

/** Concatenated text and CDATA directly inside an element, trimmed. */
export function textContent(element: XmlElement): string {
  return element.children
    .filter((child): child is XmlText => child.kind === 'text' || child.kind === 'cdata')
    .map((child) => child.text)
    .join('')
    .trim();
}
