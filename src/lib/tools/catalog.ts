/** The interactive tools, listed once for the tools index, the home page and the header. */
export interface ToolSummary {
  readonly id: string;
  readonly title: string;
  /** Site-relative path without the base. */
  readonly path: string;
  readonly summary: string;
}

export const TOOLS: readonly ToolSummary[] = [
  {
    id: 'error-lookup',
    title: 'Error code lookup',
    path: '/errors/',
    summary:
      'Paste a code in any form (809, 0x80070329, -2147024087, ERROR_VPN_TIMEOUT) or a whole event message; get every code it contains, what it means and how to fix it.',
  },
  {
    id: 'nat-path',
    title: 'NAT path visualizer',
    path: '/tools/nat-path/',
    summary:
      'Describe the path from client to RRAS (NAT, load balancer, persistence, what is blocked) and watch each IKEv2 or SSTP packet hop by hop, with a verdict and the fix.',
  },
  {
    id: 'profilexml',
    title: 'ProfileXML linter and builder',
    path: '/tools/profilexml/',
    summary:
      'Check a ProfileXML against the VPNv2 CSP and known Windows quirks, or build one from a form; export it for Intune or a PowerShell WMI-bridge script.',
  },
  {
    id: 'ikev2-policy',
    title: 'IKEv2 policy match checker',
    path: '/tools/ikev2-policy/',
    summary:
      'Compare the RRAS server IKEv2 policy with the client profile, predict error 13868, grade the cryptography and generate a matching strong pair.',
  },
  {
    id: 'certificate',
    title: 'Certificate inspector',
    path: '/tools/certificate/',
    summary:
      'Paste a certificate or chain, or choose a .cer file, and check it for its role (IKEv2, SSTP, NPS, user, device tunnel, Entra, CA); copy its thumbprints and the SSTP offload hash.',
  },
];
