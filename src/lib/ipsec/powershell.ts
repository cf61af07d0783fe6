/**
 * Just enough PowerShell reading to pull parameters out of a pasted command
 * line or a short script: comments, quoting, backtick line continuation,
 * `-Name:value`, unique parameter-name prefixes, splatting (`@Params`) and
 * hashtable literals (`$Params = @{ Key = 'Value' }`). It never evaluates
 * anything and never throws.
 */

export interface PsArgument {
  /** Parameter name as written (without the dash), or undefined for a positional value. */
  readonly name: string | undefined;
  /** Value text with quotes removed, or undefined for a switch. */
  readonly value: string | undefined;
  /** True when the value is a variable or expression we cannot resolve. */
  readonly isUnresolved: boolean;
  readonly line: number;
  readonly column: number;
}

export interface PsInvocation {
  /** The command name as written. */
  readonly command: string;
  readonly line: number;
  readonly column: number;
  readonly args: readonly PsArgument[];
  /** Splatted variable names (`@Params`) in the argument list. */
  readonly splats: readonly string[];
  /** Variable names piped into the command (`$Params | Set-…`). */
  readonly pipedVariables: readonly string[];
}

export interface PsHashtable {
  readonly variable: string | undefined;
  readonly entries: readonly { key: string; value: string; isUnresolved: boolean; line: number; column: number }[];
}

/** PowerShell accepts typographic quotes as well as the ASCII ones. */
const SINGLE_QUOTES = "'\u2018\u2019\u201a\u201b";
const DOUBLE_QUOTES = '"\u201c\u201d\u201e';

