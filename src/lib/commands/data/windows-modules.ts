/**
 * Cmdlets of Windows modules whose Windows Server 2025 help page is not among
 * the pages scripts/generate-cmdlet-table.ts reads, taken by hand from that
 * page (MicrosoftDocs/windows-powershell-docs, docset/winserver2025-ps/).
 * When the generator's input folder gains the page, move the cmdlet there.
 */
import type { SignatureSpec } from '../signature-spec';

export const WINDOWS_MODULE_CMDLETS: readonly SignatureSpec[] = [
  {
    name: 'Get-PnpDevice',
    module: 'PnpDevice',
    source: 'https://learn.microsoft.com/powershell/module/pnpdevice/get-pnpdevice?view=windowsserver2025-ps',
    parameters: `
      -AsJob Switch
      -CimSession CimSession[] aka Session
      -Class String[]
      -FriendlyName String[]
      -InstanceId String[] aka DeviceId
      -PresentOnly Switch
      -Status String[] values OK | ERROR | DEGRADED | UNKNOWN
      -ThrottleLimit Int32
    `,
  },
];
