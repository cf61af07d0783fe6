/** Small helpers the rules share. */
import type { RuleHit, Severity } from '../types';
import type { XmlElement } from '../xml';

export function hit(found: string, expected: string, element?: XmlElement, severity?: Severity): RuleHit {
  return {
    found,
    expected,
    line: element?.line,
    column: element?.column,
    ...(severity ? { severity } : {}),
  };
}

/** Sources cited by several rules. */
export const SOURCE = {
  csp: 'VPNv2 CSP reference (Microsoft Learn)',
  xsd: 'VPNv2 CSP, ProfileXML XSD schema (Microsoft Learn)',
  deviceTunnel: 'Configure VPN device tunnels in Windows client (Microsoft Learn)',
  profileOptions: 'VPN profile options (Microsoft Learn)',
  cryptoHowTo: 'How to configure cryptographic settings for IKEv2 VPN connections (Microsoft Learn)',
  hicksUser: 'Richard Hicks, ProfileXML_User.xml (github.com/richardhicks/aovpn)',
  hicksDevice: 'Richard Hicks, ProfileXML_Device.xml (github.com/richardhicks/aovpn)',
  hicksBaseline: 'Richard Hicks, Set-IKEv2VpnSecurityBaseline.ps1 (github.com/richardhicks/aovpn)',
  xmlSpec: 'Extensible Markup Language (XML) 1.0, W3C (element names are case-sensitive)',
} as const;

export const NATIVE = 'VPNProfile/NativeProfile';
export const AUTH = 'VPNProfile/NativeProfile/Authentication';
export const SUITE = 'VPNProfile/NativeProfile/CryptographySuite';
