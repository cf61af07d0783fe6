import { describe, expect, it } from 'vitest';
import { parseHelpMarkdown } from './help-markdown';
import { buildReference, defaultTables, loadReference } from './reference';
import { parseParameterSpec } from './signature-spec';

describe('the command reference tables', () => {
  const tables = defaultTables();

  it('name a public source for every cmdlet, output list, registry key and value', () => {
    const sources = [...tables.cmdlets, ...tables.outputs, ...tables.registryKeys, ...tables.registryValues].map((entry) => entry.source);
    // Install-AovpnProfile is the guide's own script; its param() block is printed on the page it names.
    const unsourced = sources.filter(
      (source) => !source.split('; ').every((part) => part.startsWith('https://') || part.startsWith('content/guide/')),
    );
    expect(unsourced).toEqual([]);
  });

  it('declare each registry value once per key', () => {
    const keys = tables.registryValues.map((value) => `${value.path.toLowerCase()}\\${value.name.toLowerCase()}`);
    expect(keys.length).toBe(new Set(keys).size);
  });

  it('refuse a cmdlet declared twice, so that one table cannot shadow another', () => {
    const [first] = tables.cmdlets;
    expect(first).toBeDefined();
    if (first)
      expect(() => buildReference({ ...tables, cmdlets: [first, { ...first, source: 'https://example.org/' }] })).toThrow(/declared twice/);
  });

  it('resolve sc to Set-Content and only sc.exe to the service-control program', () => {
    const reference = loadReference();
    expect(reference.aliases.get('sc')).toBe('Set-Content');
    expect(reference.natives.has('sc')).toBe(false);
    expect(reference.natives.has('sc.exe')).toBe(true);
  });
});

describe('parseParameterSpec', () => {
  it('reads a name, a type, aliases and accepted values', () => {
    expect(parseParameterSpec('-Status String[] aka State values OK | ERROR\n-PresentOnly Switch')).toEqual([
      { name: 'Status', type: 'String[]', aliases: ['State'], values: ['OK', 'ERROR'] },
      { name: 'PresentOnly', type: 'SwitchParameter' },
    ]);
  });

  it('throws on a line it cannot read, so a typo in a table fails the tests', () => {
    expect(() => parseParameterSpec('Status String[]')).toThrow(/Cannot read parameter spec line/);
  });
});

describe('parseHelpMarkdown', () => {
  // The shape of a platyPS page in MicrosoftDocs/windows-powershell-docs (docset/winserver2025-ps).
  const help = [
    '---',
    'Module Name: VpnClient',
    'online version: https://learn.microsoft.com/powershell/module/vpnclient/get-vpnconnection?view=windowsserver2025-ps&wt.mc_id=ps-gethelp',
    'title: Get-VpnConnection',
    '---',
    '# Get-VpnConnection',
    '## EXAMPLES',
    '### Example 1',
    '```',
    'PS C:\\> Get-VpnConnection -Name "Test1"',
    'Name                  : Test1',
    'ServerAddress         : 10.1.1.1',
    'VERBOSE: done',
    '```',
    '## PARAMETERS',
    '### -Name',
    '```yaml',
    'Type: String[]',
    'Aliases: ConnectionName',
    '```',
    '### -TunnelType',
    '```yaml',
    'Type: String',
    'Accepted values: Pptp, L2tp',
    '```',
    '### -TunnelType',
    '```yaml',
    'Type: String',
    'Accepted values: Sstp, Ikev2',
    '```',
    '### CommonParameters',
    '## INPUTS',
  ].join('\n');

  it('reads the module, the online page and each parameter once, merging its parameter sets', () => {
    const page = parseHelpMarkdown(help);
    expect(page?.signature).toEqual({
      name: 'Get-VpnConnection',
      module: 'VpnClient',
      source: 'https://learn.microsoft.com/powershell/module/vpnclient/get-vpnconnection?view=windowsserver2025-ps',
      hasCommonParameters: true,
      parameters: [
        { name: 'Name', type: 'String[]', aliases: ['ConnectionName'] },
        { name: 'TunnelType', type: 'String', values: ['Pptp', 'L2tp', 'Sstp', 'Ikev2'] },
      ],
    });
  });

  it('takes property names from the list output of an example, not message prefixes', () => {
    expect(parseHelpMarkdown(help)?.exampleProperties).toEqual(['Name', 'ServerAddress']);
  });

  it('returns undefined for a page that is not cmdlet help', () => {
    expect(parseHelpMarkdown('# About this module\n')).toBeUndefined();
  });
});
