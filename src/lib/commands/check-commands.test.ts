/**
 * Each rule fails on a planted mistake and passes on the correct command.
 * The correct forms and the accepted values come from Microsoft's reference,
 * named next to each case; nothing here is taken from the checker's output.
 */
import { describe, expect, it } from 'vitest';
import { checkPowerShell } from './check-commands';
import { loadReference } from './reference';

const reference = loadReference();

/** `rule@line` for every finding of a PowerShell block that starts on line 1. */
const findingsOf = (code: string): string[] =>
  checkPowerShell(code, 1, reference).findings.map((finding) => `${finding.rule}@${finding.line}`);
const messagesOf = (code: string): string[] => checkPowerShell(code, 1, reference).findings.map((finding) => finding.message);

describe('unknown-command', () => {
  // Get-VpnConnection is the VpnClient cmdlet (learn.microsoft.com/powershell/module/vpnclient/get-vpnconnection).
  it('reports a cmdlet name that no module documents', () => {
    expect(findingsOf('Get-VpnConnections -AllUserConnection')).toEqual(['unknown-command@1']);
  });

  it('accepts the documented cmdlet, a listed native program, an alias and a function the block defines', () => {
    const code = [
      'Get-VpnConnection -AllUserConnection',
      'netsh ras show client',
      'gsv RasMan',
      'function Show-Tunnel { Get-VpnConnection }',
      'Show-Tunnel',
    ].join('\n');
    expect(findingsOf(code)).toEqual([]);
  });
});

describe('unknown-parameter', () => {
  it('reports a parameter the cmdlet does not have, naming the closest real one', () => {
    // Get-VpnConnection has -Name, -AllUserConnection, -CimSession, -ThrottleLimit, -AsJob (VpnClient help).
    expect(findingsOf("Get-VpnConnection -Nmae 'Contoso VPN'")).toEqual(['unknown-parameter@1']);
    expect(messagesOf("Get-VpnConnection -Nmae 'Contoso VPN'")[0]).toContain('Did you mean -Name?');
  });

  it('reports a misspelt key of a splatted hashtable on the line of the key', () => {
    // Set-VpnConnection documents -Name and -SplitTunneling (VpnClient help).
    const code = ['$settings = @{', "  Name = 'Contoso VPN'", '  SplitTunnelling = $true', '}', 'Set-VpnConnection @settings'].join('\n');
    expect(findingsOf(code)).toEqual(['unknown-parameter@3']);
  });

  it('accepts documented parameters, their aliases and the common parameters', () => {
    // -ConnectionName is the documented alias of Set-VpnConnection -Name; -ErrorAction is a common parameter.
    expect(findingsOf("Set-VpnConnection -ConnectionName 'Contoso VPN' -SplitTunneling $true -ErrorAction Stop")).toEqual([]);
  });

  it('reports an abbreviated parameter, which a later module version could make ambiguous', () => {
    expect(findingsOf('Get-VpnConnection -AllUser')).toEqual(['abbreviated-parameter@1']);
  });
});

describe('invalid-value', () => {
  // Set-VpnServerConfiguration, Windows Server 2025 help: -TunnelType accepts IKEV2, L2TP;
  // -EncryptionMethod accepts DES, DES3, AES128, AES192, AES256, GCMAES128, GCMAES256.
  it('reports a value outside the documented set, on the line the value is on', () => {
    const code = ['Set-VpnServerConfiguration -TunnelType IKEv2 -CustomPolicy `', '  -EncryptionMethod AES512 -PassThru'].join('\n');
    expect(findingsOf(code)).toEqual(['invalid-value@2']);
    expect(messagesOf(code)[0]).toContain('AES192');
  });

  it('reports SSTP as a -TunnelType of Set-VpnServerConfiguration, which takes only IKEv2 and L2TP', () => {
    expect(findingsOf('Set-VpnServerConfiguration -TunnelType SSTP -CustomPolicy -EncryptionMethod AES256')).toEqual(['invalid-value@1']);
  });

  it('accepts documented values whatever their case, and placeholders the reader fills in', () => {
    expect(findingsOf('Set-VpnServerConfiguration -TunnelType ikev2 -CustomPolicy -EncryptionMethod GCMAES256 -DHGroup <group>')).toEqual(
      [],
    );
  });

  it('reports a value outside the ActionPreference set of a common parameter', () => {
    // about_CommonParameters (5.1): SilentlyContinue, Stop, Continue, Inquire, Ignore, Suspend.
    expect(findingsOf('Get-VpnConnection -ErrorAction Stopp')).toEqual(['invalid-value@1']);
  });

  it('reports a word given to a numeric parameter', () => {
    // Get-WinEvent -MaxEvents is an Int64 (5.1 help).
    expect(findingsOf('Get-WinEvent -LogName Application -MaxEvents ten')).toEqual(['invalid-value@1']);
    expect(findingsOf('Get-WinEvent -LogName Application -MaxEvents 10')).toEqual([]);
  });

  it('reports a parameter that needs a value and has none', () => {
    expect(findingsOf('Get-WinEvent -LogName Application -MaxEvents')).toEqual(['missing-value@1']);
  });

  it('does not take a switch parameter as consuming the next argument', () => {
    // -AllUserConnection is a switch; 'Contoso VPN' binds by position to -Name.
    expect(findingsOf("Get-VpnConnection -AllUserConnection 'Contoso VPN'")).toEqual([]);
  });
});

