/**
 * Whole content files: code blocks found with the right line numbers, and
 * registry keys and values checked against the registry table. The correct
 * paths and types are Microsoft's, named next to each case.
 */
import { describe, expect, it } from 'vitest';
import { checkContentFile, summariseResults } from './check-content';
import { extractCodeBlocks } from './extract-code';
import { loadReference } from './reference';

const reference = loadReference();

/** `rule@line` for every finding of a guide page with this text. */
const findingsOf = (text: string, path = 'content/guide/01-planning/01-example.mdx'): string[] =>
  checkContentFile(path, text, reference).findings.map((finding) => `${finding.rule}@${finding.line}`);

const page = (...lines: string[]): string => ['---', 'title: Example', '---', '', ...lines].join('\n');

// how-to-always-on-vpn-block-clients-revoked-certificates (Microsoft Learn):
// reg add HKLM\SYSTEM\CurrentControlSet\Services\RemoteAccess\Parameters\Ikev2 /f /v CertAuthFlags /t REG_DWORD /d "4"
const IKEV2_KEY = 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\RemoteAccess\\Parameters\\Ikev2';
// network-policy-server-certificate-revocation-list-check-registry-settings (Microsoft Learn): DWORD values under EAP\13.
const EAP_TLS_KEY = 'HKLM:\\SYSTEM\\CurrentControlSet\\Services\\RasMan\\PPP\\EAP\\13';

describe('registry values in reg.exe commands', () => {
  it('accepts the value with the key and type Microsoft documents', () => {
    expect(findingsOf(page('```cmd', `reg add ${IKEV2_KEY} /f /v CertAuthFlags /t REG_DWORD /d "4"`, '```'))).toEqual([]);
  });

  it('reports a value name that is not in the table', () => {
    expect(findingsOf(page('```cmd', `reg add ${IKEV2_KEY} /f /v CertAuthFlag /t REG_DWORD /d "4"`, '```'))).toEqual([
      'unknown-registry-value@6',
    ]);
  });

  it('reports the documented value placed under another key', () => {
    const wrongKey = 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\RasMan\\IKEv2';
    expect(findingsOf(page('```cmd', `reg add ${wrongKey} /f /v CertAuthFlags /t REG_DWORD /d "4"`, '```'))).toEqual([
      'registry-path-mismatch@6',
    ]);
  });

  it('reports the documented value given another type', () => {
    expect(findingsOf(page('```cmd', `reg add ${IKEV2_KEY} /f /v CertAuthFlags /t REG_SZ /d "4"`, '```'))).toEqual([
      'registry-type-mismatch@6',
    ]);
  });

  it('reports a key that is not in the table', () => {
    expect(
      findingsOf(page('```cmd', 'reg query HKLM\\SYSTEM\\CurrentControlSet\\Services\\RemoteAccess\\Parameters\\Ikev3', '```')),
    ).toEqual(['unknown-registry-key@6']);
  });
});

describe('registry values in PowerShell', () => {
  it('accepts New-ItemProperty with the documented key, name and type', () => {
    const code = `New-ItemProperty -Path '${EAP_TLS_KEY}' -Name IgnoreNoRevocationCheck -PropertyType DWord -Value 1 -Force`;
    expect(findingsOf(page('```powershell', code, '```'))).toEqual([]);
  });

  it('reports a DWORD value created as a string', () => {
    const code = `New-ItemProperty -Path '${EAP_TLS_KEY}' -Name IgnoreNoRevocationCheck -PropertyType String -Value 1 -Force`;
    expect(findingsOf(page('```powershell', code, '```'))).toEqual(['registry-type-mismatch@6']);
  });

  it('resolves the path from a variable assigned earlier in the block', () => {
    const lines = [`$key = '${EAP_TLS_KEY}'`, 'Set-ItemProperty -Path $key -Name NoRevocationChek -Value 1 -Type DWord'];
    expect(findingsOf(page('```powershell', ...lines, '```'))).toEqual(['unknown-registry-value@7']);
  });

  it('checks the values a Select-Object reads from Get-ItemProperty', () => {
    expect(
      findingsOf(
        page('```powershell', `Get-ItemProperty -Path '${EAP_TLS_KEY}' | Select-Object NoRevocationCheck, NoRootRevocationCheck`, '```'),
      ),
    ).toEqual([]);
    expect(
      findingsOf(page('```powershell', `Get-ItemProperty -Path '${EAP_TLS_KEY}' | Select-Object NoRevocationCheck, CertAuthFlags`, '```')),
    ).toEqual(['registry-path-mismatch@6', 'unknown-property@6']);
  });
});

