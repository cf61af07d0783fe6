/**
 * Reads PowerShell the way the engine splits it into statements, pipelines and
 * command arguments, so that a checker can compare every command in the guide
 * with the cmdlet's documented signature. It evaluates nothing and never throws.
 *
 * Handled: comments (`#`, `<# #>`), backtick line continuation, a pipe at the
 * end of a line, `;`, single/double-quoted strings and here-strings, variables
 * (`$x`, `$env:X`, `${x}`, `$_.Prop`), splatting (`@params`), `-Param:value`,
 * comma lists, script blocks, `( )`, `$( )`, `@( )`, `@{ }` hashtables, type
 * literals, member access, redirection, and the keywords that open blocks
 * (`foreach`, `if`, `try`, `function`, ...). Commands inside blocks, parentheses
 * and hashtable values are found too.
 */

/** A value as written in the source. `text` is the value with quotes removed. */
export type PsValue =
  | { readonly kind: 'literal'; readonly text: string; readonly line: number; readonly isQuoted: boolean }
  | { readonly kind: 'expandable'; readonly text: string; readonly line: number }
  | { readonly kind: 'variable'; readonly name: string; readonly text: string; readonly line: number }
  | { readonly kind: 'hashtable'; readonly entries: readonly PsHashtableEntry[]; readonly line: number }
  | { readonly kind: 'array'; readonly items: readonly PsValue[]; readonly line: number }
  | { readonly kind: 'scriptblock'; readonly text: string; readonly line: number }
  | { readonly kind: 'expression'; readonly text: string; readonly line: number };

export interface PsHashtableEntry {
  readonly key: string;
  readonly value: PsValue;
  readonly line: number;
}

/** One argument of a command: a parameter (with its value when written as `-Name:value`), a value, or a splat. */
export type PsArgument =
  | { readonly kind: 'parameter'; readonly name: string; readonly line: number; readonly attachedValue: PsValue | undefined }
  | { readonly kind: 'value'; readonly value: PsValue }
  | { readonly kind: 'splat'; readonly variable: string; readonly line: number };

export interface PsCommand {
  /** The command name as written (`Get-VpnConnection`, `netsh`, `.\Script.ps1`), or '' for `& $expr`. */
  readonly name: string;
  readonly line: number;
  readonly args: readonly PsArgument[];
}

/** One element of a pipeline: a command, or an expression such as `$x` or `(Get-RemoteAccess).SslCertificate`. */
export type PsPipelineElement =
  { readonly kind: 'command'; readonly command: PsCommand } | { readonly kind: 'expression'; readonly line: number };

export interface PsPipeline {
  readonly elements: readonly PsPipelineElement[];
}

/** `$name = value`; `value` is set when the right-hand side is a single value (not a command). */
export interface PsAssignment {
  /** Variable name, lower-case, without `$`. */
  readonly variable: string;
  readonly value: PsValue | undefined;
  readonly line: number;
}

export interface PsScript {
  /** Every pipeline, including those nested in blocks and parentheses, in source order. */
  readonly pipelines: readonly PsPipeline[];
  readonly assignments: readonly PsAssignment[];
  /** Names of functions the script defines (`function Get-Thing { }`), lower-case. */
  readonly functions: readonly string[];
}

const SINGLE_QUOTES = "'\u2018\u2019\u201a\u201b";
const DOUBLE_QUOTES = '"\u201c\u201d\u201e';
const DASHES = '-\u2013\u2014\u2015';
/** Characters that end a bareword in command mode. */
const WORD_END = ' \t\r\n;|(){},&';
/** Keywords followed by a (condition) and/or a { block }. */
const BLOCK_KEYWORDS = new Set([
  'if',
  'elseif',
  'else',
  'foreach',
  'for',
  'while',
  'until',
  'do',
  'switch',
  'try',
  'catch',
  'finally',
  'begin',
  'process',
  'end',
  'trap',
  'data',
]);
/** Keywords followed by an optional pipeline. */
const FLOW_KEYWORDS = new Set(['return', 'throw', 'exit', 'break', 'continue']);

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}_]/u.test(ch);
const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isInlineSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\t' || ch === '\u00a0';
const isDash = (ch: string | undefined): boolean => ch !== undefined && DASHES.includes(ch);

