/** The documents the certificate rules rest on, and the guide sections their findings link to. */
import type { GuideLink, Source } from '../rules/contract';

export const SOURCES = {
  msCertificates: {
    title: 'Tutorial: Deploy Always On VPN, set up certificate authority and templates (Microsoft Learn)',
    url: 'https://learn.microsoft.com/en-us/windows-server/remote/remote-access/tutorial-aovpn-deploy-create-certificates',
  },
  msConditionalAccess: {
    title: 'Conditional access for VPN connectivity using Microsoft Entra ID (Microsoft Learn)',
    url: 'https://learn.microsoft.com/en-us/windows-server/remote/remote-access/how-to-aovpn-conditional-access',
  },
  hicksIkev2: {
    title: 'Richard Hicks: Always On VPN certificate requirements for IKEv2',
    url: 'https://directaccess.richardhicks.com/2018/04/30/always-on-vpn-certificate-requirements-for-ikev2/',
  },
  kb5014754: {
    title: 'KB5014754: Certificate-based authentication changes on Windows domain controllers (Microsoft Support)',
    url: 'https://support.microsoft.com/en-us/topic/kb5014754-certificate-based-authentication-changes-on-windows-domain-controllers-ad2c23b0-15d8-4340-a468-4d4f3b188f16',
  },
  sanUriTag: {
    title: 'Preview of SAN URI for Certificate Strong Mapping for KB5014754 (Microsoft Ask the Directory Services Team)',
    url: 'https://techcommunity.microsoft.com/t5/ask-the-directory-services-team/preview-of-san-uri-for-certificate-strong-mapping-for-kb5014754/bc-p/3794144',
  },
  rfc5280: {
    title: 'RFC 5280: Internet X.509 Public Key Infrastructure Certificate and CRL Profile, §4.2',
    url: 'https://www.rfc-editor.org/rfc/rfc5280#section-4.2',
  },
  rfc6125: {
    title: 'RFC 6125: Representation and Verification of Domain-Based Application Service Identity, §6.4',
    url: 'https://www.rfc-editor.org/rfc/rfc6125#section-6.4',
  },
  sc081: {
    title: 'CA/Browser Forum Ballot SC-081v3: Introduce schedule of reducing validity and data reuse periods',
    url: 'https://cabforum.org/2025/04/11/ballot-sc081v3-introduce-schedule-of-reducing-validity-and-data-reuse-periods/',
  },
  wcceTemplate: {
    title: '[MS-WCCE] Certificate template extensions (Microsoft Open Specifications)',
    url: 'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wcce/e563cff8-1af6-4e6f-a655-7571ca482e71',
  },
  nistKeys: {
    title: 'NIST SP 800-131A Rev. 2: Transitioning the Use of Cryptographic Algorithms and Key Lengths',
    url: 'https://csrc.nist.gov/pubs/sp/800/131/a/r2/final',
  },
  sstpOffload: {
    title: 'Richard Hicks: Enable-SstpOffload.ps1',
    url: 'https://github.com/richardhicks/aovpn/blob/master/Enable-SstpOffload.ps1',
  },
} as const satisfies Record<string, Source>;

function section(title: string, path: string): GuideLink {
  return { title: `Certificates › ${title}`, path };
}

export const GUIDE = {
  vpnServer: section('VPN server (IKEv2) template', '/guide/certificates/vpn-server-template/'),
  userTemplate: section('User template', '/guide/certificates/user-template/'),
  nps: section('NPS server certificate', '/guide/certificates/nps-certificate/#what-the-certificate-needs'),
  device: section('Device tunnel certificate', '/guide/certificates/device-certificate/'),
  revocation: section('Revocation checking', '/guide/certificates/revocation/'),
  strongMapping: section('Strong mapping (KB5014754)', '/guide/certificates/strong-mapping/'),
  sstp: section('SSTP TLS certificate', '/guide/certificates/sstp-tls-certificate/'),
  sstpRenewal: section('SSTP TLS certificate: renewal', '/guide/certificates/sstp-tls-certificate/#renewal'),
  conditionalAccess: {
    title: 'Intune certificates › Entra Conditional Access VPN certificates',
    path: '/guide/intune-certificates/conditional-access-certificates/',
  },
  ntauth: section('NTAuth and publishing CA certificates', '/guide/certificates/ntauth/'),
} as const satisfies Record<string, GuideLink>;