describe('registry values in .reg files and prose', () => {
  // vpn-auto-trigger-profile (Microsoft Learn): AutoTriggerDisabledProfilesList is a REG_MULTI_SZ under RasMan\Config.
  const regKey = '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\RasMan\\Config]';

  it('accepts a .reg entry of the documented type and reports one of another type', () => {
    expect(findingsOf(page('```ini', regKey, '"AutoTriggerDisabledProfilesList"=hex(7):43,00,00,00,00,00', '```'))).toEqual([]);
    expect(findingsOf(page('```ini', regKey, '"AutoTriggerDisabledProfilesList"=dword:00000001', '```'))).toEqual([
      'registry-type-mismatch@7',
    ]);
  });

  it('checks a value named in prose against the key the same paragraph names', () => {
    expect(findingsOf(page(`Set \`NoRevocationCheck\` (DWORD) to 1 under \`${EAP_TLS_KEY}\`.`))).toEqual([]);
    expect(findingsOf(page(`Set \`NoRevocationCheck\` (REG_SZ) to 1 under \`${EAP_TLS_KEY}\`.`))).toEqual(['registry-type-mismatch@5']);
    expect(findingsOf(page(`Set \`CertAuthFlags\` to 4 under \`${EAP_TLS_KEY}\`.`))).toEqual(['registry-path-mismatch@5']);
  });
});

describe('extractCodeBlocks', () => {
  it('gives each fenced block the file line its code starts on, inside lists and components too', () => {
    const text = page(
      '1. Step one:',
      '',
      '   ```powershell',
      '   Get-VpnConnection',
      '   ```',
      '<Tab label="PowerShell">',
      '```powershell',
      'Get-RemoteAccess',
      '```',
      '</Tab>',
    );
    expect(extractCodeBlocks('content/guide/01-planning/01-example.mdx', text)).toEqual([
      { lang: 'powershell', code: 'Get-VpnConnection', firstLine: 8 },
      { lang: 'powershell', code: 'Get-RemoteAccess', firstLine: 12 },
    ]);
  });

  it('reads the code of error-page steps from the frontmatter, as PowerShell unless a lang says otherwise', () => {
    const text = [
      '---',
      'causes:',
      '  - title: Example',
      '    fix:',
      '      - text: Read the policy.',
      '        code: |',
      '          Get-VpnServerConfiguration',
      '      - text: Trace it.',
      '        code: netsh ras set tracing * enabled',
      '        lang: cmd',
      '---',
    ].join('\n');
    expect(extractCodeBlocks('content/errors/13868.md', text)).toEqual([
      { lang: 'powershell', code: 'Get-VpnServerConfiguration\n', firstLine: 7 },
      { lang: 'cmd', code: 'netsh ras set tracing * enabled', firstLine: 9 },
    ]);
  });
});

describe('checkContentFile', () => {
  it('names the file line of a planted unknown parameter in an error page step', () => {
    const text = [
      '---',
      'causes:',
      '  - title: Example',
      '    fix:',
      '      - text: Read it.',
      '        code: |',
      '          Get-VpnConnection -Name Contoso',
      '          Get-VpnConnection -Nmae Contoso',
      '---',
    ].join('\n');
    expect(findingsOf(text, 'content/errors/800.md')).toEqual(['unknown-parameter@8']);
  });

  it('does not read PowerShell rules into cmd, text or xml blocks', () => {
    expect(findingsOf(page('```cmd', 'Get-Nothing -Here', '```', '```text', 'Get-VpnConnection -Nmae x', '```'))).toEqual([]);
  });

  it('sums commands and registry mentions over files for the report', () => {
    const first = checkContentFile(
      'content/guide/a.mdx',
      page('```powershell', 'Get-VpnConnection -Nmae x | Select-Object Name', '```'),
      reference,
    );
    const second = checkContentFile(
      'content/guide/b.mdx',
      page('```cmd', `reg add ${IKEV2_KEY} /v CertAuthFlags /t REG_DWORD /d 4`, '```', `See \`${IKEV2_KEY}\`.`),
      reference,
    );
    expect(summariseResults([first, second])).toEqual({
      files: 2,
      powershellBlocks: 1,
      commands: 2,
      checkedCommands: 2,
      distinctCmdlets: 2,
      nativeCommands: 0,
      propertiesChecked: 1,
      registryKeys: 2,
      registryValues: 1,
      findings: 1,
    });
  });
});

describe('kb-expect markers', () => {
  it('let a block that shows a mistake on purpose keep it, and only that rule', () => {
    const text = page('```powershell kb-expect="unknown-parameter"', 'Get-VpnConnection -Nmae Contoso', 'Get-VpnConnections', '```');
    expect(findingsOf(text)).toEqual(['unknown-command@7']);
  });

  it('report the marker on the fence line once the mistake is gone', () => {
    const text = page('```powershell kb-expect="unknown-parameter"', 'Get-VpnConnection -Name Contoso', '```');
    expect(findingsOf(text)).toEqual(['stale-expectation@5']);
  });
});
