/**
 * Cmdlets that exist only on older Windows versions. They are listed so that
 * the checker recognises them and can say what replaced them, instead of
 * calling them unknown.
 */
import type { SignatureSpec } from '../signature-spec';

export const LEGACY_CMDLETS: readonly SignatureSpec[] = [
  {
    name: 'Get-VpnServerIPsecConfiguration',
    module: 'RemoteAccess',
    source:
      'https://github.com/MicrosoftDocs/windows-powershell-docs/blob/main/docset/winserver2012-ps/remoteaccess/Get-VpnServerIPsecConfiguration.md',
    availability:
      'Windows Server 2012 only (winserver2012-ps RemoteAccess help); from Windows Server 2012 R2 the RemoteAccess module documents Get-VpnServerConfiguration, which returns the same VpnServerIPsecConfiguration object',
    parameters: `
      -AsJob Switch
      -CimSession CimSession[]
      -ThrottleLimit Int32
    `,
  },
];
