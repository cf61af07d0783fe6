import type { Rule } from '../../rules/contract';
import { GUIDE, SOURCES } from '../sources';
import { hit, listOrNone, type CertificateContext } from './support';

/** DNS names compare without regard to ASCII case and without a trailing dot (RFC 6125 §6.4.1, RFC 4343). */
export function normalizeDnsName(name: string): string {
  return name
    .trim()
    .replace(/\.$/, '')
    .replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}

/** True when `pattern` (a SAN dNSName, possibly `*.example.com`) covers `name`. */
export function isDnsNameMatch(pattern: string, name: string): boolean {
  const wanted = normalizeDnsName(name);
  const candidate = normalizeDnsName(pattern);
  if (!candidate.startsWith('*.')) return candidate === wanted;
  // A wildcard stands for exactly one whole left-most label (RFC 6125 §6.4.3).
  const dot = wanted.indexOf('.');
  return dot > 0 && wanted.slice(dot + 1) === candidate.slice(2);
}

/** Clients check the VPN server name against the certificate's DNS names. */
export const sanDnsMatchesRule: Rule<CertificateContext> = {
  id: 'san-dns-matches',
  title: 'Server name in the Subject Alternative Name',
  guide: [GUIDE.vpnServer, GUIDE.sstp],
  sources: [SOURCES.msCertificates, SOURCES.rfc6125],
  check: ({ certificate, role, serverName }) => {
    if (role !== 'ikev2-server' && role !== 'sstp-server') return [];
    const names = certificate.san?.dns ?? [];
    if (serverName === '') {
      return [
        hit(
          'info',
          `The certificate lists DNS names: ${listOrNone(names)}.`,
          'Enter the VPN server name the clients use (the <Servers> value of the profile) to check it.',
        ),
      ];
    }
    const match = names.find((name) => isDnsNameMatch(name, serverName));
    if (match !== undefined) {
      return [
        hit(
          'pass',
          `The DNS name ${match} covers ${serverName} (names compare without regard to case).`,
          'The server name must be a DNS name in the Subject Alternative Name.',
        ),
      ];
    }
    return [
      hit(
        'error',
        `${serverName} is not among the DNS names in the Subject Alternative Name (${listOrNone(names)}).`,
        'The name the clients connect to must be a DNS name in the Subject Alternative Name; otherwise the connection fails with a certificate name error (13801 for IKEv2, 0x800b010f for SSTP).',
      ),
    ];
  },
};
