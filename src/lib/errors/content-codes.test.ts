/**
 * Checks every page in content/errors/ against the Windows SDK headers
 * (the committed table sdk-codes.tsv), and checks that the lookup finds
 * every page by each form an admin can paste.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { hresultFromWin32, toHex, toHex32, toSigned32, type ErrorKind } from './forms';
import { buildErrorIndex, createErrorLookup, type ErrorIndexSource } from './lookup-index';
import { parseErrorInput } from './parse-error-input';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const ERRORS_DIR = join(ROOT, 'content', 'errors');

interface SdkRow {
  readonly symbol: string;
  /** Win32 value, or the HRESULT as a signed 32-bit integer. */
  readonly decimal: number;
  readonly hex: string;
}

/** Codes documented here whose symbol and number are not in the SDK tables, and why. */
const EXEMPT: Readonly<Record<string, string>> = {
  '64': 'ERROR_NETNAME_DELETED is a general winerror.h code outside the ranges the SDK tables hold (IPsec 13800+ and certificate HRESULTs).',
};

/** NPS reason codes are Network Policy Server numbers, not SDK header constants. */
function isExemptKind(kind: ErrorKind): boolean {
  return kind === 'nps';
}

function readSdkTable(): Map<string, SdkRow> {
  const text = readFileSync(join(import.meta.dirname, 'sdk-codes.tsv'), 'utf8');
  const rows = new Map<string, SdkRow>();
  const lines = text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
  for (const line of lines.slice(1)) {
    const [symbol = '', decimal = '', hex = ''] = line.split('\t');
    rows.set(symbol, { symbol, decimal: Number(decimal), hex: hex.toLowerCase() });
  }
  return rows;
}

interface CodePage {
  readonly file: string;
  readonly id: string;
  readonly kind: ErrorKind;
  readonly value: number;
  readonly symbol: string | undefined;
  readonly summary: string;
}

function readFrontmatter(file: string): Record<string, unknown> {
  const text = readFileSync(join(ERRORS_DIR, file), 'utf8');
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!match?.[1]) throw new Error(`content/errors/${file} has no frontmatter.`);
  return parse(match[1]) as Record<string, unknown>;
}

function readCodePages(): CodePage[] {
  return readdirSync(ERRORS_DIR)
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => {
      const data = readFrontmatter(file);
      const kind = data['kind'] as ErrorKind;
      const value =
        kind === 'hresult' ? Number.parseInt(String(data['hresult']), 16) : Number(kind === 'nps' ? data['reasonCode'] : data['decimal']);
      const symbol = typeof data['symbol'] === 'string' ? data['symbol'] : undefined;
      return { file, id: file.replace(/\.mdx?$/, ''), kind, value, symbol, summary: String(data['summary']) };
    });
}

const SDK = readSdkTable();
const PAGES = readCodePages();
const CHECKED = PAGES.filter((page) => !isExemptKind(page.kind) && !(page.id in EXEMPT));

describe('the SDK table', () => {
  it('holds the RAS, RRAS, IPsec and certificate codes', () => {
    expect(SDK.get('ERROR_VPN_TIMEOUT')).toEqual({ symbol: 'ERROR_VPN_TIMEOUT', decimal: 809, hex: '0x329' });
    expect(SDK.get('ERROR_ROUTER_STOPPED')?.decimal).toBe(900);
    expect(SDK.get('ERROR_IPSEC_IKE_POLICY_MATCH')?.decimal).toBe(13868);
    expect(SDK.get('CRYPT_E_REVOCATION_OFFLINE')?.hex).toBe('0x80092013');
  });
});

describe('every code page', () => {
  it('is checked against the SDK table unless it is an NPS reason code or listed as exempt', () => {
    expect(CHECKED.length).toBeGreaterThan(60);
    for (const id of Object.keys(EXEMPT)) expect(PAGES.map((page) => page.id)).toContain(id);
  });

  it.each(CHECKED.map((page) => [page.file, page] as const))('%s carries the symbol and number the SDK header defines', (_file, page) => {
    const row = page.symbol === undefined ? undefined : SDK.get(page.symbol);
    expect(row, `${page.symbol ?? '(no symbol)'} is not in sdk-codes.tsv`).toBeDefined();
    if (page.kind === 'hresult') {
      expect(toHex32(page.value)).toBe(row?.hex);
      expect(toSigned32(page.value)).toBe(row?.decimal);
    } else {
      expect(page.value).toBe(row?.decimal);
      expect(toHex(page.value)).toBe(row?.hex);
    }
  });
});

describe('the lookup over every code page', () => {
  const sources: ErrorIndexSource[] = PAGES.map((page) => ({
    kind: page.kind,
    value: page.value,
    symbol: page.symbol,
    summary: page.summary,
  }));
  const lookup = createErrorLookup(buildErrorIndex(sources, []));

  function foundIds(input: string): string[] {
    return parseErrorInput(input, lookup).results.map((result) => result.id);
  }

  function spellings(page: CodePage): string[] {
    if (page.kind === 'nps') return [];
    if (page.kind === 'hresult') return [toHex32(page.value), String(toSigned32(page.value)), page.symbol ?? ''];
    const hresult = hresultFromWin32(page.value);
    return [String(page.value), toHex(page.value), toHex32(hresult), String(toSigned32(hresult)), page.symbol ?? ''];
  }

  const cases = PAGES.flatMap((page) => spellings(page).map((input) => [input, page.id] as const));

  it.each(cases)('finds %s as the page for %s', (input, id) => {
    expect(foundIds(input)).toContain(id);
  });
});
