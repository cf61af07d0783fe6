/**
 * Turns whatever an admin has in hand into the codes it contains: a number
 * (809, 0x329, 0x80070329, -2147024087), a symbol or part of one
 * (ERROR_VPN_TIMEOUT, vpn_timeout), or pasted text such as a RasClient 20227
 * message, rasdial output or an NPS 6273 event ("Reason Code: 48").
 *
 * Two steps, both pure and total (any string in, a result out, never a throw):
 *  1. `findCodeCandidates` reads the text and lists what looks like a code,
 *     using the words around each number to tell codes from noise.
 *  2. `parseErrorInput` matches the candidates against the lookup index and
 *     returns one result per code, in the order they first appear.
 */
import { decodeHresult, type HresultDecoding } from './decode-hresult';
import { describeForms, toHex, toUnsigned32, type ErrorForm } from './forms';
import type { ErrorIndexEntry, ErrorLookup, EventIndexEntry } from './lookup-index';

/** Longer input is cut here (a whole exported event log is not a lookup). */
export const MAX_INPUT_LENGTH = 100_000;
/** At most this many code cards are returned. */
export const MAX_RESULTS = 40;
/** At most this many codes are listed for one partial symbol. */
export const MAX_SYMBOL_MATCHES = 12;
/** Partial symbols shorter than this match too much to be useful. */
export const MIN_FRAGMENT_LENGTH = 3;

// ---------------------------------------------------------------------------
// Step 1: candidates
// ---------------------------------------------------------------------------

/** How a number was written. */
export type NumberNotation = 'decimal' | 'negative' | 'hex' | 'bare-hex';

/**
 * How sure the scanner is that a number is a code: `explicit` (typed on its
 * own, or introduced by "error", "code", "failure is"…) or `weak` (a number in
 * a short phrase with no such word; kept only if it matches a documented code).
 */
export type Confidence = 'explicit' | 'weak';

export type CodeCandidate =
  | {
      readonly type: 'number';
      /** The value as written (negative for `-2147024087`). */
      readonly value: number;
      readonly notation: NumberNotation;
      readonly confidence: Confidence;
      readonly raw: string;
      readonly offset: number;
    }
  | { readonly type: 'reason-code'; readonly value: number; readonly raw: string; readonly offset: number }
  | {
      readonly type: 'symbol';
      /** Upper case. */
      readonly symbol: string;
      /** True when a part of a symbol may match (typed input); false for symbols found in pasted text. */
      readonly isFragment: boolean;
      readonly raw: string;
      readonly offset: number;
    }
  | { readonly type: 'event'; readonly eventId: number; readonly raw: string; readonly offset: number };

/**
 * `list`: only codes, separated by spaces or punctuation (`809, 0x80092013`).
 * `words`: a few words without numbers, read as a partial symbol (`vpn timeout`).
 * `text`: anything else, read as pasted text.
 */
export type InputMode = 'empty' | 'list' | 'words' | 'text';

export interface CandidateScan {
  readonly mode: InputMode;
  readonly candidates: readonly CodeCandidate[];
  /** Numbers too large to be 32-bit codes, as written. */
  readonly outOfRange: readonly string[];
  /** Whether the input was longer than MAX_INPUT_LENGTH and was cut. */
  readonly isTruncated: boolean;
}

type TokenShape = 'decimal' | 'hex' | 'bare-hex' | 'symbol' | 'word';

interface Token {
  readonly text: string;
  readonly offset: number;
  readonly shape: TokenShape;
}

const TOKEN_PATTERN = /[A-Za-z0-9_]+/g;
/** `0x329`, also with the `L` suffix C headers write (`0x80070329L`). */
const HEX_PREFIXED = /^0x([0-9a-f]+)l?$/i;
const DECIMAL = /^\d+$/;
/** Eight hex digits without 0x that start like a failure HRESULT: 80070329, 8007026f, C0000022. */
const BARE_HRESULT = /^[89abcdef][0-9a-f]{7}$/i;
const SYMBOL = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/i;
/** Decimal and hex digits that would not fit 32 bits are ignored rather than read wrongly. */
const MAX_DECIMAL_DIGITS = 10;
const MAX_HEX_DIGITS = 8;

function isAlphanumeric(character: string | undefined): boolean {
  return character !== undefined && /[A-Za-z0-9]/.test(character);
}

function isDigit(character: string | undefined): boolean {
  return character !== undefined && character >= '0' && character <= '9';
}

