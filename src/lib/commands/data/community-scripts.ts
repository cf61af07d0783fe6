/**
 * Scripts the guide runs: Richard Hicks' scripts from the richardhicks/aovpn
 * repository (parameters from each script's own param() block and
 * comment-based help, at the commit the index held) and the guide's own
 * Install-AovpnProfile.ps1, printed in full on the page named as its source.
 * Scripts are looked up by file name without `.ps1`.
 */
import type { SignatureSpec } from '../signature-spec';

const HICKS = 'https://github.com/richardhicks/aovpn/blob/master';
const SHOULD_PROCESS = `
  -WhatIf Switch aka wi
  -Confirm Switch aka cf
`;

export const COMMUNITY_SCRIPTS: readonly SignatureSpec[] = [
  {
    name: 'Enable-SstpOffload',
    module: 'script',
    source: `${HICKS}/Enable-SstpOffload.ps1`,
    parameters: `
      -Computername String[]
      -CertificateHash String aka Hash
      -Restart Switch
      -Credential PSCredential
      -Authentication String values Default | Basic | Credssp | Digest | Kerberos | Negotiate | NegotiateWithImplicitCredential
      -UseSSL Switch
      -Passthru Switch
      ${SHOULD_PROCESS}
    `,
  },
  {
    name: 'Enable-VpnServerIKEv2Fragmentation',
    module: 'script',
    source: `${HICKS}/Enable-VpnServerIKEv2Fragmentation.ps1`,
    parameters: `
      -Restart Switch
    `,
  },
  {
    name: 'Optimize-VpnServerTlsConfiguration',
    module: 'script',
    source: `${HICKS}/Optimize-VpnServerTlsConfiguration.ps1`,
    parameters: `
      -Security Switch
      -Performance Switch
    `,
  },
  {
    name: 'Update-Rasphone',
    module: 'script',
    source: `${HICKS}/Update-Rasphone.ps1`,
    parameters: `
      -ProfileName String
      -SetPreferredProtocol String values IKEv2 | IKEv2Only | SSTP | SSTPOnly | Automatic
      -InterfaceMetric String
      -DisableIkeMobility Switch
      -NetworkOutageTime String values 60 | 120 | 300 | 600 | 1200 | 1800
      -UseRasCredentials String values true | false
      -RasphonePath String
      -AllUserConnection Switch
      ${SHOULD_PROCESS}
    `,
  },
  {
    name: 'Install-AovpnProfile',
    module: 'script',
    // The guide's own script; its param() block is on this page.
    source: 'content/guide/05-client-deployment/11-powershell-configmgr.mdx',
    hasCommonParameters: false,
    parameters: `
      -XmlPath String
      -ProfileName String
      -AllUsers Switch
    `,
  },
];
