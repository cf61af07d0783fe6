/**
 * Every registry key and value under HKEY_LOCAL_MACHINE that the guide
 * names, declared once with its type, meaning and the public source it was
 * checked against. The checker fails when a page names a key or value that
 * is not here, or gives a value another key or type. A `*` segment stands
 * for any one subkey name.
 *
 * Entries marked "(page source)" were taken from the source the page itself
 * cites and were not re-read for this table.
 */
import type { RegistryKey, RegistryValue } from '../types';

const RRAS = 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\RemoteAccess\\Parameters';
const IKEV2 = `${RRAS}\\Ikev2`;
const IKEEXT = 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\IKEEXT\\Parameters';
const SSTP = 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\SstpSvc\\Parameters';
const EAP_TLS = 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\RasMan\\PPP\\EAP\\13';
const SCHANNEL = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL';
const CIPHER_ORDER = 'HKLM\\SOFTWARE\\Policies\\Microsoft\\Cryptography\\Configuration\\SSL\\00010002';
const MSCEP = 'HKLM\\SOFTWARE\\Microsoft\\Cryptography\\MSCEP';
const AZURE_MFA = 'HKLM\\SOFTWARE\\Microsoft\\AzureMfa';

const HICKS = 'https://github.com/richardhicks/aovpn/blob/master';
const NPS_CRL =
  'https://learn.microsoft.com/windows-server/networking/technologies/nps/network-policy-server-certificate-revocation-list-check-registry-settings';
const SCEP = 'https://learn.microsoft.com/mem/intune/protect/certificates-scep-configure';