function classifyToken(text: string): TokenShape {
  if (HEX_PREFIXED.test(text)) return 'hex';
  if (BARE_HRESULT.test(text) && (/[a-f]/i.test(text) || text.startsWith('80'))) return 'bare-hex';
  if (DECIMAL.test(text)) return 'decimal';
  if (SYMBOL.test(text)) return 'symbol';
  return 'word';
}

function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    tokens.push({ text: match[0], offset: match.index, shape: classifyToken(match[0]) });
  }
  return tokens;
}

/** A number glued to a dotted, timed or dated neighbour (10.0.0.1, 10:22:33, 12/01/2024) is not a code. */
function isPartOfCompound(text: string, token: Token): boolean {
  const before = text[token.offset - 1];
  const beforeThat = text[token.offset - 2];
  const end = token.offset + token.text.length;
  const after = text[end];
  const afterThat = text[end + 1];
  const joiners = '.:/,';
  if (before !== undefined && joiners.includes(before) && isDigit(beforeThat)) return true;
  if (after !== undefined && joiners.includes(after) && isDigit(afterThat)) return true;
  return false;
}

/** A hex group inside a GUID ({80070329-…}) is not a code. */
function isGuidPart(text: string, token: Token): boolean {
  const before = text[token.offset - 1];
  const after = text[token.offset + token.text.length];
  return before === '{' || before === '-' || after === '-';
}

/** `-2147024087`: a minus sign that starts a number rather than joining two words (`nps-48`, `S-1-5`). */
function isNegated(text: string, token: Token): boolean {
  return text[token.offset - 1] === '-' && !isAlphanumeric(text[token.offset - 2]) && text[token.offset - 2] !== '-';
}

