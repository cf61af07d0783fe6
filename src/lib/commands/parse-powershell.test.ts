import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePowerShell, type PsArgument, type PsCommand, type PsScript } from './parse-powershell';

/** Every command of the script, in source order. */
const commandsOf = (script: PsScript): PsCommand[] =>
  script.pipelines.flatMap((pipeline) => pipeline.elements.flatMap((element) => (element.kind === 'command' ? [element.command] : [])));

const namesOf = (script: PsScript): string[] => commandsOf(script).map((command) => command.name);

/** Arguments as short strings: `-Name`, `-Name:value`, a value's text, `@splat`. */
function describeArgs(command: PsCommand | undefined): string[] {
  const describe = (arg: PsArgument): string => {
    if (arg.kind === 'splat') return `@${arg.variable}`;
    if (arg.kind === 'parameter') return arg.attachedValue === undefined ? `-${arg.name}` : `-${arg.name}:${valueText(arg.attachedValue)}`;
    return valueText(arg.value);
  };
  return (command?.args ?? []).map(describe);
}

function valueText(value: Extract<PsArgument, { kind: 'value' }>['value']): string {
  if (value.kind === 'array') return value.items.map(valueText).join(',');
  if (value.kind === 'hashtable') return `@{${value.entries.map((entry) => entry.key).join(';')}}`;
  return value.text;
}

