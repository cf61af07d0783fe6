/**
 * Explains whether IKE moves to UDP 4500 and why (RFC 7296 §2.23; Hicks:
 * the switch happens when the client, the server or both are behind NAT).
 */
import { formatEndpoint } from '../addresses';
import { LINKS } from '../topology';
import { makeFinding, type Rule } from './rule';

export const natTraversalRule: Rule = {
  id: 'nat-traversal',
  evaluate({ topology, trace }) {
    const detection = trace.natDetection;
    if (topology.proto !== 'ikev2' || detection === null) return null;
    const sent = `${formatEndpoint(detection.clientSent.src)} to ${formatEndpoint(detection.clientSent.dst)}`;
    const received = `${formatEndpoint(detection.rrasReceived.src)} on ${formatEndpoint(detection.rrasReceived.dst)}`;
    const common = {
      sources: ['rfc7296', 'rfc3948', 'hicksKemp'] as const,
      links: [LINKS.whyIkev2IsHard, LINKS.firewallPorts],
      assumptions: ['windowsPorts'] as const,
    };

    if (!trace.isNatTraversal) {
      return {
        finding: makeFinding({
          ...common,
          id: 'nat-traversal',
          severity: 'info',
          title: 'No NAT: IKE stays on UDP 500 and data travels as ESP',
          explanation: `The client sends from ${sent} and RRAS receives it from ${received}: both NAT detection hashes match. IKE_AUTH stays on UDP 500, no keepalives are sent, and the tunnel carries data as ESP, IP protocol 50, which has no ports.`,
          fix: 'Allow UDP 500 and IP protocol 50 (ESP) in both directions on every firewall between client and RRAS.',
        }),
      };
    }

    const isPublicClientBehindDnat = topology.client === 'public' && !detection.isInitiatorBehindNat && detection.isResponderBehindNat;
    return {
      finding: makeFinding({
        ...common,
        id: 'nat-traversal',
        severity: 'info',
        title: isPublicClientBehindDnat
          ? 'NAT traversal starts even though the client has a public address'
          : 'NAT found: IKE moves to UDP 4500 and ESP is wrapped in UDP',
        explanation: `The client sends IKE_SA_INIT from ${sent}; RRAS receives it from ${received}. ${
          detection.isResponderBehindNat
            ? 'The destination the client used is not the address RRAS owns, so the NAT_DETECTION_DESTINATION_IP hash fails and the client concludes that RRAS is behind NAT. '
            : ''
        }${
          detection.isInitiatorBehindNat
            ? 'The source RRAS sees is not the one the client hashed, so the NAT_DETECTION_SOURCE_IP hash fails and RRAS concludes that the client is behind NAT. '
            : ''
        }From IKE_AUTH on, the client sends IKE and ESP from UDP 4500 to UDP 4500, and the data path is ESP inside UDP 4500.`,
        fix: 'Allow UDP 500 and UDP 4500 in both directions. Once NAT is found, ESP (IP protocol 50) is not used on this path.',
      }),
    };
  },
};