/** Parses a PowerShell script; `firstLine` is the line number of the script's first line in its file. */
export function parsePowerShell(source: string, firstLine = 1): PsScript {
  return new Parser(source.replace(/\r\n?/g, '\n'), firstLine).parseScript();
}

class Parser {
  private pos = 0;
  private readonly pipelines: PsPipeline[] = [];
  private readonly assignments: PsAssignment[] = [];
  private readonly functions: string[] = [];
  private readonly lineStarts: number[] = [0];

  constructor(
    private readonly text: string,
    private readonly firstLine: number,
  ) {
    for (let i = 0; i < text.length; i += 1) if (text[i] === '\n') this.lineStarts.push(i + 1);
  }

  parseScript(): PsScript {
    while (this.pos < this.text.length) {
      this.parseStatements('');
      // A stray closer at the top level: step over it and carry on.
      if (this.pos < this.text.length) this.pos += 1;
    }
    return { pipelines: this.pipelines, assignments: this.assignments, functions: this.functions };
  }

  // -------------------------------------------------------------------------
  // Positions and whitespace
  // -------------------------------------------------------------------------

  private lineAt(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + this.firstLine;
  }

  private get line(): number {
    return this.lineAt(this.pos);
  }

  private peek(offset = 0): string | undefined {
    return this.text[this.pos + offset];
  }

  private startsWith(s: string): boolean {
    return this.text.startsWith(s, this.pos);
  }

  /** Skips spaces, tabs, backtick continuations and `<# #>` comments on the current logical line. */
  private skipInlineSpace(): void {
    for (;;) {
      const ch = this.peek();
      if (isInlineSpace(ch)) this.pos += 1;
      else if (ch === '`' && (this.peek(1) === '\n' || (this.peek(1) === '\r' && this.peek(2) === '\n')))
        this.pos += this.peek(1) === '\r' ? 3 : 2;
      else if (ch === '`' && isInlineSpace(this.peek(1)) && this.restOfLineIsBlank(this.pos + 1)) this.skipToNextLine();
      else if (ch === '<' && this.peek(1) === '#') this.skipBlockComment();
      else return;
    }
  }

  /** A backtick followed only by spaces still continues the line in practice (authors' trailing spaces). */
  private restOfLineIsBlank(from: number): boolean {
    for (let i = from; i < this.text.length; i += 1) {
      const ch = this.text[i];
      if (ch === '\n') return true;
      if (!isInlineSpace(ch)) return false;
    }
    return true;
  }

  private skipToNextLine(): void {
    const end = this.text.indexOf('\n', this.pos);
    this.pos = end < 0 ? this.text.length : end + 1;
  }

  private skipBlockComment(): void {
    const end = this.text.indexOf('#>', this.pos + 2);
    this.pos = end < 0 ? this.text.length : end + 2;
  }

  private skipLineComment(): void {
    const end = this.text.indexOf('\n', this.pos);
    this.pos = end < 0 ? this.text.length : end;
  }

  /** Skips whitespace, newlines, `;` and comments between statements. */
  private skipStatementSeparators(): void {
    for (;;) {
      this.skipInlineSpace();
      const ch = this.peek();
      if (ch === '\n' || ch === '\r' || ch === ';') this.pos += 1;
      else if (ch === '#') this.skipLineComment();
      else return;
    }
  }

  /** Skips whitespace including newlines and comments (inside a list or after a pipe). */
  private skipAllSpace(): void {
    for (;;) {
      this.skipInlineSpace();
      const ch = this.peek();
      if (ch === '\n' || ch === '\r') this.pos += 1;
      else if (ch === '#') this.skipLineComment();
      else return;
    }
  }

  // -------------------------------------------------------------------------
  // Statements
  // -------------------------------------------------------------------------

  /** Parses statements until `closer` (`}` or `)`; '' for end of text), leaving the closer unconsumed. */
  private parseStatements(closer: string): void {
    for (;;) {
      this.skipStatementSeparators();
      const ch = this.peek();
      if (ch === undefined || ch === closer || ch === '}' || ch === ')') return;
      const before = this.pos;
      this.parseStatement();
      if (this.pos === before) this.pos += 1; // never loop on a character nothing understands
    }
  }

