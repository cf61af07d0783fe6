import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalErrorId, describeForms, hresultFromWin32, toHex, toHex32, toSigned32, toUnsigned32, win32FromHresult } from './forms';

describe('hresultFromWin32', () => {
  it.each([
    // [Win32 code, HRESULT]: 809 = 0x329; 13868 = 0x362C; 64 = 0x40; 623 = 0x26F.
    [809, 0x80070329],
    [13868, 0x8007362c],
    [64, 0x80070040],
    [623, 0x8007026f],
  ])('wraps %i as 0x%s under FACILITY_WIN32', (code, hresult) => {
    expect(hresultFromWin32(code)).toBe(hresult);
  });

  it('passes zero through, as the winerror.h macro does', () => {
    expect(hresultFromWin32(0)).toBe(0);
  });
});

describe('toSigned32 and toUnsigned32', () => {
  it.each([
    [0x80070329, -2147024087],
    [0x80092013, -2146885613],
    [0x800b0101, -2146762495],
  ])('reads 0x%s as %i, as RasClient event 20227 prints it', (unsigned, signed) => {
    expect(toSigned32(unsigned)).toBe(signed);
    expect(toUnsigned32(signed)).toBe(unsigned);
  });

  it.each([[2 ** 32], [-(2 ** 31) - 1], [1.5], [Number.NaN], [Number.POSITIVE_INFINITY]])(
    'rejects %s, which is no 32-bit code',
    (value) => {
      expect(toUnsigned32(value)).toBeUndefined();
    },
  );

  it('round-trips every 32-bit value through its signed reading', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 0xffffffff }), (value) => toUnsigned32(toSigned32(value)) === value));
  });
});

describe('win32FromHresult', () => {
  it('recovers the Win32 code from any HRESULT_FROM_WIN32 value', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 0xffff }), (code) => win32FromHresult(hresultFromWin32(code)) === code));
  });

  it.each([[0x80092013], [0x00070329], [0xc0070329]])('returns nothing for 0x%s, which is not a Win32 failure HRESULT', (value) => {
    expect(win32FromHresult(value)).toBeUndefined();
  });
});

describe('toHex and toHex32', () => {
  it('writes lowercase hex, unpadded and padded to eight digits', () => {
    expect(toHex(809)).toBe('0x329');
    expect(toHex32(0x800b0109)).toBe('0x800b0109');
    expect(toHex32(0x40)).toBe('0x00000040');
  });
});

describe('canonicalErrorId', () => {
  it.each([
    ['ras', 809, '809'],
    ['ike', 13868, '13868'],
    ['win32', 64, '64'],
    ['hresult', 0x80092013, '0x80092013'],
    ['hresult', 0x800b0109, '0x800b0109'],
    ['nps', 48, 'nps-48'],
  ] as const)('names a %s code %i "%s"', (kind, value, id) => {
    expect(canonicalErrorId(kind, value)).toBe(id);
  });
});

describe('describeForms', () => {
  it('lists decimal, hex, HRESULT and signed forms for a RAS code', () => {
    expect(describeForms('ras', 809).map((form) => form.value)).toEqual(['809', '0x329', '0x80070329', '-2147024087']);
  });

  it('lists the HRESULT, signed and unsigned forms for an HRESULT-only code', () => {
    expect(describeForms('hresult', 0x80092013).map((form) => form.value)).toEqual(['0x80092013', '-2146885613', '2148081683']);
  });

  it('lists only the reason code for NPS', () => {
    expect(describeForms('nps', 48).map((form) => form.value)).toEqual(['48']);
  });
});
