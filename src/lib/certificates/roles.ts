/** The Always On VPN roles a certificate can be checked for. */

export type CertificateRole = 'ikev2-server' | 'sstp-server' | 'nps-server' | 'user' | 'device-tunnel' | 'entra-ca' | 'ca';

export interface RoleInfo {
  readonly id: CertificateRole;
  readonly label: string;
  /** Whether the clients connect to this certificate by name, so the server name is asked for. */
  readonly isNamedServer: boolean;
}

export const ROLES: readonly RoleInfo[] = [
  { id: 'ikev2-server', label: 'RRAS IKEv2 server', isNamedServer: true },
  { id: 'sstp-server', label: 'RRAS SSTP server', isNamedServer: true },
  { id: 'nps-server', label: 'NPS server', isNamedServer: false },
  { id: 'user', label: 'User certificate (EAP-TLS / PEAP-TLS)', isNamedServer: false },
  { id: 'device-tunnel', label: 'Device tunnel machine certificate', isNamedServer: false },
  { id: 'entra-ca', label: 'Entra Conditional Access VPN certificate', isNamedServer: false },
  { id: 'ca', label: 'Issuing or root CA', isNamedServer: false },
];

export const SERVER_ROLES: readonly CertificateRole[] = ['ikev2-server', 'sstp-server', 'nps-server'];
export const CLIENT_ROLES: readonly CertificateRole[] = ['user', 'device-tunnel', 'entra-ca'];

export function isCertificateRole(value: string): value is CertificateRole {
  return ROLES.some((role) => role.id === value);
}

export function roleLabel(role: CertificateRole): string {
  return ROLES.find((entry) => entry.id === role)?.label ?? role;
}
