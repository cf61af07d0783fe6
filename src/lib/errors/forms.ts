/**
 * The numeric forms one Windows error takes. A code's data file stores one
 * number; every other form (hex, HRESULT, the signed decimal an event log
 * prints) is computed here, so no form can disagree with another.
 */

/** Families of codes, by where their numbers come from. */
export type ErrorKind = 'ras' | 'rras' | 'win32' | 'ike' | 'hresult' | 'nps';

/** FACILITY_WIN32, the facility HRESULT_FROM_WIN32 puts Win32 codes under (winerror.h). */
export const FACILITY_WIN32 = 7;

/** `809` → `0x329`: lowercase, no padding. */
export function toHex(value: number): string {
  return `0x${(value >>> 0).toString(16)}`;
}

/** `0x80092013` style: lowercase, eight digits. */
export function toHex32(value: number): string {
  return `0x${(value >>> 0).toString(16).padStart(8, '0')}`;
}

/**
 * HRESULT_FROM_WIN32 as winerror.h defines it: values that are zero or
 * negative pass through; others become 0x8007xxxx.
 */
export function hresultFromWin32(code: number): number {
  if (code <= 0) return code >>> 0;
  return ((code & 0xffff) | (FACILITY_WIN32 << 16) | 0x80000000) >>> 0;
}

/** The two's-complement reading of a 32-bit value: 0x80070329 → -2147024087. */
export function toSigned32(value: number): number {
  return value | 0;
}

/** The canonical id (and URL segment) of a code: `809`, `0x80092013`, `nps-48`. */
export function canonicalErrorId(kind: ErrorKind, value: number): string {
  if (kind === 'nps') return `nps-${value}`;
  if (kind === 'hresult') return toHex32(value);
  return String(value);
}