  private parseStatement(): void {
    const word = this.peekWord();
    const keyword = word.toLowerCase();
    if (word !== '' && this.isKeywordBoundary(this.pos + word.length)) {
      if (keyword === 'function' || keyword === 'filter' || keyword === 'workflow') {
        this.pos += word.length;
        this.skipInlineSpace();
        const name = this.readBareword();
        if (name !== '') this.functions.push(name.toLowerCase());
        this.skipAllSpace();
        if (this.peek() === '(') this.parseGroup('(', ')');
        this.skipAllSpace();
        if (this.peek() === '{') this.parseGroup('{', '}');
        return;
      }
      if (keyword === 'param') {
        this.pos += word.length;
        this.skipInlineSpace();
        if (this.peek() === '(') this.parseGroup('(', ')');
        return;
      }
      if (BLOCK_KEYWORDS.has(keyword)) {
        this.pos += word.length;
        this.parseKeywordTail();
        return;
      }
      if (FLOW_KEYWORDS.has(keyword)) {
        this.pos += word.length;
        this.skipInlineSpace();
        if (!this.atStatementEnd()) this.parsePipeline();
        return;
      }
    }
    this.parsePipeline();
  }

  /** After a block keyword: switch options, `(condition)`, `[Type]` (catch) and `{ block }`, possibly several. */
  private parseKeywordTail(): void {
    for (;;) {
      this.skipInlineSpace();
      const ch = this.peek();
      if (ch === '(') this.parseGroup('(', ')');
      else if (ch === '[') this.readBracketed('[', ']');
      else if (ch === ',') this.pos += 1;
      else if (isDash(ch) && isLetter(this.peek(1))) {
        this.pos += 1;
        this.readWordChars();
      } else if (ch === '{') {
        this.parseGroup('{', '}');
        return;
      } else if (ch === '\n' && this.nextNonSpaceAfterNewlines() === '{') this.skipAllSpace();
      else return;
    }
  }

  private nextNonSpaceAfterNewlines(): string | undefined {
    for (let i = this.pos; i < this.text.length; i += 1) {
      const ch = this.text[i];
      if (ch !== '\n' && ch !== '\r' && !isInlineSpace(ch)) return ch;
    }
    return undefined;
  }

  private isKeywordBoundary(offset: number): boolean {
    const ch = this.text[offset];
    return ch === undefined || isInlineSpace(ch) || ch === '\n' || ch === '(' || ch === '{' || ch === ';' || ch === '\r';
  }

  private peekWord(): string {
    let end = this.pos;
    while (end < this.text.length && /[\p{L}\p{N}_]/u.test(this.text[end] ?? '')) end += 1;
    return this.text.slice(this.pos, end);
  }

  /** True at a newline, `;`, a closer, a pipe or `&&`/`||`, or the end of text. */
  private atStatementEnd(): boolean {
    const ch = this.peek();
    return (
      ch === undefined ||
      ch === '\n' ||
      ch === '\r' ||
      ch === ';' ||
      ch === ')' ||
      ch === '}' ||
      ch === '#' ||
      ch === '|' ||
      this.startsWith('&&')
    );
  }

  private parsePipeline(): void {
    const elements: PsPipelineElement[] = [];
    const pipeline: PsPipeline = { elements };
    // Register first, so that pipelines nested inside this one come after it in source order.
    this.pipelines.push(pipeline);
    for (;;) {
      this.skipInlineSpace();
      const element = this.parseElement(elements.length === 0);
      if (element !== undefined) elements.push(element);
      this.skipInlineSpace();
      if (this.peek() === '|' && this.peek(1) !== '|') {
        this.pos += 1;
        this.skipAllSpace();
        continue;
      }
      if (this.startsWith('&&') || this.startsWith('||')) {
        // PowerShell 7 chain operators: the next pipeline is a separate statement.
        this.pos += 2;
        this.skipAllSpace();
        this.parsePipeline();
      }
      return;
    }
  }

