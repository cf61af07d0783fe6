/**
 * Az PowerShell cmdlets the guide uses, with the parameters of their
 * published help (Azure/azure-powershell, src/<Service>/<Service>/help/<cmdlet>.md).
 */
import type { SignatureSpec } from '../signature-spec';

export const AZ_CMDLETS: readonly SignatureSpec[] = [];
