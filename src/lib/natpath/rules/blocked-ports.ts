/**
 * Blocked UDP 500, UDP 4500 and ESP. Windows starts IKEv2 on UDP 500 (Hicks);
 * UDP 4500 matters only after NAT is found, and raw ESP only when it is not
 * (RFC 7296 §2.23: with NAT, both peers must wrap ESP in UDP).
 */
import { ERROR_809, LINKS, isBlocked } from '../topology';
import { makeFinding, type Rule } from './rule';

export const udp500BlockedRule: Rule = {
  id: 'udp500-blocked',
  evaluate({ topology }) {
    if (topology.proto !== 'ikev2' || !isBlocked(topology, 'udp500')) return null;
    return {
      finding: makeFinding({
        id: 'udp500-blocked',
        severity: 'error',
        title: 'UDP 500 is blocked: IKE_SA_INIT never arrives',
        explanation:
          'Windows always begins IKEv2 on UDP 500, whatever NAT lies on the path. With UDP 500 blocked the first message is lost, RRAS never answers, and the client gives up with error 809 (the remote server is not responding).',
        fix: 'Allow UDP 500 from clients to the VPN address and the replies back, on every firewall between them (including the client’s own network where you control it).',
        links: [LINKS.firewallPorts, LINKS.error809],
        sources: ['hicksKemp', 'hicksIkev2Limits', 'rasErrorH'],
      }),
      verdict: {
        kind: 'fails-always',
        headline: 'Fails for every client with error 809: UDP 500 is blocked, so IKE_SA_INIT never reaches RRAS.',
        error: ERROR_809,
        errorNote: null,
      },
    };
  },
};

export const udp4500BlockedRule: Rule = {
  id: 'udp4500-blocked',
  evaluate({ topology, trace }) {
    if (topology.proto !== 'ikev2' || !isBlocked(topology, 'udp4500')) return null;
    if (!trace.isNatTraversal) {
      return {
        finding: makeFinding({
          id: 'udp4500-blocked',
          severity: 'info',
          title: 'UDP 4500 is blocked, but this path does not need it',
          explanation:
            'No NAT lies between client and RRAS, so IKE never leaves UDP 500 and data travels as ESP. The block would break the connection as soon as a NAT appears, for example when the client joins a home or hotel network.',
          fix: 'Allow UDP 4500 as well, so clients behind NAT can connect.',
          links: [LINKS.firewallPorts],
          sources: ['rfc7296', 'hicksKemp'],
        }),
      };
    }
    return {
      finding: makeFinding({
        id: 'udp4500-blocked',
        severity: 'error',
        title: 'UDP 4500 is blocked after the switch from UDP 500',
        explanation:
          'IKE_SA_INIT succeeds on UDP 500 and both sides find NAT, so the client sends IKE_AUTH on UDP 4500. The firewall drops it, RRAS never answers, and the client reports error 809. Because the first exchange works, the block is easy to miss in a capture taken only on port 500.',
        fix: 'Allow UDP 4500 in both directions between clients and the VPN address.',
        links: [LINKS.firewallPorts, LINKS.whyIkev2IsHard, LINKS.error809],
        sources: ['rfc7296', 'hicksKemp', 'hicksIkev2Limits', 'rasErrorH'],
      }),
      verdict: {
        kind: 'fails-always',
        headline: 'Fails for every client with error 809: IKE moves to UDP 4500, which is blocked.',
        error: ERROR_809,
        errorNote: null,
      },
    };
  },
};

export const espBlockedRule: Rule = {
  id: 'esp-blocked',
  evaluate({ topology, trace }) {
    if (topology.proto !== 'ikev2' || !isBlocked(topology, 'esp')) return null;
    if (trace.isNatTraversal) {
      return {
        finding: makeFinding({
          id: 'esp-blocked',
          severity: 'info',
          title: 'ESP (IP protocol 50) is blocked, but this path wraps ESP in UDP 4500',
          explanation:
            'NAT was found, so both peers carry ESP inside UDP 4500 and no IP protocol 50 packet crosses the path. The block would matter only on a path without NAT.',
          links: [LINKS.firewallPorts],
          sources: ['rfc7296', 'rfc3948'],
        }),
      };
    }
    return {
      finding: makeFinding({
        id: 'esp-blocked',
        severity: 'error',
        title: 'ESP (IP protocol 50) is blocked: IKE succeeds, data does not flow',
        explanation:
          'Without NAT, IKE_SA_INIT and IKE_AUTH complete on UDP 500 and the tunnel comes up, but the data travels as ESP, IP protocol 50, which the firewall drops. ESP has no ports, so a firewall passes it only when a rule allows protocol 50 itself. The client error for this case is not documented in the sources checked.',
        fix: 'Allow IP protocol 50 (ESP) in both directions between clients and RRAS, or put NAT on the path (a destination-NAT edge) so ESP is carried in UDP 4500.',
        links: [LINKS.firewallPorts, LINKS.whyIkev2IsHard],
        sources: ['rfc7296'],
      }),
      verdict: {
        kind: 'connects-no-data',
        headline: 'Connects, but no data flows: IKE completes on UDP 500, then ESP (IP protocol 50) is blocked.',
      },
    };
  },
};