describe('filter-hashtable-key', () => {
  // Get-WinEvent 5.1 help: the -FilterHashtable keys are LogName, ProviderName, Path, Keywords, ID, Level,
  // StartTime, EndTime, UserID and Data; any other key is read as a named event data field.
  it('reports EventId, which is not a key (the key is ID), on its own line', () => {
    const code = ['Get-WinEvent -FilterHashtable @{', "  LogName = 'Application'", '  EventId = 20227', '}'].join('\n');
    expect(findingsOf(code)).toEqual(['filter-hashtable-key@3']);
  });

  it('reports a word where Level takes a number', () => {
    expect(findingsOf("Get-WinEvent -FilterHashtable @{ LogName = 'System'; Level = 'Error' }")).toEqual(['filter-hashtable-key@1']);
  });

  it('accepts the documented keys, also through a variable', () => {
    const code = [
      "$filter = @{ LogName = 'Application'; ProviderName = 'RasClient'; Id = 20227, 20226; Level = 2 }",
      'Get-WinEvent -FilterHashtable $filter',
    ].join('\n');
    expect(findingsOf(code)).toEqual([]);
  });
});

describe('unknown-property', () => {
  it('reports a Select-Object property that Get-Service output does not have', () => {
    // System.ServiceProcess.ServiceController has StartType, not StartupType (.NET API reference).
    expect(findingsOf('Get-Service RasMan | Select-Object Name, StartupType')).toEqual(['unknown-property@1']);
    expect(findingsOf('Get-Service RasMan | Select-Object Name, StartType, Status')).toEqual([]);
  });

  it('reports a Format-Table property that Get-WinEvent events do not have', () => {
    // EventLogRecord has Id and TimeCreated; there is no EventId (.NET API reference).
    expect(findingsOf('Get-WinEvent -LogName Application -MaxEvents 5 | Format-Table TimeCreated, EventId')).toEqual([
      'unknown-property@1',
    ]);
    expect(findingsOf('Get-WinEvent -LogName Application -MaxEvents 5 | Format-Table TimeCreated, Id, Message -Wrap')).toEqual([]);
  });

  it('reports a Format-List property that VPN connections do not have, after a line continuation', () => {
    // VpnConnection class (VpnClient WMI provider): TunnelType, AuthenticationMethod, ... but no Protocol.
    const code = ['Get-VpnConnection -AllUserConnection |', '  Format-List Name, TunnelType, Protocol'].join('\n');
    expect(findingsOf(code)).toEqual(['unknown-property@2']);
  });

  it('follows the names a Select-Object keeps into the next stage', () => {
    expect(findingsOf('Get-Service RasMan | Select-Object Name, Status | Format-Table DisplayName')).toEqual(['unknown-property@1']);
    expect(
      findingsOf("Get-Service RasMan | Select-Object Name, @{ Name = 'State'; Expression = { $_.Status } } | Format-Table State"),
    ).toEqual([]);
  });

  it('checks $_.Property reads in a Where-Object script block', () => {
    expect(findingsOf("Get-Service | Where-Object { $_.State -eq 'Running' }")).toEqual(['unknown-property@1']);
    expect(findingsOf("Get-Service | Where-Object { $_.Status -eq 'Running' }")).toEqual([]);
  });

  it('picks the output by path: certificates under Cert:, registry keys under HKLM:', () => {
    // X509Certificate2 has Thumbprint and NotAfter (.NET API reference); a registry key has no NotAfter.
    expect(findingsOf('Get-ChildItem Cert:\\LocalMachine\\My | Select-Object Subject, Thumbprint, NotAfter')).toEqual([]);
    expect(findingsOf('Get-ChildItem HKLM:\\SOFTWARE\\Microsoft | Select-Object Name, NotAfter')).toEqual(['unknown-property@1']);
  });
});

describe('legacy-cmdlet', () => {
  it('reports a cmdlet that only Windows Server 2012 documents, naming its successor', () => {
    expect(findingsOf('Get-VpnServerIPsecConfiguration')).toEqual(['legacy-cmdlet@1']);
    expect(messagesOf('Get-VpnServerIPsecConfiguration')[0]).toContain('Get-VpnServerConfiguration');
    expect(findingsOf('Get-VpnServerConfiguration')).toEqual([]);
  });
});

describe('checkPowerShell', () => {
  it('numbers findings from the line the block starts on', () => {
    const [finding] = checkPowerShell('\nGet-VpnConnections', 120, reference).findings;
    expect(finding?.line).toBe(121);
  });

  it('counts what it checked: commands, signatures, native programs and piped property names', () => {
    const { stats } = checkPowerShell('Get-Service RasMan | Select-Object Name, Status\nnetsh ras show client', 1, reference);
    expect(stats).toEqual({
      commands: 3,
      checkedCommands: 2,
      cmdlets: ['Get-Service', 'Select-Object'],
      nativeCommands: 1,
      natives: ['netsh'],
      propertiesChecked: 2,
    });
  });
});
