import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_SHAREABLE_LENGTH, pickShareableQuery } from './shareable-query';

describe('pickShareableQuery', () => {
  it.each([
    '809',
    '-2146885613',
    '0x80092013',
    '0x329',
    'NPS 48',
    'nps-48',
    'ERROR_VPN_TIMEOUT',
    'vpn_timeout',
    'CRYPT_E_REVOCATION_OFFLINE',
  ])('keeps the single code or symbol %s', (text) => {
    expect(pickShareableQuery(text)).toBe(text);
  });

  it('trims the spaces around a code', () => {
    expect(pickShareableQuery('  809\n')).toBe('809');
  });

  it.each([
    [
      'a pasted event message',
      'Event ID: 20227\nThe user CORP\\jdoe dialed a connection named VPN which has failed. The error code returned on failure is 809.',
    ],
    ['a domain user', 'CORP\\jdoe'],
    ['a bare user name', 'jdoe'],
    ['a machine name', 'LAPTOP-7QX2'],
    ['a fully qualified host name', 'vpn01.corp.example.com'],
    ['two codes', '809 812'],
    ['an empty field', '   '],
  ])('keeps %s out of the address', (_what, text) => {
    expect(pickShareableQuery(text)).toBeUndefined();
  });

  it('never returns text with whitespace inside, a backslash, or longer than the limit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const kept = pickShareableQuery(text);
        if (kept === undefined) return;
        expect(kept).not.toMatch(/\s|\\/);
        expect(kept.length).toBeLessThanOrEqual(MAX_SHAREABLE_LENGTH);
        expect(text).toContain(kept);
      }),
    );
  });
});
