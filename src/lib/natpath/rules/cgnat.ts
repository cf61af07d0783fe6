/**
 * Carrier-grade NAT. RFC 4787 REQ-2 recommends "paired" pooling (one outside
 * address per inside host); with "arbitrary" pooling the UDP 4500 flow may
 * leave from another address than the UDP 500 flow, which defeats source-IP
 * persistence. Clients behind one NAT address also look like one client to a
 * source-IP persistence table (Progress Kemp persistence docs).
 */
import { ERROR_809, LINKS } from '../topology';
import { formatPercent, makeFinding, type Rule } from './rule';

export const cgnatRule: Rule = {
  id: 'cgnat-pooling',
  evaluate({ topology, trace, terms, serverCount }) {
    if (topology.client !== 'cgnat' || topology.proto !== 'ikev2') return null;
    if (topology.cgnat === 'paired' || trace.isSecondFlowSameSource) {
      return {
        finding: makeFinding({
          id: 'cgnat-pooling',
          severity: 'info',
          title: 'Carrier-grade NAT with paired pooling keeps both flows on one address',
          explanation:
            'The carrier-grade NAT gives the UDP 500 and UDP 4500 flows the same public address, as RFC 4787 recommends, so a source-IP persistence record finds both. Many subscribers can share that address, which makes persistence less even, and if Windows’ per-address limit counts them as one source, more of them than the limit on one server would meet it; the sources checked do not cover that case.',
          links: [LINKS.whyIkev2IsHard],
          sources: ['rfc4787', 'kempPersistence', 'aovpnLbScript'],
        }),
      };
    }
    if (topology.edge === 'none' || serverCount < 2) {
      const reason =
        'The carrier-grade NAT sends the UDP 4500 flow from a different public address than UDP 500. No source checked says whether RRAS accepts IKE_AUTH for an IKE SA from a new address.';
      return {
        finding: makeFinding({
          id: 'cgnat-pooling',
          severity: 'warning',
          title: 'Carrier-grade NAT with arbitrary pooling changes the client address mid-exchange',
          explanation: `${reason} With a single RRAS server there is no persistence to break; what remains is Windows’ own behaviour, which is undocumented here.`,
          fix: 'Test from the affected carrier with a capture on RRAS, or offer SSTP as a fallback profile for such networks.',
          links: [LINKS.whyIkev2IsHard, LINKS.sstpLoadBalancing],
          sources: ['rfc4787'],
          assumptions: ['arbitraryPoolingWorstCase', 'arbitraryPoolingSingleServer'],
        }),
        verdict: { kind: 'unknown', headline: `Unknown: ${reason}`, reason },
      };
    }
    const probability = (serverCount - 1) / serverCount;
    const decides = topology.persist === 'spanning';
    return {
      finding: makeFinding({
        id: 'cgnat-pooling',
        severity: 'error',
        title: 'Carrier-grade NAT with arbitrary pooling defeats source-IP persistence',
        explanation: `The carrier-grade NAT sends the UDP 4500 flow from a different public address than the UDP 500 flow. ${
          decides
            ? `Even ${terms.persistenceNames.spanning} keys on the source address, so it finds no record`
            : 'No persistence record can match it'
        }, and with ${serverCount} servers the flow reaches another RRAS server ${formatPercent(probability)} of the time. That server has no IKE SA for the client, and the attempt fails with error 809. The operator’s NAT is outside your control.`,
        fix: 'Offer SSTP as a fallback profile for clients on such networks, or run a single RRAS server per VPN address for them. RFC 4787 recommends paired pooling; ask the carrier whether it can be enabled.',
        links: [LINKS.whyIkev2IsHard, LINKS.sstpLoadBalancing, LINKS.error809],
        sources: ['rfc4787', 'hicksKemp'],
        assumptions: ['arbitraryPoolingWorstCase', 'independentPick'],
      }),
      ...(decides
        ? {
            verdict: {
              kind: 'intermittent' as const,
              headline: `Intermittent: about ${formatPercent(probability)} of attempts fail with error 809, because the carrier-grade NAT gives UDP 4500 another address and the load balancer sends it to another server.`,
              error: ERROR_809,
              probability,
            },
          }
        : {}),
    };
  },
};
