import { describe, expect, it } from 'vitest';
import { parseClientCommand, parseClientInput, parseClientOutput, parseCryptographySuite } from './parse-client';
import type { NoteSeverity, ParsedSide } from './policy';
/** Whether a parsed side carries a note of this severity whose message contains the text. */
function hasNote(side: ParsedSide, severity: NoteSeverity, text: string): boolean {
  return side.notes.some((note) => note.severity === severity && note.message.includes(text));
}

// The CryptographySuite of Richard Hicks' ProfileXML_User.xml sample.
const HICKS_SUITE = `<CryptographySuite>
   <AuthenticationTransformConstants>GCMAES128</AuthenticationTransformConstants>
   <CipherTransformConstants>GCMAES128</CipherTransformConstants>
   <PfsGroup>ECP256</PfsGroup>
   <DHGroup>Group14</DHGroup>
   <IntegrityCheckMethod>SHA256</IntegrityCheckMethod>
   <EncryptionMethod>AES_GCM_128</EncryptionMethod>
</CryptographySuite>`;

describe('parseCryptographySuite', () => {
  it('reads a bare CryptographySuite and normalises AES_GCM_128', () => {
    expect(parseCryptographySuite(HICKS_SUITE).policy).toEqual({
      mode: 'custom',
      values: {
        authenticationTransform: 'GCMAES128',
        cipherTransform: 'GCMAES128',
        pfsGroup: 'ECP256',
        dhGroup: 'Group14',
        integrityCheckMethod: 'SHA256',
        encryptionMethod: 'GCMAES128',
      },
    });
  });

  it('finds the suite inside a whole profile', () => {
    const profile = `<!-- comment -->\n<VPNProfile><NativeProfile><Servers>vpn.example.net</Servers>${HICKS_SUITE}</NativeProfile></VPNProfile>`;
    expect(parseCryptographySuite(profile).policy?.values.dhGroup).toBe('Group14');
  });

  it('reports the Windows defaults when the profile has no suite', () => {
    expect(parseCryptographySuite('<VPNProfile><NativeProfile/></VPNProfile>').policy).toEqual({ mode: 'default', values: {} });
  });

  it('flags the cmdlet spelling GCMAES128 in EncryptionMethod', () => {
    const side = parseCryptographySuite('<CryptographySuite><EncryptionMethod>GCMAES128</EncryptionMethod></CryptographySuite>');
    expect(hasNote(side, 'warning', 'AES_GCM_128')).toBe(true);
  });

  it('reports malformed XML with its line', () => {
    const side = parseCryptographySuite(
      '<CryptographySuite>\n  <DHGroup>Group14</DHGroup>\n  <PfsGroup>ECP256</PfsGrp>\n</CryptographySuite>',
    );
    expect(side.policy).toBeUndefined();
    expect(side.notes[0]).toMatchObject({ severity: 'error', line: 3 });
  });

  it('flags an element whose case differs', () => {
    const side = parseCryptographySuite('<CryptographySuite><DhGroup>Group14</DhGroup></CryptographySuite>');
    expect(hasNote(side, 'error', 'case')).toBe(true);
  });
});

describe('parseClientCommand', () => {
  it('reads the Microsoft example with -AllUserConnection', () => {
    const side = parseClientCommand(
      "Set-VpnConnectionIPsecConfiguration -ConnectionName 'Always On VPN' -AuthenticationTransformConstants SHA256128 -CipherTransformConstants AES128 -DHGroup Group14 -EncryptionMethod AES128 -IntegrityCheckMethod SHA256 -PfsGroup PFS2048 -AllUserConnection -Force",
    );
    expect(side.connectionName).toBe('Always On VPN');
    expect(side.isAllUserConnection).toBe(true);
    expect(side.policy?.values).toEqual({
      authenticationTransform: 'SHA256128',
      cipherTransform: 'AES128',
      dhGroup: 'Group14',
      encryptionMethod: 'AES128',
      integrityCheckMethod: 'SHA256',
      pfsGroup: 'PFS2048',
    });
  });

  it('binds positional values in the documented order', () => {
    // Positions: 1 ConnectionName, 2 Authentication…, 3 Cipher…, 4 DHGroup, 5 EncryptionMethod, 6 IntegrityCheckMethod, 7 PfsGroup.
    const side = parseClientCommand(
      'Set-VpnConnectionIPsecConfiguration Contoso GCMAES256 GCMAES256 ECP384 GCMAES256 SHA384 ECP384 -Force',
    );
    expect(side.connectionName).toBe('Contoso');
    expect(side.policy?.values).toEqual({
      authenticationTransform: 'GCMAES256',
      cipherTransform: 'GCMAES256',
      dhGroup: 'ECP384',
      encryptionMethod: 'GCMAES256',
      integrityCheckMethod: 'SHA384',
      pfsGroup: 'ECP384',
    });
  });

  it('requires all six transforms together', () => {
    const side = parseClientCommand('Set-VpnConnectionIPsecConfiguration -ConnectionName x -DHGroup Group14');
    expect(side.notes.filter((note) => note.severity === 'error')).toHaveLength(5);
  });

  it('reads -RevertToDefault as the default policy', () => {
    expect(parseClientCommand('Set-VpnConnectionIPsecConfiguration -ConnectionName x -RevertToDefault -Force').policy).toEqual({
      mode: 'default',
      values: {},
    });
  });
});

describe('parseClientOutput', () => {
  it('reads IPsecCustomPolicy list output', () => {
    const side = parseClientOutput(
      'AuthenticationTransformConstants : GCMAES256\nCipherTransformConstants : GCMAES256\nDHGroup : ECP384\nIntegrityCheckMethod : SHA384\nPfsGroup : None\nEncryptionMethod : GCMAES256\n',
    );
    expect(side.policy?.values.pfsGroup).toBe('None');
    expect(side.policy?.values.encryptionMethod).toBe('GCMAES256');
  });
});

describe('parseClientInput', () => {
  it.each([
    [HICKS_SUITE, 'profilexml'],
    ['Set-VpnConnectionIPsecConfiguration -ConnectionName x -RevertToDefault', 'client-command'],
    ['DHGroup : Group14\nPfsGroup : PFS2048\n', 'client-output'],
    ['', 'empty'],
    ['hello world', 'unrecognised'],
  ] as const)('detects the format of %j', (text, format) => {
    expect(parseClientInput(text).format).toBe(format);
  });

  it('reads XML escaped as &lt;…&gt;', () => {
    const escaped = HICKS_SUITE.replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(parseClientInput(escaped).policy?.values.encryptionMethod).toBe('GCMAES128');
  });

  it('says a server command belongs on the server side', () => {
    expect(parseClientInput('Set-VpnServerConfiguration -RevertToDefault').notes[0]?.message).toContain('server command');
  });
});