interface Token {
  readonly kind: 'word' | 'string' | 'newline' | 'semicolon' | 'pipe' | 'lbrace' | 'rbrace' | 'equals' | 'at-lbrace';
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

/** Splits PowerShell text into tokens, dropping comments and joining backtick continuations. */
export function tokenizePowerShell(source: string): Token[] {
  const tokens: Token[] = [];
  const text = source.replace(/\r\n?/g, '\n');
  let index = 0;
  let line = 1;
  let lineStart = 0;
  const column = () => index - lineStart + 1;
  const advanceNewline = () => {
    line += 1;
    lineStart = index + 1;
  };
  while (index < text.length) {
    const char = text[index] ?? '';
    if (char === '\n') {
      tokens.push({ kind: 'newline', text: '\n', line, column: column() });
      advanceNewline();
      index += 1;
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\u00a0') {
      index += 1;
      continue;
    }
    if (char === '`' && text[index + 1] === '\n') {
      index += 1;
      advanceNewline();
      index += 1;
      continue;
    }
    if (char === '<' && text[index + 1] === '#') {
      const end = text.indexOf('#>', index + 2);
      const stop = end === -1 ? text.length : end + 2;
      for (let i = index; i < stop; i += 1) {
        if (text[i] === '\n') {
          index = i;
          advanceNewline();
        }
      }
      index = stop;
      continue;
    }
    if (char === '#') {
      const end = text.indexOf('\n', index);
      index = end === -1 ? text.length : end;
      continue;
    }
    const startLine = line;
    const startColumn = column();
    if (SINGLE_QUOTES.includes(char) || DOUBLE_QUOTES.includes(char)) {
      const isDouble = DOUBLE_QUOTES.includes(char);
      let value = '';
      index += 1;
      while (index < text.length) {
        const c = text[index] ?? '';
        const isClosing = (isDouble ? DOUBLE_QUOTES : SINGLE_QUOTES).includes(c);
        if (isClosing) {
          if (text[index + 1] === c) {
            value += c;
            index += 2;
            continue;
          }
          index += 1;
          break;
        }
        if (isDouble && c === '`' && index + 1 < text.length) {
          value += text[index + 1] ?? '';
          index += 2;
          continue;
        }
        if (c === '\n') {
          value += c;
          advanceNewline();
          index += 1;
          continue;
        }
        value += c;
        index += 1;
      }
      tokens.push({ kind: 'string', text: value, line: startLine, column: startColumn });
      continue;
    }
    if (char === '@' && text[index + 1] === '{') {
      tokens.push({ kind: 'at-lbrace', text: '@{', line, column: column() });
      index += 2;
      continue;
    }
    if (char === '{' || char === '}' || char === ';' || char === '|' || char === '=') {
      const kind = char === '{' ? 'lbrace' : char === '}' ? 'rbrace' : char === ';' ? 'semicolon' : char === '|' ? 'pipe' : 'equals';
      tokens.push({ kind, text: char, line, column: column() });
      index += 1;
      continue;
    }
    let word = '';
    while (index < text.length) {
      const c = text[index] ?? '';
      if (/[\s;|{}=]/.test(c) || SINGLE_QUOTES.includes(c) || DOUBLE_QUOTES.includes(c)) break;
      if (c === '`' && text[index + 1] === '\n') break;
      word += c;
      index += 1;
    }
    if (word === '') {
      index += 1;
      continue;
    }
    tokens.push({ kind: 'word', text: word, line: startLine, column: startColumn });
  }
  return tokens;
}

function isUnresolvedValue(text: string, kind: Token['kind']): boolean {
  if (kind === 'string') return false;
  return text.startsWith('$') || text.startsWith('(');
}

/** Finds every hashtable literal and the variable it is assigned to, if any. */
export function findHashtables(tokens: readonly Token[]): PsHashtable[] {
  const tables: PsHashtable[] = [];
  tokens.forEach((token, position) => {
    if (token.kind !== 'at-lbrace') return;
    const before = tokens[position - 1];
    const beforeThat = tokens[position - 2];
    const variable =
      before?.kind === 'equals' && beforeThat?.kind === 'word' && beforeThat.text.startsWith('$') ? beforeThat.text.slice(1) : undefined;
    const entries: PsHashtable['entries'][number][] = [];
    let depth = 1;
    let cursor = position + 1;
    while (cursor < tokens.length && depth > 0) {
      const current = tokens[cursor];
      if (!current) break;
      if (current.kind === 'lbrace' || current.kind === 'at-lbrace') depth += 1;
      if (current.kind === 'rbrace') depth -= 1;
      if (depth === 1 && (current.kind === 'word' || current.kind === 'string') && tokens[cursor + 1]?.kind === 'equals') {
        const valueToken = tokens[cursor + 2];
        if (valueToken && (valueToken.kind === 'word' || valueToken.kind === 'string')) {
          entries.push({
            key: current.text,
            value: valueToken.text,
            isUnresolved: isUnresolvedValue(valueToken.text, valueToken.kind),
            line: valueToken.line,
            column: valueToken.column,
          });
          cursor += 3;
          continue;
        }
      }
      cursor += 1;
    }
    tables.push({ variable, entries });
  });
  return tables;
}

/**
 * Finds the first invocation of one of `commandNames` (case-insensitive) and
 * reads its arguments up to the end of the statement. `switches` are
 * parameters that take no value.
 */
export function findInvocation(
  tokens: readonly Token[],
  commandNames: readonly string[],
  isSwitch: (parameterName: string) => boolean,
): PsInvocation | undefined {
  const wanted = commandNames.map((name) => name.toLowerCase());
  const start = tokens.findIndex((token) => token.kind === 'word' && wanted.includes(token.text.toLowerCase()));
  if (start === -1) return undefined;
  const commandToken = tokens[start];
  if (!commandToken) return undefined;
  const pipedVariables: string[] = [];
  for (let back = start - 1; back >= 0; back -= 1) {
    const token = tokens[back];
    if (!token || token.kind === 'newline' || token.kind === 'semicolon') break;
    if (token.kind === 'word') {
      const match = /\$([A-Za-z_][\w]*)$/.exec(token.text);
      if (match?.[1]) pipedVariables.push(match[1]);
    }
  }
  const args: PsArgument[] = [];
  const splats: string[] = [];
  let cursor = start + 1;
  while (cursor < tokens.length) {
    const token = tokens[cursor];
    if (!token || token.kind === 'newline' || token.kind === 'semicolon' || token.kind === 'pipe') break;
    if (token.kind === 'word' && token.text.startsWith('@') && token.text.length > 1) {
      splats.push(token.text.slice(1));
      cursor += 1;
      continue;
    }
    if (token.kind === 'word' && /^-[A-Za-z]/.test(token.text)) {
      const colon = token.text.indexOf(':');
      if (colon > 0) {
        const name = token.text.slice(1, colon);
        let value = token.text.slice(colon + 1);
        let isUnresolved = isUnresolvedValue(value, 'word');
        if (value === '') {
          const next = tokens[cursor + 1];
          if (next && (next.kind === 'word' || next.kind === 'string')) {
            value = next.text;
            isUnresolved = isUnresolvedValue(next.text, next.kind);
            cursor += 1;
          }
        }
        args.push({ name, value, isUnresolved, line: token.line, column: token.column });
        cursor += 1;
        continue;
      }
      const name = token.text.slice(1);
      const next = tokens[cursor + 1];
      const nextIsValue =
        next !== undefined &&
        (next.kind === 'string' || (next.kind === 'word' && !/^-[A-Za-z]/.test(next.text) && !next.text.startsWith('@')));
      if (!isSwitch(name) && nextIsValue) {
        args.push({
          name,
          value: next.text,
          isUnresolved: isUnresolvedValue(next.text, next.kind),
          line: token.line,
          column: token.column,
        });
        cursor += 2;
        continue;
      }
      args.push({ name, value: undefined, isUnresolved: false, line: token.line, column: token.column });
      cursor += 1;
      continue;
    }
    if (token.kind === 'word' || token.kind === 'string') {
      args.push({
        name: undefined,
        value: token.text,
        isUnresolved: isUnresolvedValue(token.text, token.kind),
        line: token.line,
        column: token.column,
      });
    }
    cursor += 1;
  }
  return {
    command: commandToken.text,
    line: commandToken.line,
    column: commandToken.column,
    args,
    splats,
    pipedVariables,
  };
}

export type ParameterResolution =
  | { readonly kind: 'found'; readonly parameter: string }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly string[] }
  | { readonly kind: 'unknown' };

