import { describe, expect, it } from 'vitest';
import { findFieldByName, listAcceptedSpellings, normalizeTransform, spellValue, TRANSFORM_FIELDS } from './transforms';

describe('listAcceptedSpellings', () => {
  // Accepted values copied from the Set-VpnServerConfiguration (Windows Server 2025),
  // Set-VpnConnectionIPsecConfiguration and VPNv2 CSP references.
  it.each([
    ['authenticationTransform', 'server', ['MD596', 'SHA196', 'SHA256128', 'GCMAES128', 'GCMAES192', 'GCMAES256', 'None']],
    ['cipherTransform', 'server', ['DES', 'DES3', 'AES128', 'AES192', 'AES256', 'GCMAES128', 'GCMAES192', 'GCMAES256', 'None']],
    ['encryptionMethod', 'server', ['DES', 'DES3', 'AES128', 'AES192', 'AES256', 'GCMAES128', 'GCMAES256']],
    ['integrityCheckMethod', 'server', ['MD5', 'SHA1', 'SHA256', 'SHA384']],
    ['dhGroup', 'server', ['None', 'Group1', 'Group2', 'Group14', 'ECP256', 'ECP384', 'Group24']],
    ['pfsGroup', 'server', ['None', 'PFS1', 'PFS2', 'PFS2048', 'ECP256', 'ECP384', 'PFSMM', 'PFS24']],
    ['authenticationTransform', 'client', ['MD596', 'SHA196', 'SHA256128', 'GCMAES128', 'GCMAES192', 'GCMAES256', 'None']],
    ['encryptionMethod', 'client', ['DES', 'DES3', 'AES128', 'AES192', 'AES256', 'GCMAES128', 'GCMAES256']],
    ['authenticationTransform', 'profilexml', ['MD596', 'SHA196', 'SHA256128', 'GCMAES128', 'GCMAES192', 'GCMAES256']],
    ['cipherTransform', 'profilexml', ['DES', 'DES3', 'AES128', 'AES192', 'AES256', 'GCMAES128', 'GCMAES192', 'GCMAES256']],
    ['encryptionMethod', 'profilexml', ['DES', 'DES3', 'AES128', 'AES192', 'AES256', 'AES_GCM_128', 'AES_GCM_256']],
    ['integrityCheckMethod', 'profilexml', ['MD5', 'SHA196', 'SHA256', 'SHA384']],
    ['dhGroup', 'profilexml', ['None', 'Group1', 'Group2', 'Group14', 'ECP256', 'ECP384', 'Group24']],
    ['pfsGroup', 'profilexml', ['None', 'PFS1', 'PFS2', 'PFS2048', 'ECP256', 'ECP384', 'PFSMM', 'PFS24']],
  ] as const)('lists the documented %s values for %s', (field, dialect, expected) => {
    expect(listAcceptedSpellings(field, dialect)).toEqual(expected);
  });
});

describe('normalizeTransform', () => {
  it('maps the ProfileXML AES_GCM_128 to the cmdlet GCMAES128', () => {
    const result = normalizeTransform('encryptionMethod', 'AES_GCM_128', 'profilexml');
    expect(result).toMatchObject({ ok: true, value: 'GCMAES128', isNativeSpelling: true });
  });

  it('recognises GCMAES128 written in ProfileXML and names the expected spelling', () => {
    const result = normalizeTransform('encryptionMethod', 'GCMAES128', 'profilexml');
    expect(result).toMatchObject({ ok: true, value: 'GCMAES128', isNativeSpelling: false, expectedSpelling: 'AES_GCM_128' });
  });

  it('treats the server SHA1 and the ProfileXML SHA196 integrity values as the same transform', () => {
    const server = normalizeTransform('integrityCheckMethod', 'SHA1', 'server');
    const xml = normalizeTransform('integrityCheckMethod', 'SHA196', 'profilexml');
    expect(server.ok && xml.ok && server.value === xml.value).toBe(true);
  });

  it('ignores case and surrounding quotes', () => {
    expect(normalizeTransform('dhGroup', '"group14"', 'server')).toMatchObject({ ok: true, value: 'Group14', isNativeSpelling: true });
  });

  it('corrects a foreign spelling such as Group19 to ECP256', () => {
    expect(normalizeTransform('dhGroup', 'Group19', 'server')).toMatchObject({ ok: true, value: 'ECP256', isNativeSpelling: false });
  });

  it('says ProfileXML cannot express None for the cipher transform', () => {
    const result = normalizeTransform('cipherTransform', 'None', 'profilexml');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.expectedSpelling).toBeUndefined();
  });

  it('rejects an unknown value and lists what is accepted', () => {
    const result = normalizeTransform('pfsGroup', 'PFS9000', 'server');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('PFS2048');
  });

  it('recognises every accepted spelling of every field in every dialect', () => {
    for (const field of TRANSFORM_FIELDS) {
      for (const dialect of ['server', 'client', 'profilexml'] as const) {
        for (const spelling of listAcceptedSpellings(field, dialect)) {
          const result = normalizeTransform(field, spelling, dialect);
          expect(result.ok && result.isNativeSpelling).toBe(true);
          if (result.ok) expect(spellValue(field, result.value, dialect)).toBe(spelling);
        }
      }
    }
  });
});

describe('findFieldByName', () => {
  it.each([
    ['-AuthenticationTransformConstants', 'authenticationTransform'],
    ['FirstTransformType', 'authenticationTransform'],
    ['OtherCipherAlgorithm', 'cipherTransform'],
    ['Encryption', 'encryptionMethod'],
    ['OtherHashAlgorithm', 'integrityCheckMethod'],
    ['dhgroup', 'dhGroup'],
    ['PFSgroup', 'pfsGroup'],
    ['PfsGroupId', 'pfsGroup'],
  ] as const)('maps %s to %s', (name, field) => {
    expect(findFieldByName(name)).toBe(field);
  });

  it('returns undefined for other properties', () => {
    expect(findFieldByName('SALifeTime(s)')).toBeUndefined();
  });
});
