/**
 * Finds the code a page shows: fenced blocks in guide pages (MDX/Markdown)
 * and the `code:` fields of steps in the YAML frontmatter of error and event
 * files (see stepSchema in src/content.config.ts, where `lang` defaults to
 * `powershell`). Every block keeps the line of the file its code starts on.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';

export interface CodeBlock {
  /** Language as written, lower-case ('' when the fence has none). */
  readonly lang: string;
  readonly code: string;
  /** The line of the file on which the code's first line sits. */
  readonly firstLine: number;
  /**
   * Rules whose findings the block is meant to produce, from a `kb-expect`
   * marker in the fence's info string, for code shown as a mistake:
   * ```` ```powershell kb-expect="unknown-parameter" ````. Readers never see it.
   */
  readonly expectedRules?: readonly string[];
}

/** Fence languages we read as PowerShell. */
export const POWERSHELL_LANGS: ReadonlySet<string> = new Set(['powershell', 'ps1', 'pwsh', 'ps']);

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w+-]*)([^\n]*)$/;
const EXPECT_MARKER = /\bkb-expect=(?:"([^"]*)"|(\S+))/;

/** Fenced code blocks of a Markdown/MDX text, with the line each block's code starts on. */
export function extractFencedBlocks(text: string): CodeBlock[] {
  const lines = text.split(/\r?\n/);
  const blocks: CodeBlock[] = [];
  let index = 0;
  while (index < lines.length) {
    const open = FENCE.exec(lines[index] ?? '');
    if (!open) {
      index += 1;
      continue;
    }
    const indent = open[1]?.length ?? 0;
    const fence = open[2] ?? '```';
    const lang = (open[3] ?? '').toLowerCase();
    const body: string[] = [];
    let end = index + 1;
    while (end < lines.length) {
      const line = lines[end] ?? '';
      const trimmed = line.trimStart();
      if (trimmed.startsWith(fence[0]?.repeat(fence.length) ?? fence) && trimmed.replace(/[`~]/g, '').trim() === '') break;
      body.push(line.slice(Math.min(indent, line.length - line.trimStart().length)));
      end += 1;
    }
    const marker = EXPECT_MARKER.exec(open[4] ?? '');
    const expectedRules = (marker?.[1] ?? marker?.[2])?.split(/[\s,]+/).filter((rule) => rule !== '');
    blocks.push({ lang, code: body.join('\n'), firstLine: index + 2, ...(expectedRules ? { expectedRules } : {}) });
    index = end + 1;
  }
  return blocks;
}

/** The YAML frontmatter of a Markdown file and the line its first YAML line is on, or undefined. */
export function splitFrontmatter(text: string): { yaml: string; firstLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  return { yaml: match[1] ?? '', firstLine: 2 };
}

/**
 * The `code` of every step (an object with `text` and `code`) anywhere in the
 * frontmatter, with its language (`powershell` when not given).
 */
export function extractFrontmatterSteps(text: string): CodeBlock[] {
  const frontmatter = splitFrontmatter(text);
  if (frontmatter === undefined) return [];
  const lineCounter = new LineCounter();
  const document = parseDocument(frontmatter.yaml, { lineCounter, keepSourceTokens: true });
  const blocks: CodeBlock[] = [];
  const visit = (node: unknown): void => {
    if (isSeq(node)) {
      for (const item of node.items) visit(item);
      return;
    }
    if (!isMap(node)) return;
    const code = node.get('code', true);
    const hasText = node.has('text');
    if (hasText && isScalar(code) && typeof code.value === 'string') {
      const lang = node.get('lang');
      blocks.push({
        lang: typeof lang === 'string' ? lang.toLowerCase() : 'powershell',
        code: code.value,
        firstLine: frontmatter.firstLine - 1 + firstContentLine(code, lineCounter, frontmatter.yaml),
      });
    }
    for (const pair of node.items) visit(pair.value);
  };
  visit(document.contents);
  return blocks;
}

/** The 1-based YAML line on which a scalar's content starts (the line after `|` for block scalars). */
function firstContentLine(node: YamlNode, lineCounter: LineCounter, yaml: string): number {
  const start = node.range?.[0] ?? 0;
  const { line } = lineCounter.linePos(start);
  const isBlock = isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');
  if (!isBlock) return line;
  // The range of a block scalar starts at its `|` or `>` indicator; the content starts on the next line.
  return yaml[start] === '|' || yaml[start] === '>' ? line + 1 : line;
}

/** Every code block of a content file: fenced blocks for guide pages, frontmatter steps for errors and events. */
export function extractCodeBlocks(path: string, text: string): CodeBlock[] {
  const isDataFile = /(^|\/)content\/(errors|events)\//.test(path);
  if (isDataFile) return [...extractFrontmatterSteps(text), ...extractFencedBlocks(bodyAfterFrontmatter(text))];
  return extractFencedBlocks(text);
}

/** The text after the frontmatter, with blank lines in its place so that line numbers stay right. */
function bodyAfterFrontmatter(text: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) return text;
  return '\n'.repeat((match[0].match(/\n/g) ?? []).length) + text.slice(match[0].length);
}