/** The text on the same line just before a token, without trailing separators: "Reason Code" for "Reason Code:  48". */
function leadingWords(text: string, offset: number): string {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1) + 1, offset - 60);
  return text
    .slice(lineStart, offset)
    .replace(/[\s:=#([\-–—>"']+$/u, '')
    .toLowerCase();
}

const REASON_CODE_LEAD = /(?:\breason[\s_-]*code|\bnps(?:[\s_-]*reason)?(?:[\s_-]*code)?)$/;
const EVENT_LEAD = /\bevent[\s_-]*(?:id)?$/;
const ERROR_LEAD = /(?:\b(?:error|err|errorcode|code|status|hresult|hr|result)|\b(?:error|code)\b[^\n.]{0,40}\b(?:is|was|of|returned))$/;

function parseNumberToken(token: Token, negated: boolean): { value: number; notation: NumberNotation } | undefined {
  if (token.shape === 'hex') {
    const digits = token.text.slice(2).replace(/l$/i, '');
    if (digits.length > MAX_HEX_DIGITS) return undefined;
    return { value: Number.parseInt(digits, 16), notation: 'hex' };
  }
  if (token.shape === 'bare-hex') return { value: Number.parseInt(token.text, 16), notation: 'bare-hex' };
  if (token.text.length > MAX_DECIMAL_DIGITS) return undefined;
  const value = Number(token.text);
  return negated ? { value: -value, notation: 'negative' } : { value, notation: 'decimal' };
}

/** Numbers that only an HRESULT looks like, so they count even without a word before them. */
function looksLikeHresult(value: number, notation: NumberNotation): boolean {
  if (notation === 'bare-hex') return true;
  if (notation === 'hex') return value >= 0x80000000;
  if (notation === 'negative') return value < -0xffff;
  return false;
}

function isCodeShaped(token: Token): boolean {
  return token.shape !== 'word';
}

function chooseMode(text: string, tokens: readonly Token[]): InputMode {
  if (tokens.length === 0) return text.trim() === '' ? 'empty' : 'text';
  if (tokens.every(isCodeShaped)) return 'list';
  const hasNumber = tokens.some((token) => token.shape === 'decimal' || token.shape === 'hex' || token.shape === 'bare-hex');
  if (!hasNumber && tokens.length <= 6 && !text.trim().includes('\n')) return 'words';
  return 'text';
}

/** Short single-line phrases ("809 error", "vpn 13801") count every number that matches a documented code. */
function isShortPhrase(text: string, tokens: readonly Token[]): boolean {
  return tokens.length <= 12 && !text.trim().includes('\n');
}

/** Step 1: every code-like piece of the input, in order. Never throws. */
export function findCodeCandidates(input: string): CandidateScan {
  const isTruncated = input.length > MAX_INPUT_LENGTH;
  const text = isTruncated ? input.slice(0, MAX_INPUT_LENGTH) : input;
  const tokens = tokenise(text);
  const mode = chooseMode(text, tokens);
  const candidates: CodeCandidate[] = [];
  const outOfRange: string[] = [];
  if (mode === 'empty') return { mode, candidates, outOfRange, isTruncated };

  if (mode === 'words') {
    const fragment = tokens.map((token) => token.text.toUpperCase()).join('_');
    const first = tokens[0];
    if (first) candidates.push({ type: 'symbol', symbol: fragment, isFragment: true, raw: text.trim(), offset: first.offset });
    return { mode, candidates, outOfRange, isTruncated };
  }

  const isShort = isShortPhrase(text, tokens);
  for (const token of tokens) {
    if (token.shape === 'word') continue;
    if (token.shape === 'symbol') {
      candidates.push({
        type: 'symbol',
        symbol: token.text.toUpperCase(),
        isFragment: mode === 'list',
        raw: token.text,
        offset: token.offset,
      });
      continue;
    }
    // A minus sign makes digits a negative decimal, even eight of them starting 80 (-80999999 is not hex).
    const negated = DECIMAL.test(token.text) && isNegated(text, token);
    const number: Token = negated ? { ...token, shape: 'decimal' } : token;
    if (number.shape === 'bare-hex' && isGuidPart(text, number)) continue;
    if (mode === 'text' && isPartOfCompound(text, number)) continue;

    const parsed = parseNumberToken(number, negated);
    const raw = negated ? `-${token.text}` : token.text;
    const start = negated ? token.offset - 1 : token.offset;
    const lead = mode === 'text' ? leadingWords(text, start) : '';
    if (!parsed || toUnsigned32(parsed.value) === undefined) {
      // In pasted text, long numbers are usually record IDs or keyword masks; report them only when asked about.
      if (mode === 'list' || ERROR_LEAD.test(lead)) outOfRange.push(raw);
      continue;
    }

    if (mode === 'list') {
      candidates.push({ type: 'number', value: parsed.value, notation: parsed.notation, confidence: 'explicit', raw, offset: start });
      continue;
    }

    if (parsed.notation === 'decimal' && REASON_CODE_LEAD.test(lead)) {
      candidates.push({ type: 'reason-code', value: parsed.value, raw, offset: start });
    } else if (parsed.notation === 'decimal' && EVENT_LEAD.test(lead)) {
      candidates.push({ type: 'event', eventId: parsed.value, raw, offset: start });
    } else if (ERROR_LEAD.test(lead) || looksLikeHresult(parsed.value, parsed.notation)) {
      candidates.push({ type: 'number', value: parsed.value, notation: parsed.notation, confidence: 'explicit', raw, offset: start });
    } else if (isShort) {
      candidates.push({ type: 'number', value: parsed.value, notation: parsed.notation, confidence: 'weak', raw, offset: start });
    }
  }
  return { mode, candidates, outOfRange, isTruncated };
}

// ---------------------------------------------------------------------------
// Step 2: results
// ---------------------------------------------------------------------------

/** A code we have a page for. */
export interface KnownCodeResult {
  readonly type: 'known';
  /** Canonical id; the card's `data-code`. */
  readonly id: string;
  readonly entry: ErrorIndexEntry;
  /** The input as the admin wrote it, each distinct spelling once. */
  readonly foundAs: readonly string[];
  /** The HRESULT taken apart, when the code was found as an HRESULT. */
  readonly decoded?: HresultDecoding;
}

/** An HRESULT we have no page for, taken apart. */
export interface DecodedResult {
  readonly type: 'decoded';
  /** The Win32 code for FACILITY_WIN32 failures (route convention), otherwise `0x` + eight hex digits. */
  readonly id: string;
  readonly decoded: HresultDecoding;
  readonly foundAs: readonly string[];
}

/** A Win32-sized number or an NPS reason code we have no page for. */
export interface UnknownCodeResult {
  readonly type: 'unknown';
  /** `1234` or `nps-300`. */
  readonly id: string;
  readonly family: 'win32' | 'nps';
  readonly value: number;
  /** Its other forms, so the admin can search elsewhere. */
  readonly forms: readonly ErrorForm[];
  readonly foundAs: readonly string[];
}

export type LookupResult = KnownCodeResult | DecodedResult | UnknownCodeResult;

export type LookupStatus = 'empty' | 'found' | 'nothing';

export interface ErrorLookupOutcome {
  readonly status: LookupStatus;
  readonly mode: InputMode;
  /** One per code, in the order the codes first appear in the input. */
  readonly results: readonly LookupResult[];
  /** Events the input names ("Event ID: 6273") that have a page. */
  readonly events: readonly EventIndexEntry[];
  /** Things worth saying besides the cards: unknown symbols, success codes, cut input. */
  readonly notes: readonly string[];
  /** One sentence for the live region: what was found, or what we expected. */
  readonly message: string;
}

const SYMBOL_PREFIXES_WORTH_REPORTING = /^(?:ERROR_|CERT_E_|CRYPT_E_|SEC_E_|TRUST_E_|IAS_|E_|RPC_S_|WSAE|EAP_E_|FWP_E_|NTE_)/;

export const EXPECTED_INPUT =
  'Try a decimal code (809), hex (0x329), an HRESULT (0x80070329), a negative decimal (-2147024087), a symbol or part of one (ERROR_VPN_TIMEOUT, vpn_timeout), or paste the whole event or rasdial message.';

function excerpt(text: string): string {
  const oneLine = text.trim().replace(/\s+/g, ' ');
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine;
}

class ResultCollector {
  private readonly byId = new Map<string, LookupResult>();
  private readonly eventIds = new Map<string, EventIndexEntry>();
  readonly notes: string[] = [];
  private noteSet = new Set<string>();

  constructor(private readonly lookup: ErrorLookup) {}

  get results(): LookupResult[] {
    return [...this.byId.values()].slice(0, MAX_RESULTS);
  }

  get size(): number {
    return this.byId.size;
  }

  get events(): EventIndexEntry[] {
    return [...this.eventIds.values()];
  }

  note(message: string): void {
    if (this.noteSet.has(message)) return;
    this.noteSet.add(message);
    this.notes.push(message);
  }

  private add(result: LookupResult, raw: string): void {
    const existing = this.byId.get(result.id);
    if (!existing) {
      this.byId.set(result.id, result);
      return;
    }
    if (existing.foundAs.includes(raw)) return;
    const foundAs = [...existing.foundAs, raw];
    // Keep the first result's shape; add the decoding if a later spelling was an HRESULT.
    if (existing.type === 'known' && !existing.decoded && result.type === 'known' && result.decoded) {
      this.byId.set(existing.id, { ...existing, foundAs, decoded: result.decoded });
    } else {
      this.byId.set(existing.id, { ...existing, foundAs });
    }
  }

  addKnown(entry: ErrorIndexEntry, raw: string, decoded?: HresultDecoding): void {
    this.add(
      decoded ? { type: 'known', id: entry.id, entry, foundAs: [raw], decoded } : { type: 'known', id: entry.id, entry, foundAs: [raw] },
      raw,
    );
  }

  addEvent(event: EventIndexEntry): void {
    this.eventIds.set(event.id, event);
  }

  addUnknownWin32(code: number, raw: string): void {
    const forms = describeForms('win32', code);
    this.add({ type: 'unknown', id: String(code), family: 'win32', value: code, forms, foundAs: [raw] }, raw);
  }

  addUnknownNps(reasonCode: number, raw: string): void {
    this.add(
      {
        type: 'unknown',
        id: `nps-${reasonCode}`,
        family: 'nps',
        value: reasonCode,
        forms: describeForms('nps', reasonCode),
        foundAs: [raw],
      },
      raw,
    );
  }

  addDecoded(decoded: HresultDecoding, raw: string): void {
    const id = decoded.win32Code === undefined ? decoded.hex : String(decoded.win32Code);
    this.add({ type: 'decoded', id, decoded, foundAs: [raw] }, raw);
  }

  /** A number read as a Win32/RAS/IKE code or an HRESULT. */
  addNumber(value: number, raw: string, options: { allowNps: boolean; isWeak: boolean }): void {
    const unsigned = toUnsigned32(value);
    if (unsigned === undefined) return;
    if (unsigned === 0) {
      this.note(`${raw} means success (ERROR_SUCCESS): there is no error to look up.`);
      return;
    }
    if (value >= 0 && unsigned <= 0xffff) {
      const entry = this.lookup.findWin32(unsigned);
      const npsEntry = options.allowNps ? this.lookup.findNps(unsigned) : undefined;
      if (entry) this.addKnown(entry, raw);
      if (npsEntry) this.addKnown(npsEntry, raw);
      if (entry || npsEntry || options.isWeak) return;
      const events = options.allowNps ? this.lookup.findEvents(unsigned) : [];
      if (events.length > 0) {
        for (const event of events) this.addEvent(event);
        return;
      }
      this.addUnknownWin32(unsigned, raw);
      return;
    }
    this.addHresult(unsigned, raw, options.isWeak);
  }

  private addHresult(value: number, raw: string, isWeak: boolean): void {
    const decoded = decodeHresult(value);
    if (!decoded) return;
    const exact = this.lookup.findHresult(value);
    if (exact) {
      this.addKnown(exact, raw, decoded);
      return;
    }
    if (decoded.win32Code !== undefined) {
      const entry = this.lookup.findWin32(decoded.win32Code);
      if (entry) {
        this.addKnown(entry, raw, decoded);
        return;
      }
    }
    if (!isWeak) this.addDecoded(decoded, raw);
  }

  addReasonCode(reasonCode: number, raw: string): void {
    const entry = this.lookup.findNps(reasonCode);
    if (entry) this.addKnown(entry, raw);
    else this.addUnknownNps(reasonCode, raw);
  }

  addSymbol(symbol: string, raw: string, isFragment: boolean): void {
    const exact = this.lookup.findSymbol(symbol);
    if (exact) {
      this.addKnown(exact, raw);
      return;
    }
    if (!isFragment) {
      if (SYMBOL_PREFIXES_WORTH_REPORTING.test(symbol)) this.note(`${symbol} is not one of the codes this guide documents.`);
      return;
    }
    const fragment = symbol.replace(/^_+|_+$/g, '');
    if (fragment.length < MIN_FRAGMENT_LENGTH) {
      this.note(`"${raw}" is too short to match part of a symbol; type at least ${MIN_FRAGMENT_LENGTH} characters.`);
      return;
    }
    const matches = this.lookup.searchSymbols(fragment);
    if (matches.length === 0) {
      this.note(`No code in this guide has a symbol containing ${fragment}.`);
      return;
    }
    for (const entry of matches.slice(0, MAX_SYMBOL_MATCHES)) this.addKnown(entry, raw);
    if (matches.length > MAX_SYMBOL_MATCHES) {
      this.note(
        `${matches.length} symbols contain ${fragment}; the first ${MAX_SYMBOL_MATCHES} are shown. Type more of the name to narrow them down.`,
      );
    }
  }
}

function describeCount(results: number, events: number): string {
  const codes = results === 1 ? '1 code found' : `${results} codes found`;
  if (events === 0) return `${codes}.`;
  return `${codes}, and ${events === 1 ? '1 event' : `${events} events`} named in the text.`;
}

/** Step 2: the codes in any input, matched against the index. Never throws. */
export function parseErrorInput(input: string, lookup: ErrorLookup): ErrorLookupOutcome {
  const scan = findCodeCandidates(input);
  if (scan.mode === 'empty') {
    return {
      status: 'empty',
      mode: scan.mode,
      results: [],
      events: [],
      notes: [],
      message: 'Type or paste an error code, a symbol or an event message.',
    };
  }
  const collector = new ResultCollector(lookup);
  const allowNps = scan.mode === 'list' || scan.mode === 'text';
  for (const candidate of scan.candidates) {
    switch (candidate.type) {
      case 'number':
        collector.addNumber(candidate.value, candidate.raw, {
          allowNps: allowNps && candidate.notation === 'decimal' && (scan.mode === 'list' || candidate.confidence === 'weak'),
          isWeak: candidate.confidence === 'weak',
        });
        break;
      case 'reason-code':
        collector.addReasonCode(candidate.value, candidate.raw);
        break;
      case 'symbol':
        collector.addSymbol(candidate.symbol, candidate.raw, candidate.isFragment);
        break;
      case 'event':
        for (const event of lookup.findEvents(candidate.eventId)) collector.addEvent(event);
        break;
    }
  }
  for (const raw of scan.outOfRange) collector.note(`${raw} is too large to be a Windows error code (codes fit in 32 bits).`);
  if (collector.size > MAX_RESULTS) collector.note(`The input holds ${collector.size} codes; the first ${MAX_RESULTS} are shown.`);
  if (scan.isTruncated) collector.note(`Only the first ${MAX_INPUT_LENGTH.toLocaleString('en')} characters were read.`);

  const results = collector.results;
  const events = collector.events;
  if (results.length === 0 && events.length === 0) {
    return {
      status: 'nothing',
      mode: scan.mode,
      results,
      events,
      notes: collector.notes,
      message: `No error code found in “${excerpt(input)}”. ${EXPECTED_INPUT}`,
    };
  }
  return {
    status: 'found',
    mode: scan.mode,
    results,
    events,
    notes: collector.notes,
    message: describeCount(results.length, events.length),
  };
}

/** The forms to show on a card for a decoded HRESULT without a page. */
export function describeDecodedForms(decoded: HresultDecoding): ErrorForm[] {
  const forms: ErrorForm[] = [
    { label: 'HRESULT', value: decoded.hex },
    { label: 'Signed decimal', value: String(decoded.signed) },
  ];
  if (decoded.win32Code !== undefined) {
    forms.push({ label: 'Win32 code', value: `${decoded.win32Code} (${toHex(decoded.win32Code)})` });
  }
  return forms;
}