/**
 * Resolves a parameter name the way PowerShell does: an exact name or alias
 * first, otherwise a prefix that matches exactly one parameter.
 * `parameters` maps each canonical name to its aliases.
 */
export function resolveParameter(written: string, parameters: Readonly<Record<string, readonly string[]>>): ParameterResolution {
  const key = written.toLowerCase();
  if (key === '') return { kind: 'unknown' };
  for (const [name, aliases] of Object.entries(parameters)) {
    if (name.toLowerCase() === key || aliases.some((alias) => alias.toLowerCase() === key)) {
      return { kind: 'found', parameter: name };
    }
  }
  const candidates = Object.entries(parameters)
    .filter(([name, aliases]) => [name, ...aliases].some((n) => n.toLowerCase().startsWith(key)))
    .map(([name]) => name);
  if (candidates.length === 1 && candidates[0] !== undefined) return { kind: 'found', parameter: candidates[0] };
  if (candidates.length > 1) return { kind: 'ambiguous', candidates };
  return { kind: 'unknown' };
}

/** PowerShell common parameters: accepted anywhere and irrelevant to the policy. */
export const COMMON_PARAMETERS: Readonly<Record<string, readonly string[]>> = {
  Verbose: ['vb'],
  Debug: ['db'],
  ErrorAction: ['ea'],
  WarningAction: ['wa'],
  InformationAction: ['infa'],
  ErrorVariable: ['ev'],
  WarningVariable: ['wv'],
  InformationVariable: ['iv'],
  OutVariable: ['ov'],
  OutBuffer: ['ob'],
  PipelineVariable: ['pv'],
};
