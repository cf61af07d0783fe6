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

/** The largest value a 32-bit code can take. */
const UINT32_MAX = 0xffffffff;

/**
 * Reads any integer an admin can meet as a 32-bit code: an unsigned value
 * (2147943209), or the negative reading an event log prints (-2147024087).
 * Returns the unsigned value, or undefined when the number is not an integer
 * or does not fit 32 bits.
 */
export function toUnsigned32(value: number): number | undefined {
  if (!Number.isSafeInteger(value)) return undefined;
  if (value < -0x80000000 || value > UINT32_MAX) return undefined;
  return value >>> 0;
}

/**
 * The inverse of HRESULT_FROM_WIN32 for failure HRESULTs of facility Win32
 * (0x8007xxxx): the Win32 code, or undefined for any other value.
 */
export function win32FromHresult(value: number): number | undefined {
  const unsigned = value >>> 0;
  if ((unsigned & 0xffff0000) >>> 0 !== 0x80070000) return undefined;
  return unsigned & 0xffff;
}

/** One way of writing a code, with the name people know it by. */
export interface ErrorForm {
  /** What the form is called ("HRESULT", "Signed decimal"). */
  readonly label: string;
  /** The code written that way. */
  readonly value: string;
  /** Where admins meet this form. */
  readonly note?: string;
}

/** Every numeric form of a code, as plain data (the symbol is added by the caller). */
export function describeForms(kind: ErrorKind, value: number): ErrorForm[] {
  if (kind === 'nps') {
    return [
      {
        label: 'Reason code',
        value: String(value),
        note: 'The "Reason Code" field of NPS events 6273 and 6274 and of the NPS accounting log',
      },
    ];
  }
  if (kind === 'hresult') {
    const unsigned = value >>> 0;
    return [
      { label: 'HRESULT', value: toHex32(unsigned), note: 'As winerror.h defines it' },
      { label: 'Signed decimal', value: String(toSigned32(unsigned)), note: 'How RasClient event 20227 prints it' },
      { label: 'Unsigned decimal', value: String(unsigned) },
    ];
  }
  const hresult = hresultFromWin32(value);
  return [
    { label: 'Decimal', value: String(value), note: 'How the VPN client and RasClient event 20227 show it' },
    { label: 'Hexadecimal', value: toHex(value) },
    { label: 'HRESULT', value: toHex32(hresult), note: 'HRESULT_FROM_WIN32 of the decimal value' },
    { label: 'Signed decimal', value: String(toSigned32(hresult)), note: 'The HRESULT read as a signed 32-bit number' },
  ];
}
