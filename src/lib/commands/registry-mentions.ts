/**
 * Finds every place a page names a registry key or value under
 * HKEY_LOCAL_MACHINE: paths anywhere in the text (`HKLM\…`, `HKLM:\…`,
 * `HKEY_LOCAL_MACHINE\…`, and `...\X\Y` abbreviations), values set or read
 * by PowerShell commands, `reg add` lines, .reg file syntax, and value
 * names in the prose around a path ("`CertAuthFlags` DWORD 4 in the same key").
 */
import { literalsOf, valueOf } from './bind-arguments';
import type { CodeBlock } from './extract-code';
import type { PsScript } from './parse-powershell';
import { normaliseRegistryPath } from './registry-paths';
import type { ResolvedCommand } from './resolve-commands';
import { resolveString } from './resolve-strings';
import type { RegistryType } from './types';

export interface RegistryMention {
  readonly line: number;
  /** Normalised `HKLM\…` path, or the segments after `...\` when `isSuffix`. May contain `*` for unknown parts. */
  readonly path: string;
  readonly isSuffix: boolean;
  readonly valueName?: string;
  readonly type?: RegistryType;
  /** Where the mention comes from, for messages. */
  readonly origin: 'path' | 'powershell' | 'reg.exe' | '.reg file' | 'prose';
  /** For prose value names: every path the surrounding text names (the value must be under one of them). */
  readonly contextPaths?: readonly string[];
  /** For prose that says the value sits in each subkey ("`Enabled` under each protocol's key"). */
  readonly isInSubkeys?: boolean;
}

const ROOT = /(?:Registry::)?(?:HKEY_LOCAL_MACHINE|HKLM:?)\\/gi;
const CLOSERS: Readonly<Record<string, string>> = { '`': '`', "'": "'", '"': '"', '[': ']' };

/** PowerShell -PropertyType/-Type names and reg.exe /t names, to regedit types. */
const TYPE_NAMES: Readonly<Record<string, RegistryType>> = {
  dword: 'REG_DWORD',
  reg_dword: 'REG_DWORD',
  qword: 'REG_QWORD',
  reg_qword: 'REG_QWORD',
  string: 'REG_SZ',
  reg_sz: 'REG_SZ',
  expandstring: 'REG_EXPAND_SZ',
  reg_expand_sz: 'REG_EXPAND_SZ',
  multistring: 'REG_MULTI_SZ',
  reg_multi_sz: 'REG_MULTI_SZ',
  binary: 'REG_BINARY',
  reg_binary: 'REG_BINARY',
};

export const registryTypeOf = (name: string | undefined): RegistryType | undefined =>
  name === undefined ? undefined : TYPE_NAMES[name.toLowerCase()];

const lineOfOffset = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

