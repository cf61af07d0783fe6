/**
 * The common parameters every compiled cmdlet and advanced function accepts,
 * as listed in each help page's CommonParameters section and described in
 * about_CommonParameters (Windows PowerShell 5.1).
 */
import type { SignatureSpec } from '../signature-spec';

export const ABOUT_COMMON_PARAMETERS =
  'https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_commonparameters?view=powershell-5.1';

/** ActionPreference values accepted by -ErrorAction, -WarningAction and -InformationAction in 5.1. */
const ACTION_PREFERENCE = 'SilentlyContinue | Stop | Continue | Inquire | Ignore | Suspend';

export const COMMON_PARAMETERS: SignatureSpec = {
  name: '<CommonParameters>',
  module: 'Microsoft.PowerShell.Core',
  source: ABOUT_COMMON_PARAMETERS,
  hasCommonParameters: false,
  parameters: `
    -Debug Switch aka db
    -ErrorAction ActionPreference aka ea values ${ACTION_PREFERENCE}
    -ErrorVariable String aka ev
    -InformationAction ActionPreference aka infa values ${ACTION_PREFERENCE}
    -InformationVariable String aka iv
    -OutBuffer Int32 aka ob
    -OutVariable String aka ov
    -PipelineVariable String aka pv
    -Verbose Switch aka vb
    -WarningAction ActionPreference aka wa values ${ACTION_PREFERENCE}
    -WarningVariable String aka wv
  `,
};