describe('parsePowerShell', () => {
  it('splits a pipeline into its commands, each with its own arguments', () => {
    const script = parsePowerShell('Get-Service -Name RemoteAccess | Select-Object Name, Status | Format-Table -AutoSize');
    expect(namesOf(script)).toEqual(['Get-Service', 'Select-Object', 'Format-Table']);
    expect(script.pipelines).toHaveLength(1);
    expect(describeArgs(commandsOf(script)[1])).toEqual(['Name,Status']);
  });

  it('joins lines ending in a backtick into one command, keeping the line of each argument', () => {
    const script = parsePowerShell(
      ['Set-VpnServerConfiguration -TunnelType IKEv2 -CustomPolicy `', '  -EncryptionMethod AES256 `', '  -PassThru'].join('\n'),
      10,
    );
    const [command] = commandsOf(script);
    expect(commandsOf(script)).toHaveLength(1);
    expect(describeArgs(command)).toEqual(['-TunnelType', 'IKEv2', '-CustomPolicy', '-EncryptionMethod', 'AES256', '-PassThru']);
    expect(command?.args.map((arg) => (arg.kind === 'value' ? arg.value.line : arg.line))).toEqual([10, 10, 10, 11, 11, 12]);
  });

  it('treats a backtick followed only by trailing spaces as a continuation too', () => {
    const script = parsePowerShell('Get-VpnConnection ` \n  -AllUserConnection');
    expect(namesOf(script)).toEqual(['Get-VpnConnection']);
    expect(describeArgs(commandsOf(script)[0])).toEqual(['-AllUserConnection']);
  });

  it('continues a pipeline on the next line after a trailing pipe', () => {
    const script = parsePowerShell('Get-WinEvent -LogName Application |\n  Where-Object Id -eq 20227');
    expect(script.pipelines).toHaveLength(1);
    expect(namesOf(script)).toEqual(['Get-WinEvent', 'Where-Object']);
  });

  it('records a splat as a splat and the hashtable assigned to its variable', () => {
    const script = parsePowerShell(
      ['$params = @{', "  Name = 'Contoso VPN'", '  AllUserConnection = $true', '}', 'Set-VpnConnection @params -PassThru'].join('\n'),
    );
    expect(describeArgs(commandsOf(script)[0])).toEqual(['@params', '-PassThru']);
    const assigned = script.assignments.find((assignment) => assignment.variable === 'params');
    expect(assigned?.value?.kind).toBe('hashtable');
    if (assigned?.value?.kind === 'hashtable') {
      expect(assigned.value.entries.map((entry) => [entry.key, entry.line])).toEqual([
        ['Name', 2],
        ['AllUserConnection', 3],
      ]);
    }
  });

  it('reads a here-string as one value and never mistakes its lines for commands', () => {
    const script = parsePowerShell(["$xml = @'", '<VPNProfile>', 'Remove-Item -Recurse C:\\', "'@", 'Write-Output $xml'].join('\n'));
    expect(namesOf(script)).toEqual(['Write-Output']);
    const assigned = script.assignments.find((assignment) => assignment.variable === 'xml');
    expect(assigned?.value).toMatchObject({ kind: 'literal', text: '<VPNProfile>\nRemove-Item -Recurse C:\\' });
  });

  it('finds the commands inside $( ) of an expandable here-string', () => {
    const script = parsePowerShell(['$report = @"', 'Server: $(Get-VpnServerConfiguration)', '"@'].join('\n'));
    expect(namesOf(script)).toEqual(['Get-VpnServerConfiguration']);
  });

  it('ignores line comments, block comments and text that only looks like commands inside them', () => {
    const script = parsePowerShell(
      [
        '# Get-Nothing -Here',
        '<# Remove-Everything',
        '   -Now #>',
        'Get-VpnConnection -Name Contoso  # Get-Other',
        'Restart-Service <# inline #> RemoteAccess',
      ].join('\n'),
    );
    expect(namesOf(script)).toEqual(['Get-VpnConnection', 'Restart-Service']);
    expect(describeArgs(commandsOf(script)[1])).toEqual(['RemoteAccess']);
  });

  it('keeps positional arguments as values, in order, quoted or not', () => {
    const script = parsePowerShell("Get-NetIPsecMainModeSA\nNew-NetRoute 10.0.0.0/8 'Contoso VPN' -PolicyStore ActiveStore");
    expect(describeArgs(commandsOf(script)[1])).toEqual(['10.0.0.0/8', 'Contoso VPN', '-PolicyStore', 'ActiveStore']);
  });

  it('reads -Name:value as a parameter with its value attached', () => {
    const script = parsePowerShell('Set-VpnConnection -Name Contoso -SplitTunneling:$false');
    expect(describeArgs(commandsOf(script)[0])).toEqual(['-Name', 'Contoso', '-SplitTunneling:$false']);
  });

  it('finds commands nested in script blocks, parentheses, keywords and hashtable values', () => {
    const script = parsePowerShell(
      [
        'foreach ($server in Get-Content servers.txt) {',
        '  if ((Get-Service -Name RemoteAccess).Status -ne "Running") { Start-Service RemoteAccess }',
        '}',
        'Invoke-Command -ComputerName RRAS01 -ScriptBlock { Get-RemoteAccess }',
        '$table = @{ Config = Get-VpnServerConfiguration }',
      ].join('\n'),
    );
    expect(namesOf(script)).toEqual([
      'Get-Content',
      'Get-Service',
      'Start-Service',
      'Invoke-Command',
      'Get-RemoteAccess',
      'Get-VpnServerConfiguration',
    ]);
  });

  it('takes a native program and its own switches as one command, and skips redirections', () => {
    const script = parsePowerShell('netsh ras set tracing * enabled > trace.txt 2>&1\ncertutil -urlcache * delete');
    expect(namesOf(script)).toEqual(['netsh', 'certutil']);
    expect(describeArgs(commandsOf(script)[0])).toEqual(['ras', 'set', 'tracing', '*', 'enabled']);
  });

  it('records the functions a script defines, so their calls are not unknown commands', () => {
    const script = parsePowerShell('function Test-Tunnel { param($Name) Get-VpnConnection -Name $Name }\nTest-Tunnel -Name Contoso');
    expect(script.functions).toEqual(['test-tunnel']);
    expect(namesOf(script)).toEqual(['Get-VpnConnection', 'Test-Tunnel']);
  });

  it('counts lines from the first line it is given', () => {
    const script = parsePowerShell('\n\nGet-VpnConnection', 40);
    expect(commandsOf(script)[0]?.line).toBe(42);
  });

  it('never throws, whatever text it is given', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...Array.from('ab-$@`\'"{}()[]|;#<>=,.\n \\:&%')) }), (text) => {
        expect(() => parsePowerShell(text)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
