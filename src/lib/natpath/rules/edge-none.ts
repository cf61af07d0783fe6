/**
 * Several RRAS servers without an edge: no load balancer chooses between
 * them, so the trace follows the one server the client's DNS answer names.
 */
import { LINKS } from '../topology';
import { makeFinding, type Rule } from './rule';

export const edgeNoneRule: Rule = {
  id: 'edge-none-servers',
  evaluate({ topology }) {
    if (topology.edge !== 'none' || topology.servers < 2) return null;
    return {
      finding: makeFinding({
        id: 'edge-none-servers',
        severity: 'info',
        title: 'Several servers but no load balancer',
        explanation: `Without an edge in front of them, the ${topology.servers} RRAS servers are reached by their own public addresses, and the client uses whichever one its name resolves to. The trace follows the first server.`,
        links: [LINKS.whyIkev2IsHard],
      }),
    };
  },
};
