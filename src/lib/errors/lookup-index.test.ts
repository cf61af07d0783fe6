import { describe, expect, it } from 'vitest';
import { buildErrorIndex, createErrorLookup, errorTitle, listSearchForms } from './lookup-index';

const index = buildErrorIndex(
  [
    { kind: 'nps', value: 48, summary: 'No network policy matched.' },
    { kind: 'hresult', value: 0x80092013, symbol: 'CRYPT_E_REVOCATION_OFFLINE', summary: 'Revocation server offline.' },
    { kind: 'ike', value: 13868, symbol: 'ERROR_IPSEC_IKE_POLICY_MATCH', summary: 'No proposal matched.' },
    { kind: 'ras', value: 809, symbol: 'ERROR_VPN_TIMEOUT', summary: 'No answer.' },
  ],
  [
    { source: 'NPS', eventId: 6273, title: 'NPS denied access', description: 'Denied.' },
    { source: 'RasClient', eventId: 20227, title: 'Connection failed', description: 'Failed.' },
  ],
);

describe('buildErrorIndex', () => {
  it('orders codes by family (RAS, RRAS, IKE, Win32, HRESULT, NPS), then by number', () => {
    expect(index.errors.map((entry) => entry.id)).toEqual(['809', '13868', '0x80092013', 'nps-48']);
  });

  it('gives each entry its path, title and forms', () => {
    expect(index.errors[0]).toMatchObject({
      id: '809',
      kindLabel: 'RAS client',
      title: 'Error 809 — ERROR_VPN_TIMEOUT',
      shortTitle: 'Error 809',
      path: '/errors/809/',
    });
    expect(index.errors[3]).toMatchObject({ title: 'NPS reason code 48', path: '/errors/nps-48/' });
  });

  it('names events by lowercase source and ID', () => {
    expect(index.events.map((event) => [event.id, event.path])).toEqual([
      ['nps-6273', '/events/nps-6273/'],
      ['rasclient-20227', '/events/rasclient-20227/'],
    ]);
  });

  it('survives a JSON round trip unchanged, so it can travel as island props', () => {
    expect(JSON.parse(JSON.stringify(index))).toEqual(index);
  });
});

describe('errorTitle', () => {
  it.each([
    ['ras', 809, 'ERROR_VPN_TIMEOUT', 'Error 809 — ERROR_VPN_TIMEOUT'],
    ['hresult', 0x800b0109, 'CERT_E_UNTRUSTEDROOT', 'Error 0x800b0109 — CERT_E_UNTRUSTEDROOT'],
    ['nps', 49, undefined, 'NPS reason code 49'],
  ] as const)('titles a %s code %i "%s"', (kind, value, symbol, title) => {
    expect(errorTitle(kind, value, symbol)).toBe(title);
  });
});

describe('listSearchForms', () => {
  it('lists every form, the symbol and the symbol without its family prefix, once each', () => {
    const [ras, ike, hresult, nps] = index.errors;
    expect(ras && listSearchForms(ras)).toBe('809 0x329 0x80070329 -2147024087 ERROR_VPN_TIMEOUT VPN_TIMEOUT');
    expect(ike && listSearchForms(ike)).toBe('13868 0x362c 0x8007362c -2147011028 ERROR_IPSEC_IKE_POLICY_MATCH IPSEC_IKE_POLICY_MATCH');
    expect(hresult && listSearchForms(hresult)).toBe('0x80092013 -2146885613 2148081683 CRYPT_E_REVOCATION_OFFLINE REVOCATION_OFFLINE');
    expect(nps && listSearchForms(nps)).toBe('nps-48 48');
  });
});

describe('createErrorLookup', () => {
  const lookup = createErrorLookup(index);

  it('finds codes by number, HRESULT, reason code and symbol', () => {
    expect(lookup.findWin32(809)?.id).toBe('809');
    expect(lookup.findHresult(0x80092013)?.id).toBe('0x80092013');
    expect(lookup.findNps(48)?.id).toBe('nps-48');
    expect(lookup.findSymbol('error_vpn_timeout')?.id).toBe('809');
    expect(lookup.findWin32(48)).toBeUndefined();
  });

  it('finds symbols containing a fragment, in any case', () => {
    expect(lookup.searchSymbols('e_revocation').map((entry) => entry.id)).toEqual(['0x80092013']);
    expect(lookup.searchSymbols('_E_').map((entry) => entry.id)).toEqual(['0x80092013']);
    expect(lookup.searchSymbols('ERROR_').map((entry) => entry.id)).toEqual(['809', '13868']);
    expect(lookup.searchSymbols('')).toEqual([]);
  });
});
