/**
 * The lookup index: a plain, serialisable view of every documented code and
 * event (ids, every form, symbol, summary, kind), built once at build time
 * and handed to the lookup island as props. `createErrorLookup` turns it
 * into maps for fast matching in the browser.
 */
import { canonicalErrorId, describeForms, type ErrorForm, type ErrorKind } from './forms';
import { ERROR_KINDS, labelErrorKind } from './kinds';

/** What the index needs from one code's data file. */
export interface ErrorIndexSource {
  readonly kind: ErrorKind;
  /** The stored number: the decimal code, the HRESULT (unsigned) or the NPS reason code. */
  readonly value: number;
  readonly symbol?: string | undefined;
  /** The Windows message in our words. */
  readonly summary: string;
}

/** What the index needs from one event's data file. */
export interface EventIndexSource {
  /** Source family as the schema names it ("RasClient", "NPS"). */
  readonly source: string;
  readonly eventId: number;
  readonly title: string;
  readonly description: string;
}

export interface ErrorIndexEntry {
  /** Canonical id and URL segment: `809`, `0x80092013`, `nps-48`. */
  readonly id: string;
  readonly kind: ErrorKind;
  readonly kindLabel: string;
  /** The stored number (see ErrorIndexSource.value). */
  readonly value: number;
  readonly symbol?: string;
  /** "Error 809" / "NPS reason code 48". */
  readonly shortTitle: string;
  /** "Error 809 — ERROR_VPN_TIMEOUT" */
  readonly title: string;
  readonly summary: string;
  /** Site-relative path without the base: `/errors/809/`. */
  readonly path: string;
  /** Every numeric form, in display order. */
  readonly forms: readonly ErrorForm[];
}

export interface EventIndexEntry {
  /** `rasclient-20227` */
  readonly id: string;
  readonly source: string;
  readonly eventId: number;
  readonly title: string;
  readonly description: string;
  /** `/events/rasclient-20227/` */
  readonly path: string;
}

export interface ErrorIndex {
  readonly errors: readonly ErrorIndexEntry[];
  readonly events: readonly EventIndexEntry[];
}

/** `/errors/809/` */
export function errorPath(id: string): string {
  return `/errors/${id}/`;
}

/** `/events/rasclient-20227/` */
export function eventPath(id: string): string {
  return `/events/${id}/`;
}

/** `rasclient-20227` */
export function eventIdOf(source: string, eventId: number): string {
  return `${source.toLowerCase()}-${eventId}`;
}

/** "Error 809", "Error 0x80092013", "NPS reason code 48". */
export function shortErrorTitle(kind: ErrorKind, value: number): string {
  if (kind === 'nps') return `NPS reason code ${value}`;
  return `Error ${canonicalErrorId(kind, value)}`;
}

/** "Error 809 — ERROR_VPN_TIMEOUT": the page title and the card heading. */
export function errorTitle(kind: ErrorKind, value: number, symbol: string | undefined): string {
  const short = shortErrorTitle(kind, value);
  return symbol ? `${short} — ${symbol}` : short;
}

/** One index entry for one code. */
export function buildErrorIndexEntry(source: ErrorIndexSource): ErrorIndexEntry {
  const id = canonicalErrorId(source.kind, source.value);
  return {
    id,
    kind: source.kind,
    kindLabel: labelErrorKind(source.kind),
    value: source.kind === 'hresult' ? source.value >>> 0 : source.value,
    ...(source.symbol ? { symbol: source.symbol } : {}),
    shortTitle: shortErrorTitle(source.kind, source.value),
    title: errorTitle(source.kind, source.value, source.symbol),
    summary: source.summary,
    path: errorPath(id),
    forms: describeForms(source.kind, source.value),
  };
}

/** One index entry for one event. */
export function buildEventIndexEntry(source: EventIndexSource): EventIndexEntry {
  const id = eventIdOf(source.source, source.eventId);
  return { id, source: source.source, eventId: source.eventId, title: source.title, description: source.description, path: eventPath(id) };
}

