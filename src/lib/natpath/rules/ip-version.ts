/**
 * IKEv2 over IPv6 through NAT. The sources checked describe NAT traversal with
 * IPv4 NAT; none documents how Windows IKEv2 behaves when an IPv6 path is
 * translated (NAT66 or a destination NAT for IPv6), so the model answers
 * "unknown" rather than guessing. Without translation, IPv6 needs no NAT-T.
 */
import { LINKS } from '../topology';
import { makeFinding, type Rule } from './rule';

export const ipv6Rule: Rule = {
  id: 'ipv6',
  evaluate({ topology }) {
    if (topology.ip !== 6 || topology.proto !== 'ikev2') return null;
    const isTranslated = topology.client !== 'public' || topology.edge !== 'none';
    if (!isTranslated) {
      return {
        finding: makeFinding({
          id: 'ipv6',
          severity: 'info',
          title: 'IPv6 end to end, without translation',
          explanation:
            'No device translates addresses, so both NAT detection hashes match: IKE stays on UDP 500 and data travels as ESP without UDP. Firewalls must allow UDP 500 and ESP for IPv6 as well as for IPv4.',
          links: [LINKS.firewallPorts],
          sources: ['rfc7296'],
        }),
      };
    }
    const reason =
      'The path translates IPv6 addresses. No source checked documents whether Windows IKEv2 detects NAT and moves to UDP 4500 on IPv6, so the trace shows what RFC 7296 describes, not confirmed Windows behaviour.';
    return {
      finding: makeFinding({
        id: 'ipv6',
        severity: 'warning',
        title: 'IPv6 through address translation is not documented for Windows IKEv2',
        explanation: reason,
        fix: 'Give RRAS (or the edge) a global IPv6 address reached without translation, or confirm the behaviour with a capture before relying on it.',
        links: [LINKS.whyIkev2IsHard],
        sources: ['rfc7296'],
      }),
      verdict: { kind: 'unknown', headline: `Unknown: ${reason}`, reason },
    };
  },
};