  private parseElement(isFirst: boolean): PsPipelineElement | undefined {
    const ch = this.peek();
    const line = this.line;
    if (ch === undefined) return undefined;
    if (this.isCommandStart()) return { kind: 'command', command: this.parseCommand() };
    this.parseExpression(isFirst);
    return { kind: 'expression', line };
  }

  /** Does the text at the cursor start a command (rather than an expression)? */
  private isCommandStart(): boolean {
    const ch = this.peek();
    if (ch === '&' && this.peek(1) !== '&') return true;
    if (ch === '.' && (isInlineSpace(this.peek(1)) || this.peek(1) === '\\' || this.peek(1) === '/' || this.peek(1) === '.')) return true;
    if (isLetter(ch) || ch === '\\' || ch === '%' || ch === '?') return true;
    return false;
  }

  // -------------------------------------------------------------------------
  // Commands
  // -------------------------------------------------------------------------

  private parseCommand(): PsCommand {
    const line = this.line;
    let name: string;
    if (this.peek() === '&' || (this.peek() === '.' && isInlineSpace(this.peek(1)))) {
      this.pos += 1;
      this.skipInlineSpace();
      const target = this.parsePrimary(true);
      name = target?.kind === 'literal' ? target.text : '';
    } else {
      name = this.readBareword();
    }
    const args: PsArgument[] = [];
    for (;;) {
      this.skipInlineSpace();
      if (this.atStatementEnd()) break;
      const ch = this.peek();
      const placeholder = ch === '<' ? /^<[^<>\s#][^<>\n]*>/.exec(this.text.slice(this.pos, this.pos + 80))?.[0] : undefined;
      if (placeholder !== undefined) {
        // `<thumbprint>`: a placeholder the reader replaces, not a redirection.
        args.push({ kind: 'value', value: { kind: 'literal', text: placeholder, line: this.line, isQuoted: false } });
        this.pos += placeholder.length;
        continue;
      }
      if (this.isRedirection()) {
        this.skipRedirection();
        continue;
      }
      if (isDash(ch) && isDash(this.peek(1)) && this.peek(2) === '%') {
        this.skipLineComment(); // --% stop-parsing: the rest of the line goes to the native command unparsed
        break;
      }
      if (isDash(ch) && (isLetter(this.peek(1)) || this.peek(1) === '?')) {
        args.push(this.parseParameter());
        continue;
      }
      if (ch === '@' && isLetter(this.peek(1))) {
        const argLine = this.line;
        this.pos += 1;
        args.push({ kind: 'splat', variable: this.readWordChars().toLowerCase(), line: argLine });
        continue;
      }
      const value = this.parseCommandValue();
      if (value === undefined) {
        this.pos += 1;
        continue;
      }
      args.push({ kind: 'value', value });
    }
    return { name, line, args };
  }

  private parseParameter(): PsArgument {
    const line = this.line;
    this.pos += 1;
    let name = '';
    while (this.pos < this.text.length) {
      const ch = this.peek() ?? '';
      if (ch === ':' || WORD_END.includes(ch) || ch === '`' || ch === '\n') break;
      name += ch;
      this.pos += 1;
    }
    let attachedValue: PsValue | undefined;
    if (this.peek() === ':') {
      this.pos += 1;
      attachedValue = this.parseCommandValue();
    }
    return { kind: 'parameter', name, line, attachedValue };
  }

  private isRedirection(): boolean {
    const ch = this.peek();
    if (ch === '>') return true;
    if ((isDigit(ch) || ch === '*') && this.peek(1) === '>') return true;
    return ch === '<' && this.peek(1) !== '#';
  }

  private skipRedirection(): void {
    while ('0123456789*<>'.includes(this.peek() ?? 'x')) this.pos += 1;
    if (this.peek() === '&' && isDigit(this.peek(1))) {
      this.pos += 2;
      return;
    }
    this.skipInlineSpace();
    if (!this.atStatementEnd()) this.parseCommandValue();
  }

  /** A command argument value, with `a, b, c` lists joined into an array. */
  private parseCommandValue(): PsValue | undefined {
    return this.parseValueList(true);
  }

  /** An expression-mode value, with `a, b` lists joined into an array. */
  private parseExpressionValue(): PsValue | undefined {
    return this.parseValueList(false);
  }

  /** One value, or a comma-separated list of them as an array, read in command (argument) or expression mode. */
  private parseValueList(commandMode: boolean): PsValue | undefined {
    const first = this.parsePrimary(commandMode);
    if (first === undefined) return undefined;
    const items: PsValue[] = [first];
    for (;;) {
      const save = this.pos;
      this.skipInlineSpace();
      if (this.peek() !== ',') {
        this.pos = save;
        break;
      }
      this.pos += 1;
      this.skipAllSpace();
      const next = this.parsePrimary(commandMode);
      if (next === undefined) break;
      items.push(next);
    }
    return items.length === 1 ? first : { kind: 'array', items, line: first.line };
  }

  // -------------------------------------------------------------------------
  // Values
  // -------------------------------------------------------------------------

  /** One value: string, variable, number, bareword (command mode), group, block, hashtable, type literal. */
  private parsePrimary(commandMode: boolean): PsValue | undefined {
    const ch = this.peek();
    const line = this.line;
    const start = this.pos;
    let value: PsValue | undefined;
    if (ch === undefined) return undefined;
    if (
      ch === '@' &&
      (SINGLE_QUOTES.includes(this.peek(1) ?? 'x') || DOUBLE_QUOTES.includes(this.peek(1) ?? 'x')) &&
      this.isHereStringStart()
    ) {
      value = this.readHereString(line);
    } else if (SINGLE_QUOTES.includes(ch)) {
      value = { kind: 'literal', text: this.readSingleQuoted(), line, isQuoted: true };
    } else if (DOUBLE_QUOTES.includes(ch)) {
      value = this.readDoubleQuoted(line);
    } else if (ch === '@' && this.peek(1) === '{') {
      value = this.parseHashtable(line);
    } else if (ch === '@' && this.peek(1) === '(') {
      this.pos += 1;
      this.parseGroup('(', ')');
      value = { kind: 'expression', text: this.text.slice(start, this.pos), line };
    } else if (ch === '$' && this.peek(1) === '(') {
      this.pos += 1;
      this.parseGroup('(', ')');
      value = { kind: 'expression', text: this.text.slice(start, this.pos), line };
    } else if (ch === '$') {
      const name = this.readVariable();
      value = { kind: 'variable', name, text: this.text.slice(start, this.pos), line };
    } else if (ch === '(') {
      this.parseGroup('(', ')');
      value = { kind: 'expression', text: this.text.slice(start, this.pos), line };
    } else if (ch === '{') {
      this.parseGroup('{', '}');
      value = { kind: 'scriptblock', text: this.text.slice(start + 1, this.pos - 1), line };
    } else if (ch === '[' && !commandMode) {
      this.readBracketed('[', ']');
      value = { kind: 'expression', text: this.text.slice(start, this.pos), line };
    } else if (commandMode) {
      const word = this.readBareword();
      if (word === '') return undefined;
      value = word.includes('$') ? { kind: 'expandable', text: word, line } : { kind: 'literal', text: word, line, isQuoted: false };
      return value; // a bareword already swallowed any member-like dots
    } else if (isDigit(ch) || (ch === '.' && isDigit(this.peek(1)))) {
      const number = this.readNumber();
      value = { kind: 'literal', text: number, line, isQuoted: false };
    } else {
      return undefined;
    }
    return this.parsePostfix(value, start);
  }

  /** `.Member`, `::Static`, `[index]` and `(args)` directly after a value turn it into an expression. */
  private parsePostfix(value: PsValue, start: number): PsValue {
    let isChanged = false;
    for (;;) {
      const ch = this.peek();
      if ((ch === '.' && (isLetter(this.peek(1)) || this.peek(1) === '$')) || (ch === ':' && this.peek(1) === ':')) {
        this.pos += ch === ':' ? 2 : 1;
        this.readWordChars();
        isChanged = true;
      } else if (ch === '[' && value.kind !== 'literal') {
        this.readBracketed('[', ']');
        isChanged = true;
      } else if (ch === '(' && isChanged) {
        this.parseGroup('(', ')');
      } else if (ch === '@' && this.peek(1) === '{' && value.kind === 'expression' && value.text.startsWith('[')) {
        this.parseHashtable(this.line); // [pscustomobject]@{ ... }
        isChanged = true;
      } else break;
    }
    if (!isChanged) return value;
    return { kind: 'expression', text: this.text.slice(start, this.pos), line: value.line };
  }

  private isHereStringStart(): boolean {
    let i = this.pos + 2;
    while (isInlineSpace(this.text[i])) i += 1;
    return this.text[i] === '\n' || this.text[i] === '\r';
  }

  private readHereString(line: number): PsValue {
    const quote = this.peek(1) ?? "'";
    const isSingle = SINGLE_QUOTES.includes(quote);
    const bodyStart = this.text.indexOf('\n', this.pos) + 1;
    const closer = new RegExp(`\\n[ \\t]*[${isSingle ? SINGLE_QUOTES : DOUBLE_QUOTES}]@`, 'g');
    closer.lastIndex = bodyStart - 1;
    const match = closer.exec(this.text);
    const bodyEnd = match ? match.index : this.text.length;
    this.pos = match ? match.index + match[0].length : this.text.length;
    const text = this.text.slice(bodyStart, bodyEnd);
    if (!isSingle) this.parseSubexpressions(text, bodyStart);
    return !isSingle && text.includes('$') ? { kind: 'expandable', text, line } : { kind: 'literal', text, line, isQuoted: true };
  }

  private readSingleQuoted(): string {
    this.pos += 1;
    let text = '';
    while (this.pos < this.text.length) {
      const ch = this.peek() ?? '';
      if (SINGLE_QUOTES.includes(ch)) {
        if (SINGLE_QUOTES.includes(this.peek(1) ?? 'x')) {
          text += ch;
          this.pos += 2;
          continue;
        }
        this.pos += 1;
        return text;
      }
      text += ch;
      this.pos += 1;
    }
    return text;
  }

  private readDoubleQuoted(line: number): PsValue {
    this.pos += 1;
    let text = '';
    let hasVariable = false;
    while (this.pos < this.text.length) {
      const ch = this.peek() ?? '';
      if (ch === '`') {
        text += this.peek(1) ?? '';
        this.pos += 2;
        continue;
      }
      if (DOUBLE_QUOTES.includes(ch)) {
        if (DOUBLE_QUOTES.includes(this.peek(1) ?? 'x')) {
          text += ch;
          this.pos += 2;
          continue;
        }
        this.pos += 1;
        break;
      }
      if (ch === '$' && this.peek(1) === '(') {
        hasVariable = true;
        const subStart = this.pos;
        this.pos += 1;
        this.parseGroup('(', ')');
        text += this.text.slice(subStart, this.pos);
        continue;
      }
      if (ch === '$' && (isLetter(this.peek(1)) || this.peek(1) === '{' || this.peek(1) === '_')) hasVariable = true;
      text += ch;
      this.pos += 1;
    }
    return hasVariable ? { kind: 'expandable', text, line } : { kind: 'literal', text, line, isQuoted: true };
  }

  /** Finds `$( ... )` inside an expandable here-string and parses the commands in it. */
  private parseSubexpressions(body: string, offset: number): void {
    const save = this.pos;
    let index = body.indexOf('$(');
    while (index >= 0) {
      this.pos = offset + index + 1;
      this.parseGroup('(', ')');
      index = body.indexOf('$(', this.pos - offset);
    }
    this.pos = save;
  }

  private readVariable(): string {
    this.pos += 1; // $
    if (this.peek() === '{') {
      const end = this.text.indexOf('}', this.pos);
      const name = this.text.slice(this.pos + 1, end < 0 ? this.text.length : end);
      this.pos = end < 0 ? this.text.length : end + 1;
      return name.toLowerCase();
    }
    const ch = this.peek();
    if (ch === '_' && !/[\p{L}\p{N}_]/u.test(this.peek(1) ?? '')) {
      this.pos += 1;
      return '_';
    }
    if (ch === '?' || ch === '$' || ch === '^') {
      this.pos += 1;
      return ch;
    }
    let name = this.readWordChars();
    // Scope and drive qualifiers: $env:NAME, $script:x
    if (this.peek() === ':' && isLetter(this.peek(1))) {
      this.pos += 1;
      name += `:${this.readWordChars()}`;
    }
    return name.toLowerCase();
  }

  private readWordChars(): string {
    const start = this.pos;
    while (this.pos < this.text.length && /[\p{L}\p{N}_?]/u.test(this.text[this.pos] ?? '')) this.pos += 1;
    return this.text.slice(start, this.pos);
  }

  private readNumber(): string {
    const start = this.pos;
    if (this.startsWith('0x') || this.startsWith('0X')) {
      this.pos += 2;
      while (/[0-9a-fA-F]/.test(this.peek() ?? '')) this.pos += 1;
    } else {
      while (/[0-9.eE]/.test(this.peek() ?? '')) this.pos += 1;
    }
    while (/[a-zA-Z]/.test(this.peek() ?? '')) this.pos += 1; // kb, mb, gb, l, d suffixes
    return this.text.slice(start, this.pos);
  }

  /** A command-mode bareword: everything up to whitespace or a character with meaning; quotes inside are kept. */
  private readBareword(): string {
    let word = '';
    while (this.pos < this.text.length) {
      const ch = this.peek() ?? '';
      if (WORD_END.includes(ch) && !(ch === '&' && word === '')) {
        // `(` inside a word such as `$(…)` is handled below; a bare `(` ends it.
        break;
      }
      if (ch === '`') {
        if (this.peek(1) === '\n' || isInlineSpace(this.peek(1))) break;
        word += this.peek(1) ?? '';
        this.pos += 2;
        continue;
      }
      if (SINGLE_QUOTES.includes(ch)) {
        word += this.readSingleQuoted();
        continue;
      }
      if (DOUBLE_QUOTES.includes(ch)) {
        const inner = this.readDoubleQuoted(this.line);
        word += inner.kind === 'literal' || inner.kind === 'expandable' ? inner.text : '';
        continue;
      }
      if (ch === '$' && this.peek(1) === '(') {
        const subStart = this.pos;
        this.pos += 1;
        this.parseGroup('(', ')');
        word += this.text.slice(subStart, this.pos);
        continue;
      }
      if (ch === '>' || (ch === '<' && this.peek(1) !== '#')) break;
      word += ch;
      this.pos += 1;
    }
    return word;
  }

  /** Parses `( … )` or `{ … }` as statements, consuming both brackets. */
  private parseGroup(open: string, close: string): void {
    if (this.peek() !== open) return;
    this.pos += 1;
    this.parseStatements(close);
    if (this.peek() === close) this.pos += 1;
    else if (this.peek() !== undefined && this.peek() !== close) {
      // The other closer: tolerate mismatched brackets in a sample rather than stop.
      this.pos += 1;
    }
  }

  private readBracketed(open: string, close: string): void {
    let depth = 0;
    while (this.pos < this.text.length) {
      const ch = this.peek();
      if (ch === open) depth += 1;
      else if (ch === close) {
        depth -= 1;
        if (depth === 0) {
          this.pos += 1;
          return;
        }
      } else if (ch === '\n') return;
      this.pos += 1;
    }
  }

  private parseHashtable(line: number): PsValue {
    this.pos += 2; // @{
    const entries: PsHashtableEntry[] = [];
    for (;;) {
      this.skipStatementSeparators();
      const ch = this.peek();
      if (ch === undefined) break;
      if (ch === '}') {
        this.pos += 1;
        break;
      }
      const keyLine = this.line;
      const key = this.readHashtableKey();
      this.skipInlineSpace();
      if (key === '' || this.peek() !== '=') {
        // Not a key = value pair we understand: skip one character and resynchronise.
        this.pos += 1;
        continue;
      }
      this.pos += 1;
      this.skipAllSpace();
      const valueStart = this.pos;
      const pipelinesBefore = this.pipelines.length;
      this.parseStatement();
      const value = this.simpleValueOf(valueStart, pipelinesBefore, keyLine);
      entries.push({ key, value, line: keyLine });
    }
    return { kind: 'hashtable', entries, line };
  }

  private readHashtableKey(): string {
    const ch = this.peek() ?? '';
    if (SINGLE_QUOTES.includes(ch)) return this.readSingleQuoted();
    if (DOUBLE_QUOTES.includes(ch)) {
      const value = this.readDoubleQuoted(this.line);
      return value.kind === 'literal' ? value.text : '';
    }
    return this.readWordChars();
  }

  /**
   * After parsing a statement from `start`: if it was a single value (not a
   * command, not an operator expression), re-read it as a value; otherwise
   * an expression covering the text.
   */
  private simpleValueOf(start: number, pipelinesBefore: number, line: number): PsValue {
    const end = this.pos;
    const added = this.pipelines[pipelinesBefore];
    const isCommand = added?.elements.some((element) => element.kind === 'command') ?? false;
    if (!isCommand) {
      const save = this.pos;
      const savedPipelines = this.pipelines.length;
      const savedAssignments = this.assignments.length;
      this.pos = start;
      const value = this.parseExpressionValue();
      this.skipInlineSpace();
      const isWhole = this.pos >= end || this.atStatementEnd();
      // Re-reading must not record nested pipelines twice.
      this.pipelines.length = savedPipelines;
      this.assignments.length = savedAssignments;
      this.pos = save;
      if (value !== undefined && isWhole) return value;
    }
    return { kind: 'expression', text: this.text.slice(start, end).trim(), line };
  }

  // -------------------------------------------------------------------------
  // Expressions
  // -------------------------------------------------------------------------

  /**
   * Scans an expression up to the end of the statement or a pipe, parsing the
   * commands inside any groups it contains. An assignment at the start records
   * the variable and parses the right-hand side as a pipeline.
   */
  private parseExpression(isFirst: boolean): void {
    const start = this.pos;
    let primaries = 0;
    let isAfterOperator = false;
    for (;;) {
      this.skipInlineSpace();
      const ch = this.peek();
      if (ch === undefined) return;
      if (ch === '\n' || ch === '\r') {
        if (!isAfterOperator) return;
        this.skipAllSpace();
        continue;
      }
      if (ch === ';' || ch === ')' || ch === '}' || ch === '#' || (ch === '|' && this.peek(1) !== '|')) return;
      if (this.startsWith('&&') || this.startsWith('||')) return;
      if (
        isFirst &&
        primaries === 1 &&
        (ch === '=' || (/[+\-*/%?]/.test(ch) && this.peek(1) === '=') || this.startsWith('??=')) &&
        this.peek(1) !== '='
      ) {
        const variable = /^\$\{?([\p{L}\p{N}_:]+)\}?$/u.exec(this.text.slice(start, this.pos).trim());
        while (this.peek() !== '=') this.pos += 1;
        this.pos += 1;
        this.skipAllSpace();
        this.parseAssignmentValue(variable?.[1]?.toLowerCase());
        return;
      }
      if (isDash(ch) && isLetter(this.peek(1))) {
        this.pos += 1;
        this.readWordChars(); // -eq, -split, -not, -and ...
        isAfterOperator = true;
        continue;
      }
      if (isLetter(ch) && primaries > 0) {
        const word = this.readWordChars(); // `in` of foreach, or a stray word
        if (word.toLowerCase() === 'in') {
          // `foreach ($x in Get-Thing)`: what follows `in` is a pipeline of its own.
          this.skipInlineSpace();
          if (this.isCommandStart()) {
            this.parsePipeline();
            return;
          }
        }
        isAfterOperator = true;
        continue;
      }
      const value = this.parsePrimary(false);
      if (value === undefined) {
        // An operator character: + - * / % ! , . .. = < > etc.
        this.pos += 1;
        isAfterOperator = true;
        continue;
      }
      primaries += 1;
      isAfterOperator = false;
    }
  }

  private parseAssignmentValue(variable: string | undefined): void {
    const line = this.line;
    const start = this.pos;
    const pipelinesBefore = this.pipelines.length;
    this.parseStatement();
    if (variable === undefined) return;
    const value = this.simpleValueOf(start, pipelinesBefore, line);
    const isCommand = this.pipelines[pipelinesBefore]?.elements.some((element) => element.kind === 'command') ?? false;
    this.assignments.push({ variable, value: isCommand ? undefined : value, line });
  }
}
