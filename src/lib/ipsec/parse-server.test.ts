import { describe, expect, it } from 'vitest';
import { parseServerCommand, parseServerInput, parseServerOutput } from './parse-server';
import type { NoteSeverity, ParsedSide } from './policy';
/** Whether a parsed side carries a note of this severity whose message contains the text. */
function hasNote(side: ParsedSide, severity: NoteSeverity, text: string): boolean {
  return side.notes.some((note) => note.severity === severity && note.message.includes(text));
}

// Shape of the list output shown in the Set-VpnServerIPsecConfiguration reference example.
const CUSTOM_OUTPUT = `
AuthenticationTransformConstants : SHA256128
CipherTransformConstants         : AES128
CustomPolicy                     : True
DHGroup                          : Group2
EncryptionMethod                 : AES128
Ikev2Ports                       : 5
IdleDisconnect(s)                : 1000
IntegrityCheckMethod             : SHA256
L2tpPorts                        : 5
PFSgroup                         : PFS2
SADataSizeForRenegotiation(KB)   : 102400
SALifeTime(s)                    : 28800
`;

const DEFAULT_OUTPUT = `
EncryptionType                 : OptionalEncryption
Ikev2Ports                     : 5
SstpPorts                      : 10
IdleDisconnect(s)              : 300
L2tpPorts                      : 5
SADataSizeForRenegotiation(KB) : 102400
SALifeTime(s)                  : 28800
`;

describe('parseServerOutput', () => {
  it('reads the six transforms from custom policy output', () => {
    const side = parseServerOutput(CUSTOM_OUTPUT);
    expect(side.format).toBe('server-output');
    expect(side.policy).toEqual({
      mode: 'custom',
      values: {
        authenticationTransform: 'SHA256128',
        cipherTransform: 'AES128',
        dhGroup: 'Group2',
        encryptionMethod: 'AES128',
        integrityCheckMethod: 'SHA256',
        pfsGroup: 'PFS2',
      },
    });
  });

  it('reports the default policy when no transforms are printed', () => {
    expect(parseServerOutput(DEFAULT_OUTPUT).policy).toEqual({ mode: 'default', values: {} });
  });

  it('reports the default policy when CustomPolicy is False', () => {
    expect(parseServerOutput('CustomPolicy : False\nDHGroup : Group14\n').policy?.mode).toBe('default');
  });

  it('points at the line of an unknown value', () => {
    const side = parseServerOutput('CustomPolicy : True\nDHGroup : Group99\n');
    expect(side.notes).toContainEqual(expect.objectContaining({ severity: 'error', line: 2 }));
  });
});

