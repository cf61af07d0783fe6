/**
 * Load-balancer persistence across the UDP 500 → UDP 4500 switch. UDP is
 * connectionless, so unless one source-IP record covers both virtual servers
 * the 4500 flow can reach a server that holds no IKE SA for the client, and
 * the connection fails (Hicks: Kemp port following, Citrix persistency group).
 * The probability is assumption `independentPick`.
 */
import { ERROR_809, LINKS } from '../topology';
import { formatPercent, makeFinding, type Rule } from './rule';

export const persistenceRule: Rule = {
  id: 'persistence',
  evaluate({ topology, trace, terms, serverCount }) {
    if (topology.proto !== 'ikev2' || topology.edge === 'none' || serverCount < 2 || !trace.isNatTraversal) return null;
    if (topology.persist === 'spanning') return null;
    const probability = (serverCount - 1) / serverCount;
    const current = terms.persistenceNames[topology.persist];
    const why =
      topology.persist === 'none'
        ? 'Without persistence the load balancer treats the UDP 4500 flow as a new connection and picks a server for it afresh.'
        : 'Each virtual server keeps its own persistence records, so the UDP 4500 virtual server has no record for this client yet and picks a server afresh.';
    return {
      finding: makeFinding({
        id: 'persistence',
        severity: 'error',
        title: 'Persistence does not span UDP 500 and UDP 4500',
        explanation: `The edge uses ${current}. IKE_SA_INIT on UDP 500 creates the IKE SA on one RRAS server; after NAT is found the client continues on UDP 4500. ${why} With ${serverCount} servers it lands on a different server ${formatPercent(probability)} of the time; that server has no IKE SA for the client, discards IKE_AUTH, and the client fails with error 809. Retrying often succeeds, so the problem looks random.`,
        fix: `Use ${terms.spanningPersistence}. The record must key on the source address only: behind a client NAT the two flows have different source ports.`,
        links: [LINKS.whyIkev2IsHard, terms.link, LINKS.error809],
        sources: ['hicksKemp', 'hicksCitrix', ...terms.sources],
        assumptions: ['independentPick'],
      }),
      verdict: {
        kind: 'intermittent',
        headline: `Intermittent: about ${formatPercent(probability)} of connection attempts fail with error 809, because the UDP 4500 flow can reach an RRAS server that holds no IKE SA for the client.`,
        error: ERROR_809,
        probability,
      },
    };
  },
};
