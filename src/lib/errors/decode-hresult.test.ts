import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeHresult, describeFacility, formatFacility } from './decode-hresult';
import { hresultFromWin32 } from './forms';

describe('decodeHresult', () => {
  it('finds the Win32 code inside a FACILITY_WIN32 failure', () => {
    const decoded = decodeHresult(0x80070329);
    expect(decoded).toMatchObject({
      hex: '0x80070329',
      signed: -2147024087,
      isFailure: true,
      isCustomer: false,
      isMappedNtStatus: false,
      code: 0x329,
      codeHex: '0x329',
      win32Code: 809,
    });
    expect(decoded?.facility.names).toEqual(['FACILITY_WIN32']);
  });

  it('reads the negative form an event log prints the same as the hex form', () => {
    expect(decodeHresult(-2147024087)).toEqual(decodeHresult(0x80070329));
  });

  it.each([
    // [value, facility number, a name winerror.h gives it, code]
    [0x80092013, 9, 'FACILITY_SECURITY', 0x2013],
    [0x80090326, 9, 'FACILITY_SSPI', 0x0326],
    [0x800b0109, 11, 'FACILITY_CERT', 0x0109],
    [0x80320001, 50, 'FACILITY_FWP', 0x0001],
    [0x80420011, 66, 'FACILITY_EAP', 0x0011],
    [0x887a0005, 2170, 'FACILITY_DXGI', 0x0005],
  ])('decodes 0x%s as facility %i (%s), code %i', (value, facility, name, code) => {
    const decoded = decodeHresult(value);
    expect(decoded?.facility.number).toBe(facility);
    expect(decoded?.facility.names).toContain(name);
    expect(decoded?.code).toBe(code);
    expect(decoded?.win32Code).toBeUndefined();
  });

  it('marks success codes (severity bit clear) as not failures', () => {
    const decoded = decodeHresult(0x00090312);
    expect(decoded?.isFailure).toBe(false);
    expect(decoded?.facility.number).toBe(9);
  });

  it('recognises an NTSTATUS value passed where an HRESULT was expected', () => {
    const decoded = decodeHresult(0xc0000022);
    expect(decoded?.looksLikeNtStatus).toBe(true);
    expect(decoded?.win32Code).toBeUndefined();
  });

  it('unwraps HRESULT_FROM_NT (the N bit) to the NTSTATUS inside', () => {
    const decoded = decodeHresult(0xd0000022);
    expect(decoded?.isMappedNtStatus).toBe(true);
    expect(decoded?.ntStatus).toBe('0xc0000022');
  });

  it('flags customer-defined codes and does not read them as Win32', () => {
    const decoded = decodeHresult(0xa0070329);
    expect(decoded?.isCustomer).toBe(true);
    expect(decoded?.win32Code).toBeUndefined();
  });

  it.each([[2 ** 32], [1.5], [Number.NaN]])('returns nothing for %s', (value) => {
    expect(decodeHresult(value)).toBeUndefined();
  });

  it('round-trips every Win32 code through HRESULT_FROM_WIN32', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 0xffff }), (code) => decodeHresult(hresultFromWin32(code))?.win32Code === code));
  });

  it('decodes any 32-bit value without throwing, and keeps its parts within their bit widths', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 32 - 1 }), (value) => {
        const decoded = decodeHresult(value);
        return decoded !== undefined && decoded.code <= 0xffff && decoded.facility.number <= 0x1fff && decoded.value === value >>> 0;
      }),
    );
  });
});

describe('formatFacility', () => {
  it('joins the names winerror.h gives one number', () => {
    expect(formatFacility(describeFacility(9))).toBe('FACILITY_SSPI / FACILITY_SECURITY (9)');
  });

  it('says when winerror.h names no facility with that number', () => {
    expect(formatFacility(describeFacility(5))).toBe('facility 5 (not named in winerror.h)');
  });
});