/** The raw path text starting at `start` (just after any opening quote or backtick `opener`). */
function readPathText(text: string, start: number, opener: string | undefined): string {
  const closer = opener === undefined ? undefined : CLOSERS[opener];
  let end = start;
  while (end < text.length) {
    const ch = text[end] ?? '';
    if (ch === '\n') break;
    if (closer !== undefined ? ch === closer : /[\s|)<>`'"\]]/.test(ch)) break;
    end += 1;
  }
  return text
    .slice(start, end)
    .replace(/[.,;:]+$/, '')
    .replace(/\\+$/, '');
}

/** Registry paths written anywhere in the file, each with its line. */
export function findPathMentions(text: string): RegistryMention[] {
  const mentions: RegistryMention[] = [];
  for (const match of text.matchAll(ROOT)) {
    const start = match.index;
    const opener = text[start - 1];
    const raw = readPathText(text, start, opener !== undefined && opener in CLOSERS ? opener : undefined);
    if (raw.includes('$') || raw.includes('<')) continue; // a variable or placeholder: resolved from the code instead
    const path = normaliseRegistryPath(raw);
    if (path !== undefined) mentions.push({ line: lineOfOffset(text, start), path, isSuffix: false, origin: 'path' });
  }
  for (const match of text.matchAll(/`(?:\.\.\.|…)\\([^`\n]+)`/g)) {
    mentions.push({ line: lineOfOffset(text, match.index), path: (match[1] ?? '').replace(/\\+$/, ''), isSuffix: true, origin: 'path' });
  }
  return mentions;
}

/** Values that PowerShell registry cmdlets in a block create, change, read or remove. */
export function findPowerShellValueMentions(script: PsScript, commands: readonly ResolvedCommand[]): RegistryMention[] {
  const mentions: RegistryMention[] = [];
  const pathOf = (command: ResolvedCommand): string | undefined => {
    if (command.bound === undefined) return undefined;
    const value = valueOf(command.bound, 'Path', 0) ?? valueOf(command.bound, 'LiteralPath');
    const text = value === undefined ? undefined : resolveString(value, script);
    return text === undefined ? undefined : normaliseRegistryPath(text);
  };
  for (const command of commands) {
    const bound = command.bound;
    if (bound === undefined) continue;
    const name = bound.signature.name;
    if (!['New-ItemProperty', 'Set-ItemProperty', 'Get-ItemProperty', 'Remove-ItemProperty', 'Get-ItemPropertyValue'].includes(name))
      continue;
    const path = pathOf(command);
    if (path === undefined) continue;
    const valueNames = literalsOf(valueOf(bound, 'Name', 1)) ?? [];
    const type = registryTypeOf(literalsOf(valueOf(bound, name === 'Set-ItemProperty' ? 'Type' : 'PropertyType'))?.[0]);
    for (const valueName of valueNames) {
      mentions.push({ line: command.command.line, path, isSuffix: false, valueName, ...(type ? { type } : {}), origin: 'powershell' });
    }
    // Get-ItemProperty <key> | Select-Object A, B reads values A and B.
    const next = commands.find((other) => other.pipeline === command.pipeline && other.index === command.index + 1);
    if (name === 'Get-ItemProperty' && next?.bound?.signature.name === 'Select-Object') {
      const selected = [
        ...(literalsOf(valueOf(next.bound, 'Property', 0)) ?? []),
        ...(literalsOf(valueOf(next.bound, 'ExpandProperty')) ?? []),
      ];
      for (const valueName of selected) {
        if (/^PS/.test(valueName) || /[*?]/.test(valueName)) continue;
        mentions.push({ line: next.command.line, path, isSuffix: false, valueName, origin: 'powershell' });
      }
    }
  }
  return mentions;
}

/** `(Get-ItemProperty 'HKLM:\…').Name` member reads in a block's text. */
export function findMemberReads(code: string, firstLine: number): RegistryMention[] {
  const mentions: RegistryMention[] = [];
  for (const match of code.matchAll(/\(\s*Get-ItemProperty\s+(?:-Path\s+)?(['"])([^'"]+)\1\s*\)\.([A-Za-z_]\w*)/gi)) {
    const path = normaliseRegistryPath(match[2] ?? '');
    if (path === undefined || match[3] === undefined) continue;
    mentions.push({
      line: firstLine + lineOfOffset(code, match.index) - 1,
      path,
      isSuffix: false,
      valueName: match[3],
      origin: 'powershell',
    });
  }
  return mentions;
}

/** `reg add|query|delete <key> /v <name> /t <type>` lines. */
export function findRegExeMentions(code: string, firstLine: number): RegistryMention[] {
  const mentions: RegistryMention[] = [];
  code.split('\n').forEach((line, offset) => {
    const match = /\breg(?:\.exe)?\s+(?:add|query|delete)\s+(["']?)((?:HKLM|HKEY_LOCAL_MACHINE)\\[^"'\n]*?)\1(?=\s|$)(.*)$/i.exec(line);
    if (!match) return;
    const path = normaliseRegistryPath(match[2] ?? '');
    const rest = match[3] ?? '';
    const valueName = /\/v\s+("?)([^"\s]+)\1/i.exec(rest)?.[2];
    const type = registryTypeOf(/\/t\s+(\S+)/i.exec(rest)?.[1]);
    if (path === undefined || valueName === undefined) return;
    mentions.push({ line: firstLine + offset, path, isSuffix: false, valueName, ...(type ? { type } : {}), origin: 'reg.exe' });
  });
  return mentions;
}

/** .reg file syntax: `[HKEY_LOCAL_MACHINE\…]` then `"Name"=dword:…` lines. */
export function findRegFileMentions(code: string, firstLine: number): RegistryMention[] {
  const mentions: RegistryMention[] = [];
  let key: string | undefined;
  code.split('\n').forEach((line, offset) => {
    const header = /^\s*\[((?:HKEY_LOCAL_MACHINE|HKLM)\\[^\]]+)\]/i.exec(line);
    if (header) {
      key = normaliseRegistryPath(header[1] ?? '');
      return;
    }
    const entry = /^\s*"([^"]+)"\s*=\s*(dword:|qword:|hex\(7\):|hex\(2\):|hex\(b\):|hex:|")/i.exec(line);
    if (!entry || key === undefined) return;
    const kind = (entry[2] ?? '').toLowerCase();
    const type: RegistryType =
      kind === 'dword:'
        ? 'REG_DWORD'
        : kind === 'qword:' || kind === 'hex(b):'
          ? 'REG_QWORD'
          : kind === 'hex(7):'
            ? 'REG_MULTI_SZ'
            : kind === 'hex(2):'
              ? 'REG_EXPAND_SZ'
              : kind === 'hex:'
                ? 'REG_BINARY'
                : 'REG_SZ';
    mentions.push({ line: firstLine + offset, path: key, isSuffix: false, valueName: entry[1] ?? '', type, origin: '.reg file' });
  });
  return mentions;
}

/** Type words that can follow a value name in prose. */
const PROSE_TYPES: readonly [RegExp, RegistryType][] = [
  [/^REG_DWORD\b|^DWORD\b/i, 'REG_DWORD'],
  [/^REG_QWORD\b|^QWORD\b/i, 'REG_QWORD'],
  [/^REG_MULTI_SZ\b/i, 'REG_MULTI_SZ'],
  [/^REG_EXPAND_SZ\b/i, 'REG_EXPAND_SZ'],
  [/^REG_BINARY\b/i, 'REG_BINARY'],
  [/^REG_SZ\b|^string\b/i, 'REG_SZ'],
];

/** Words right after a backticked name that say it is a registry value. */
const VALUE_CUE =
  /^\s*(?:=\s*\S|\(\s*(?:REG_|DWORD|QWORD|string)|,?\s*an?\s+(?:REG_|DWORD|string)|\s*(?:REG_\w+|DWORD|QWORD)\b|\s+value\b)/i;

interface Paragraph {
  readonly firstLine: number;
  readonly text: string;
}

/** Splits prose into paragraphs: blank lines, list items, table rows and YAML keys start a new one. */
function proseParagraphs(text: string, codeLines: ReadonlySet<number>): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: { firstLine: number; lines: string[] } | undefined;
  const flush = (): void => {
    if (current) paragraphs.push({ firstLine: current.firstLine, text: current.lines.join('\n') });
    current = undefined;
  };
  text.split('\n').forEach((line, index) => {
    const number = index + 1;
    if (codeLines.has(number) || line.trim() === '' || /^\s*(`{3,}|~{3,})/.test(line)) {
      flush();
      return;
    }
    const isStart = /^\s*([-*+]|\d+\.)\s|^\s*\||^\s*-?\s*[A-Za-z]\w*:\s/.test(line);
    if (isStart || /^\s*\|/.test(line)) flush();
    current ??= { firstLine: number, lines: [] };
    current.lines.push(line);
    if (/^\s*\|/.test(line)) flush();
  });
  flush();
  return paragraphs;
}

/**
 * Value names in prose: a backticked name in a paragraph that names a
 * registry path (or right after one that did), when it is a known value name
 * or the words after it mark it as a value (`= 1`, `(DWORD)`, `value`).
 */
export function findProseValueMentions(
  text: string,
  codeLines: ReadonlySet<number>,
  knownValueNames: ReadonlySet<string>,
): RegistryMention[] {
  const mentions: RegistryMention[] = [];
  let previousPaths: string[] = [];
  for (const paragraph of proseParagraphs(text, codeLines)) {
    const paths = findPathMentions(paragraph.text).map((mention) => (mention.isSuffix ? `...\\${mention.path}` : mention.path));
    const refersBack = /\b(?:same|this|that) key\b|\bunder it\b/i.test(paragraph.text);
    const contextPaths = paths.length > 0 ? paths : refersBack ? previousPaths : [];
    if (contextPaths.length > 0) {
      for (const match of paragraph.text.matchAll(/`([A-Za-z][A-Za-z0-9_]{2,})`/g)) {
        const name = match[1] ?? '';
        const after = paragraph.text.slice(match.index + match[0].length, match.index + match[0].length + 60);
        const isKnown = knownValueNames.has(name.toLowerCase());
        if (!isKnown && !VALUE_CUE.test(after)) continue;
        const typeText = after.replace(/^[\s=(,]*(?:\d+\s*)?\(?\s*(?:an?\s+)?/i, '');
        const type = PROSE_TYPES.find(([pattern]) => pattern.test(typeText))?.[1];
        mentions.push({
          line: paragraph.firstLine + lineOfOffset(paragraph.text, match.index) - 1,
          path: contextPaths[0] ?? '',
          isSuffix: false,
          valueName: name,
          ...(type ? { type } : {}),
          origin: 'prose',
          contextPaths,
          ...(/\b(?:each|every)\b[^.|]*\bkey\b|\bsubkeys?\b/i.test(after) ? { isInSubkeys: true } : {}),
        });
      }
    }
    // "in the same key" and the like carry the previous paragraph's key into the next one, once.
    previousPaths = paths.length > 0 ? paths : [];
  }
  return mentions;
}

/** The file lines that hold code (fenced blocks and frontmatter `code:` scalars), which prose scanning skips. */
export function codeLinesOf(blocks: readonly CodeBlock[]): Set<number> {
  const lines = new Set<number>();
  for (const block of blocks) {
    const count = block.code.split('\n').length;
    for (let offset = 0; offset < count; offset += 1) lines.add(block.firstLine + offset);
  }
  return lines;
}