const KIND_ORDER = new Map(ERROR_KINDS.map((info, position) => [info.kind, position]));

function compareErrors(a: ErrorIndexEntry, b: ErrorIndexEntry): number {
  return (KIND_ORDER.get(a.kind) ?? 99) - (KIND_ORDER.get(b.kind) ?? 99) || a.value - b.value;
}

/** The whole index, codes ordered by family then number, events by source then ID. */
export function buildErrorIndex(errors: readonly ErrorIndexSource[], events: readonly EventIndexSource[]): ErrorIndex {
  return {
    errors: errors.map(buildErrorIndexEntry).sort(compareErrors),
    events: events.map(buildEventIndexEntry).sort((a, b) => a.source.localeCompare(b.source) || a.eventId - b.eventId),
  };
}

/** Family prefixes of symbols, dropped for the short form people also type (`VPN_TIMEOUT`). */
const SYMBOL_FAMILY_PREFIX = /^(?:ERROR_|CERT_E_|CRYPT_E_|SEC_E_|TRUST_E_|IAS_)/;

/**
 * Every form of a code in one string, for the page's search metadata:
 * `809 0x329 0x80070329 -2147024087 ERROR_VPN_TIMEOUT VPN_TIMEOUT`. The
 * symbol without its family prefix lets a search for `vpn_timeout` find the
 * page (Pagefind matches the start of a word).
 */
export function listSearchForms(entry: ErrorIndexEntry): string {
  const symbols = entry.symbol ? [entry.symbol, entry.symbol.replace(SYMBOL_FAMILY_PREFIX, '')] : [];
  const values = [entry.id, ...entry.forms.map((form) => form.value), ...symbols.filter((symbol) => symbol !== '')];
  return [...new Set(values)].join(' ');
}

/** Maps over the index for matching typed or pasted codes. */
export interface ErrorLookup {
  readonly index: ErrorIndex;
  /** Decimal-numbered codes (RAS, RRAS, Win32, IKE) by number. */
  findWin32(code: number): ErrorIndexEntry | undefined;
  /** HRESULT-only codes by unsigned value. */
  findHresult(value: number): ErrorIndexEntry | undefined;
  findNps(reasonCode: number): ErrorIndexEntry | undefined;
  /** Exact symbol, any case. */
  findSymbol(symbol: string): ErrorIndexEntry | undefined;
  /** Codes whose symbol contains the fragment (any case), in index order. */
  searchSymbols(fragment: string): ErrorIndexEntry[];
  /** Events with this numeric ID. */
  findEvents(eventId: number): EventIndexEntry[];
}

export function createErrorLookup(index: ErrorIndex): ErrorLookup {
  const win32 = new Map<number, ErrorIndexEntry>();
  const hresult = new Map<number, ErrorIndexEntry>();
  const nps = new Map<number, ErrorIndexEntry>();
  const symbols = new Map<string, ErrorIndexEntry>();
  for (const entry of index.errors) {
    if (entry.kind === 'nps') nps.set(entry.value, entry);
    else if (entry.kind === 'hresult') hresult.set(entry.value >>> 0, entry);
    else win32.set(entry.value, entry);
    if (entry.symbol) symbols.set(entry.symbol.toUpperCase(), entry);
  }
  const events = new Map<number, EventIndexEntry[]>();
  for (const event of index.events) events.set(event.eventId, [...(events.get(event.eventId) ?? []), event]);

  return {
    index,
    findWin32: (code) => win32.get(code),
    findHresult: (value) => hresult.get(value >>> 0),
    findNps: (reasonCode) => nps.get(reasonCode),
    findSymbol: (symbol) => symbols.get(symbol.toUpperCase()),
    searchSymbols: (fragment) => {
      const needle = fragment.toUpperCase();
      if (needle.length === 0) return [];
      return index.errors.filter((entry) => entry.symbol?.toUpperCase().includes(needle));
    },
    findEvents: (eventId) => events.get(eventId) ?? [],
  };
}