describe('parseServerCommand', () => {
  it('reads the Microsoft example command', () => {
    const side = parseServerCommand(
      'Set-VpnServerConfiguration -TunnelType IKEv2 -CustomPolicy -AuthenticationTransformConstants SHA256128 -CipherTransformConstants AES128 -DHGroup Group14 -EncryptionMethod AES128 -IntegrityCheckMethod SHA256 -PFSgroup PFS2048 -SALifeTimeSeconds 28800 -MMSALifeTimeSeconds 86400 -SADataSizeForRenegotiationKilobytes 1024000',
    );
    expect(side.policy).toEqual({
      mode: 'custom',
      values: {
        authenticationTransform: 'SHA256128',
        cipherTransform: 'AES128',
        dhGroup: 'Group14',
        encryptionMethod: 'AES128',
        integrityCheckMethod: 'SHA256',
        pfsGroup: 'PFS2048',
      },
    });
    expect(side.notes.filter((note) => note.severity !== 'info')).toEqual([]);
  });

  it('follows backtick continuations, quotes and -Name:value syntax', () => {
    const side = parseServerCommand(
      'Set-VpnServerConfiguration -CustomPolicy `\n  -EncryptionMethod:\'GCMAES256\' `\n  -DhGroup "ECP384" -IntegrityCheckMethod SHA384 `\n  -CipherTransformConstants GCMAES256 -AuthenticationTransformConstants GCMAES256 -PfsGroup ECP384',
    );
    expect(side.policy?.values).toEqual({
      encryptionMethod: 'GCMAES256',
      dhGroup: 'ECP384',
      integrityCheckMethod: 'SHA384',
      cipherTransform: 'GCMAES256',
      authenticationTransform: 'GCMAES256',
      pfsGroup: 'ECP384',
    });
  });

  it('accepts documented aliases and unique prefixes', () => {
    const side = parseServerCommand(
      'Set-VpnServerConfiguration -CustomPolicy -FirstTransformType SHA256128 -FirstCipherAlgorithm AES256 -Encryption AES256 -OtherHashAlgorithm SHA256 -DH Group14 -PfsGroupId PFS2048',
    );
    expect(side.policy?.values).toEqual({
      authenticationTransform: 'SHA256128',
      cipherTransform: 'AES256',
      encryptionMethod: 'AES256',
      integrityCheckMethod: 'SHA256',
      dhGroup: 'Group14',
      pfsGroup: 'PFS2048',
    });
  });

  it('reads a splatted hashtable as in Hicks\u2019 baseline script', () => {
    const script = `$Parameters = @{
    AuthenticationTransformConstants    = 'GCMAES128'
    CipherTransformConstants            = 'GCMAES128'
    DHGroup                             = 'Group14'
    EncryptionMethod                    = 'GCMAES128'
    IntegrityCheckMethod                = 'SHA256'
    PFSgroup                            = 'ECP256'
}
[PSCustomObject]$Parameters | Set-VpnServerConfiguration -CustomPolicy`;
    expect(parseServerCommand(script).policy).toEqual({
      mode: 'custom',
      values: {
        authenticationTransform: 'GCMAES128',
        cipherTransform: 'GCMAES128',
        dhGroup: 'Group14',
        encryptionMethod: 'GCMAES128',
        integrityCheckMethod: 'SHA256',
        pfsGroup: 'ECP256',
      },
    });
  });

  it('treats -RevertToDefault as the default policy', () => {
    expect(parseServerCommand('Set-VpnServerConfiguration -TunnelType IKEv2 -RevertToDefault').policy).toEqual({
      mode: 'default',
      values: {},
    });
  });

  it('flags transform parameters given without -CustomPolicy', () => {
    const side = parseServerCommand('Set-VpnServerConfiguration -DHGroup Group14');
    expect(hasNote(side, 'error', '-CustomPolicy')).toBe(true);
  });

  it('flags an unknown parameter with its position', () => {
    const side = parseServerCommand('Set-VpnServerConfiguration -CustomPolicy -Bogus 1');
    expect(side.notes).toContainEqual(expect.objectContaining({ severity: 'error', line: 1, column: 42 }));
  });

  it('warns that -TunnelType L2TP does not change the IKEv2 policy', () => {
    const side = parseServerCommand('Set-VpnServerConfiguration -TunnelType L2TP -CustomPolicy -DHGroup Group14');
    expect(hasNote(side, 'warning', 'L2TP')).toBe(true);
  });

  it('warns about the XML spelling on the server side', () => {
    const side = parseServerCommand('Set-VpnServerConfiguration -CustomPolicy -EncryptionMethod AES_GCM_128');
    expect(side.policy?.values.encryptionMethod).toBe('GCMAES128');
    expect(hasNote(side, 'warning', 'GCMAES128')).toBe(true);
  });
});

describe('parseServerInput', () => {
  it('recognises a command', () => {
    expect(parseServerInput('set-vpnserverconfiguration -revertToDefault').format).toBe('server-command');
  });

  it('recognises list output', () => {
    expect(parseServerInput(CUSTOM_OUTPUT).format).toBe('server-output');
  });

  it('says XML belongs on the client side', () => {
    const side = parseServerInput('<CryptographySuite><DHGroup>Group14</DHGroup></CryptographySuite>');
    expect(side.format).toBe('unrecognised');
    expect(side.notes[0]?.message).toContain('client side');
  });

  it('returns an empty side for blank text', () => {
    expect(parseServerInput('   \n').format).toBe('empty');
  });
});