export const REGISTRY_KEYS: readonly RegistryKey[] = [
  {
    path: `${RRAS}\\IP`,
    meaning: 'RRAS IPv4 settings, including the DHCP address pool request size.',
    source: `${HICKS}/Update-VpnServerDhcpPoolSize.ps1`,
  },
  { path: IKEV2, meaning: 'RRAS IKEv2 settings.', source: `${HICKS}/Enable-VpnServerIKEv2Fragmentation.ps1` },
  {
    path: `${RRAS}\\AccountLockout`,
    meaning: 'Remote access account lockout: one subkey per locked-out account. (page source)',
    source: 'https://learn.microsoft.com/previous-versions/windows/it-pro/windows-server-2008-r2-and-2008/dd197521(v=ws.10)',
  },
  {
    path: `${RRAS}\\AccountLockout\\*`,
    meaning: 'The lockout entry of one account, named domain:user. (page source)',
    source: 'https://learn.microsoft.com/previous-versions/windows/it-pro/windows-server-2008-r2-and-2008/dd197521(v=ws.10)',
  },
  { path: IKEEXT, meaning: 'IKE and AuthIP keying module settings.', source: `${HICKS}/Set-IKEv2VPNLoadBalancingParameters.ps1` },
  { path: SSTP, meaning: 'SSTP service settings, including the TLS offload certificate hash.', source: `${HICKS}/Enable-SstpOffload.ps1` },
  { path: EAP_TLS, meaning: 'EAP-TLS (EAP type 13) settings that NPS and the client read.', source: NPS_CRL },
  {
    path: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip6\\Parameters',
    meaning: 'IPv6 stack settings, including which IPv6 components are turned off.',
    source: 'https://learn.microsoft.com/troubleshoot/windows-server/networking/configure-ipv6-in-windows',
  },
  {
    path: 'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\NetworkConnectivityStatusIndicator',
    meaning: 'Group Policy settings for the Network Connectivity Status Indicator probe. (page source)',
    source: 'https://directaccess.richardhicks.com/2019/04/17/always-on-vpn-updates-to-improve-connection-reliability/',
  },
  {
    path: 'HKLM\\SOFTWARE\\Microsoft\\Flyout\\VPN',
    meaning: 'Settings of the VPN entries in the Windows network flyout. (page source)',
    source: 'https://directaccess.richardhicks.com/tag/network-connectivity-status-indicator/',
  },
  {
    path: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\RasMan\\Parameters',
    meaning: 'Remote access connection manager parameters, including the automatic L2TP IPsec policy switch.',
    source: 'https://learn.microsoft.com/troubleshoot/windows-server/networking/l2tp-vpn-fails-with-error-787',
  },
  {
    path: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\RasMan\\Config',
    meaning: 'Remote access connection manager settings.',
    source: 'https://learn.microsoft.com/windows/security/operating-system-security/network-security/vpn/vpn-auto-trigger-profile',
  },
  {
    path: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\RasMan\\IKEv2',
    meaning: 'Client IKEv2 settings.',
    source: 'https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-troubleshoot-vpn-point-to-site-connection-problems',
  },
  {
    path: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\Dhcp',
    meaning: 'DHCP Client service registration.',
    source: `${HICKS}/Update-VpnServerDhcpPrivileges.ps1`,
  },
  { path: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\HTTP\\Parameters', meaning: 'HTTP.sys limits. (page source)', source: SCEP },
  {
    path: SCHANNEL,
    meaning: 'Schannel (TLS) settings.',
    source: 'https://learn.microsoft.com/windows-server/security/tls/tls-registry-settings',
  },
  {
    path: `${SCHANNEL}\\Protocols`,
    meaning: 'Schannel protocol versions.',
    source: 'https://learn.microsoft.com/windows-server/security/tls/tls-registry-settings',
  },
  {
    path: `${SCHANNEL}\\Protocols\\*\\Server`,
    meaning: 'Server side of one protocol version (SSL 3.0, TLS 1.0, ...).',
    source: `${HICKS}/Optimize-VpnServerTlsConfiguration.ps1`,
  },
  { path: CIPHER_ORDER, meaning: 'Policy for the TLS cipher suite order.', source: `${HICKS}/Optimize-VpnServerTlsConfiguration.ps1` },
  {
    path: 'HKLM\\SOFTWARE\\Policies\\Microsoft\\Cryptography\\AutoEnrollment',
    meaning: 'Certificate autoenrollment policy. (page source)',
    source: `${HICKS}/Get-RrasConfiguration.ps1`,
  },
  {
    path: 'HKLM\\SOFTWARE\\Microsoft\\EnterpriseCertificates\\NTAuth\\Certificates',
    meaning: "Each machine's cached copy of the enterprise NTAuth store. (page source)",
    source:
      'https://learn.microsoft.com/troubleshoot/windows-server/certificates-and-public-key-infrastructure-pki/import-third-party-ca-to-enterprise-ntauth-store',
  },
  {
    path: 'HKLM\\SOFTWARE\\Microsoft\\MicrosoftIntune\\PFXCertificateConnector',
    meaning: 'Intune Certificate Connector (PKCS) settings. (page source)',
    source: 'https://learn.microsoft.com/mem/intune/protect/certificates-pfx-configure',
  },
  { path: MSCEP, meaning: 'NDES: the certificate templates it requests, by purpose.', source: SCEP },
  {
    path: AZURE_MFA,
    meaning: 'NPS extension for Microsoft Entra multifactor authentication.',
    source: 'https://learn.microsoft.com/entra/identity/authentication/howto-mfa-nps-extension-vpn',
  },
];

export const REGISTRY_VALUES: readonly RegistryValue[] = [
  {
    path: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip6\\Parameters',
    name: 'DisabledComponents',
    type: 'REG_DWORD',
    meaning: 'Bit mask of IPv6 components to turn off; 0 leaves IPv6 fully on. Read at start-up.',
    source: 'https://learn.microsoft.com/troubleshoot/windows-server/networking/configure-ipv6-in-windows',
  },
  {
    path: 'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\NetworkConnectivityStatusIndicator',
    name: 'UseGlobalDNS',
    type: 'REG_DWORD',
    meaning: '1 makes the NCSI probe resolve its names with the global DNS servers. (page source)',
    source: 'https://directaccess.richardhicks.com/2019/04/17/always-on-vpn-updates-to-improve-connection-reliability/',
  },
  {
    path: 'HKLM\\SOFTWARE\\Microsoft\\Flyout\\VPN',
    name: 'ShowDeviceTunnelInUI',
    type: 'REG_DWORD',
    meaning: '1 lists the device tunnel in the network flyout (status only). (page source)',
    source: 'https://directaccess.richardhicks.com/tag/network-connectivity-status-indicator/',
  },
  {
    path: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\RasMan\\Parameters',
    name: 'ProhibitIpSec',
    type: 'REG_DWORD',
    meaning: '1 turns off the IPsec policy Windows creates for L2TP, so a manual policy must take its place.',
    source: 'https://learn.microsoft.com/troubleshoot/windows-server/networking/l2tp-vpn-fails-with-error-787',
  },
  {
    path: `${RRAS}\\IP`,
    name: 'InitialAddressPoolSize',
    type: 'REG_DWORD',
    meaning: 'How many addresses RRAS requests from DHCP at a time.',
    source: `${HICKS}/Update-VpnServerDhcpPoolSize.ps1`,
  },
  {
    path: IKEV2,
    name: 'EnableServerFragmentation',
    type: 'REG_DWORD',
    meaning: '1 enables IKEv2 fragmentation on the server.',
    source: `${HICKS}/Enable-VpnServerIKEv2Fragmentation.ps1`,
  },
  {
    path: IKEV2,
    name: 'CertAuthFlags',
    type: 'REG_DWORD',
    meaning: '4 makes RRAS check revocation of IKEv2 machine certificates; 2 or absent turns it off.',
    source: 'https://learn.microsoft.com/windows-server/remote/remote-access/how-to-always-on-vpn-block-clients-revoked-certificates',
  },
  {
    path: IKEEXT,
    name: 'IkeNumEstablishedForInitialQuery',
    type: 'REG_DWORD',
    meaning: 'How many IPsec connections IKEEXT accepts from one source address.',
    source: `${HICKS}/Set-IKEv2VPNLoadBalancingParameters.ps1`,
  },
  {
    path: SSTP,
    name: 'UseHttps',
    type: 'REG_DWORD',
    meaning: '0 with TLS offload: SSTP accepts plain HTTP from the load balancer.',
    source: `${HICKS}/Enable-SstpOffload.ps1`,
  },
  {
    path: SSTP,
    name: 'isHashConfiguredByAdmin',
    type: 'REG_DWORD',
    meaning: '1: the certificate hash below was set by the administrator.',
    source: `${HICKS}/Enable-SstpOffload.ps1`,
  },
  {
    path: SSTP,
    name: 'SHA256CertificateHash',
    type: 'REG_BINARY',
    meaning: 'SHA-256 hash of the certificate the offloading device presents.',
    source: `${HICKS}/Enable-SstpOffload.ps1`,
  },
  {
    path: SSTP,
    name: 'SHA1CertificateHash',
    type: 'REG_BINARY',
    meaning: 'SHA-1 hash of that certificate; the script removes it.',
    source: `${HICKS}/Enable-SstpOffload.ps1`,
  },
  {
    path: EAP_TLS,
    name: 'IgnoreNoRevocationCheck',
    type: 'REG_DWORD',
    meaning: '1 lets EAP-TLS clients connect when revocation checking cannot be done.',
    source: NPS_CRL,
  },
  {
    path: EAP_TLS,
    name: 'IgnoreRevocationOffline',
    type: 'REG_DWORD',
    meaning: '1 lets clients connect when the CRL server is unreachable.',
    source: NPS_CRL,
  },
  {
    path: EAP_TLS,
    name: 'NoRevocationCheck',
    type: 'REG_DWORD',
    meaning: '1 turns off revocation checking of client certificates.',
    source: NPS_CRL,
  },
  {
    path: EAP_TLS,
    name: 'NoRootRevocationCheck',
    type: 'REG_DWORD',
    meaning: '1 skips the revocation check of the root CA certificate.',
    source: NPS_CRL,
  },
  {
    path: EAP_TLS,
    name: 'TlsVersion',
    type: 'REG_DWORD',
    meaning: 'TLS versions EAP-TLS offers (the KB3121002 workaround). (page source)',
    source: 'https://learn.microsoft.com/windows-server/networking/technologies/extensible-authentication-protocol/windows-11-changes',
  },
  {
    path: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\RasMan\\Config',
    name: 'AutoTriggerDisabledProfilesList',
    type: 'REG_MULTI_SZ',
    meaning: 'Profiles whose Connect automatically box the user cleared.',
    source: 'https://learn.microsoft.com/windows/security/operating-system-security/network-security/vpn/vpn-auto-trigger-profile',
  },
  {
    path: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\RasMan\\IKEv2',
    name: 'DisableCertReqPayload',
    type: 'REG_DWORD',
    meaning: '1 stops the client sending a certificate request payload (old Windows 10 builds against Azure).',
    source: 'https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-troubleshoot-vpn-point-to-site-connection-problems',
  },
  {
    path: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\Dhcp',
    name: 'RequiredPrivileges',
    type: 'REG_MULTI_SZ',
    meaning: 'Privileges the DHCP Client service runs with (the script adds SeImpersonatePrivilege).',
    source: `${HICKS}/Update-VpnServerDhcpPrivileges.ps1`,
  },
  {
    path: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\HTTP\\Parameters',
    name: 'MaxFieldLength',
    type: 'REG_DWORD',
    meaning: 'Largest HTTP header field HTTP.sys accepts. (page source)',
    source: SCEP,
  },
  {
    path: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\HTTP\\Parameters',
    name: 'MaxRequestBytes',
    type: 'REG_DWORD',
    meaning: 'Largest HTTP request line and headers. (page source)',
    source: SCEP,
  },
  {
    path: `${SCHANNEL}\\Protocols\\*\\Server`,
    name: 'Enabled',
    type: 'REG_DWORD',
    meaning: '0 disables the protocol version for the server role.',
    source: `${HICKS}/Optimize-VpnServerTlsConfiguration.ps1`,
  },
  {
    path: CIPHER_ORDER,
    name: 'Functions',
    type: 'REG_SZ',
    meaning: 'Comma-separated cipher suites, in order of preference.',
    source: `${HICKS}/Optimize-VpnServerTlsConfiguration.ps1`,
  },
  {
    path: 'HKLM\\SOFTWARE\\Policies\\Microsoft\\Cryptography\\AutoEnrollment',
    name: 'AEPolicy',
    type: 'REG_DWORD',
    meaning: 'Whether autoenrollment policy is applied to the machine. (page source)',
    source: `${HICKS}/Get-RrasConfiguration.ps1`,
  },
  {
    path: 'HKLM\\SOFTWARE\\Microsoft\\MicrosoftIntune\\PFXCertificateConnector',
    name: 'EnableSidSecurityExtension',
    type: 'REG_DWORD',
    meaning: '1 makes the connector add the SID extension to PKCS certificates. (page source)',
    source: 'https://learn.microsoft.com/mem/intune/protect/certificates-pfx-configure',
  },
  { path: MSCEP, name: 'SignatureTemplate', type: 'REG_SZ', meaning: 'Template NDES requests for the Signature purpose.', source: SCEP },
  { path: MSCEP, name: 'EncryptionTemplate', type: 'REG_SZ', meaning: 'Template NDES requests for the Encryption purpose.', source: SCEP },
  {
    path: MSCEP,
    name: 'GeneralPurposeTemplate',
    type: 'REG_SZ',
    meaning: 'Template NDES requests for Signature and encryption.',
    source: SCEP,
  },
  {
    path: AZURE_MFA,
    name: 'OVERRIDE_NUMBER_MATCHING_WITH_OTP',
    type: 'REG_SZ',
    meaning: 'String value; FALSE falls back from one-time codes to approve/deny notifications.',
    source: 'https://learn.microsoft.com/entra/identity/authentication/howto-mfa-nps-extension-vpn',
  },
  {
    path: AZURE_MFA,
    name: 'REQUIRE_USER_MATCH',
    type: 'REG_SZ',
    meaning: 'String value; FALSE challenges only users enrolled in MFA.',
    source: 'https://learn.microsoft.com/entra/identity/authentication/howto-mfa-nps-extension-vpn',
  },
];
