/** The interactive tools, listed once for the tools index, the home page and the header. */
export interface ToolSummary {
  readonly id: string;
  readonly title: string;
  /** Site-relative path without the base. */
  readonly path: string;
  readonly summary: string;
  /** Error codes (content/errors ids) whose pages point to this tool, and what the pointer says after the tool's name. */
  readonly relatedErrors?: { readonly ids: readonly string[]; readonly hint: string };
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
    relatedErrors: {
      // Codes where reading the certificate itself (EKU, names, key, validity, CDP/AIA, SID, chain) finds the cause.
      ids: [
        '13801',
        '13806',
        '13817',
        '13847',
        '13848',
        '13881',
        '13887',
        '0x80090325',
        '0x80090328',
        '0x80092012',
        '0x80092013',
        '0x800b0101',
        '0x800b0109',
        '0x800b010a',
        '0x800b010f',
        '0x800b0110',
        '798',
        '801',
        '810',
        '853',
        '854',
        '857',
        '858',
        '860',
        '861',
        '863',
        '864',
        '866',
        'nps-16',
        'nps-258',
        'nps-265',
        'nps-283',
      ],
      hint: 'paste the certificate involved to check its purposes (EKU), names, key, validity, revocation locations and chain for the role it plays.',
    },
  },
];

/** The tools whose entry names this error code (a content/errors id). */
export function toolsForError(errorId: string): ToolSummary[] {
  return TOOLS.filter((tool) => tool.relatedErrors?.ids.includes(errorId) === true);
}
