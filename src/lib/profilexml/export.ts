/**
 * Export forms for a normalised profile:
 * - the Intune custom OMA-URI setting (VPNv2 CSP path with the profile name
 *   URL-encoded, data type "String (XML file)");
 * - a PowerShell script that creates the profile through the WMI bridge
 *   (class MDM_VPNv2_01 in root\cimv2\mdm\dmmap) when run as SYSTEM.
 *
 * Sources: VPNv2 CSP (./User vs ./Device paths; names URL-encoded; no "/"),
 * VPN profile options (Intune steps), Configure VPN device tunnels (WMI bridge
 * script, SYSTEM context), Richard Hicks' New-AovpnConnection.ps1 (user
 * context options for a per-user profile created as SYSTEM).
 */

import { quotePowerShell } from '../powershell/quote';

export type TunnelKind = 'user' | 'device';

/** Why a profile name cannot be used, or undefined when it can. */
export function validateProfileName(name: string): string | undefined {
  if (name.trim() === '') return 'Enter a profile name; it becomes the connection name users see.';
  if (name.includes('/')) return 'The VPNv2 CSP does not allow a forward slash (/) in the profile name.';
  if (name.length > 200) return 'Use a shorter profile name.';
  return undefined;
}

/** URL-encodes the profile name for the OMA-URI and the WMI InstanceID (a space becomes %20). */
export function encodeProfileName(name: string): string {
  return encodeURIComponent(name.trim()).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

export interface IntuneExport {
  readonly name: string;
  readonly omaUri: string;
  readonly dataType: string;
  readonly fileName: string;
  /** The XML file content to upload. */
  readonly value: string;
}

export function buildIntuneExport(xml: string, profileName: string, tunnel: TunnelKind): IntuneExport {
  const scope = tunnel === 'device' ? './Device' : './User';
  const name = profileName.trim() === '' ? 'Always On VPN' : profileName.trim();
  const fileName = `${name.replace(/[^A-Za-z0-9._-]+/g, '_') || 'ProfileXML'}.xml`;
  return {
    name,
    omaUri: `${scope}/Vendor/MSFT/VPNv2/${encodeProfileName(name)}/ProfileXML`,
    dataType: 'String (XML file)',
    fileName,
    value: xml,
  };
}

/**
 * HTML-encodes the XML for the WMI bridge's ProfileXML property. Microsoft's
 * sample escapes <, > and "; & is escaped first as well so that entities
 * already in the XML (&amp;) survive the decoding.
 */
export function escapeForWmiBridge(xml: string): string {
  return xml.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Reverses escapeForWmiBridge (for tests and round-trip checks). */
export function unescapeWmiBridge(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&');
}

/**
 * Embeds text in the script as a verbatim PowerShell literal. Never a
 * here-string: a crafted profile holding a bare CR followed by '@ would end
 * one and add commands (see quotePowerShell).
 */
export function toPowerShellLiteral(text: string): string {
  return quotePowerShell(text);
}

export interface WmiScriptOptions {
  readonly profileName: string;
  readonly tunnel: TunnelKind;
  /** Wording of the header for Configuration Manager deployments. */
  readonly isConfigMgr?: boolean;
}

export function buildWmiBridgeScript(xml: string, options: WmiScriptOptions): string {
  const name = options.profileName.trim() === '' ? 'Always On VPN' : options.profileName.trim();
  const isDevice = options.tunnel === 'device';
  const header = [
    `# Creates the Always On VPN ${isDevice ? 'device tunnel' : 'user tunnel'} profile "${name}" through the MDM WMI bridge.`,
    options.isConfigMgr
      ? '# Deploy with Configuration Manager as a script or package that runs as SYSTEM.'
      : '# Run as SYSTEM, for example: PsExec64.exe -s -i powershell.exe -File <this script>.',
    isDevice
      ? '# Verify afterwards with: Get-VpnConnection -AllUserConnection'
      : '# The profile is created for the user signed in at the console. Verify as that user with: Get-VpnConnection',
    '# To change an existing profile, delete it and create it again (VPNv2 CSP guidance).',
  ];
  const lines = [
    ...header,
    '',
    "$ErrorActionPreference = 'Stop'",
    '',
    'if (-not [System.Security.Principal.WindowsIdentity]::GetCurrent().IsSystem) {',
    "    Write-Error 'Run this script as SYSTEM; the MDM WMI bridge creates VPN profiles only in that context.'",
    '    exit 1',
    '}',
    '',
    `$ProfileName = ${quotePowerShell(name)}`,
    `$InstanceId = ${quotePowerShell(encodeProfileName(name))}`,
    '# ProfileXML, HTML-encoded (& < > " escaped) as the WMI bridge expects.',
    `$ProfileXml = ${toPowerShellLiteral(escapeForWmiBridge(xml))}`,
    '',
    "$NamespaceName = 'root\\cimv2\\mdm\\dmmap'",
    "$ClassName = 'MDM_VPNv2_01'",
    "$ParentId = './Vendor/MSFT/VPNv2'",
    '',
  ];
  if (!isDevice) {
    lines.push(
      '# A user tunnel belongs to a user: find the console user and create the profile in their context.',
      '$UserName = (Get-CimInstance -ClassName Win32_ComputerSystem).UserName',
      'if (-not $UserName) {',
      "    Write-Error 'No user is signed in at the console; sign in first (the user tunnel is created for that user).'",
      '    exit 1',
      '}',
      '$UserSid = ([System.Security.Principal.NTAccount]$UserName).Translate([System.Security.Principal.SecurityIdentifier]).Value',
      '$Options = [Microsoft.Management.Infrastructure.Options.CimOperationOptions]::new()',
      "$Options.SetCustomOption('PolicyPlatformContext_PrincipalContext_Type', 'PolicyPlatform_UserContext', $false)",
      "$Options.SetCustomOption('PolicyPlatformContext_PrincipalContext_Id', $UserSid, $false)",
      '',
    );
  }
  lines.push(
    '$Session = New-CimSession',
    'try {',
    '    $Instance = [Microsoft.Management.Infrastructure.CimInstance]::new($ClassName, $NamespaceName)',
    "    $Instance.CimInstanceProperties.Add([Microsoft.Management.Infrastructure.CimProperty]::Create('ParentID', $ParentId, 'String', 'Key'))",
    "    $Instance.CimInstanceProperties.Add([Microsoft.Management.Infrastructure.CimProperty]::Create('InstanceID', $InstanceId, 'String', 'Key'))",
    "    $Instance.CimInstanceProperties.Add([Microsoft.Management.Infrastructure.CimProperty]::Create('ProfileXML', $ProfileXml, 'String', 'Property'))",
    isDevice
      ? '    $null = $Session.CreateInstance($NamespaceName, $Instance)'
      : '    $null = $Session.CreateInstance($NamespaceName, $Instance, $Options)',
    '    Write-Output "Created VPN profile \'$ProfileName\'."',
    '}',
    'catch {',
    '    Write-Error "Could not create VPN profile \'$ProfileName\': $_"',
    '    exit 1',
    '}',
    'finally {',
    '    Remove-CimSession -CimSession $Session',
    '}',
  );
  return lines.join('\n');
}
