/**
 * Replies that bypass a destination-NAT edge. A DNAT-only load balancer must
 * be on the return path: Hicks warns that keeping the client address may need
 * RRAS to use the load balancer as its default gateway, and Kemp requires it
 * for transparency. Full NAT does not need it, which is why it is tempting.
 */
import { ERROR_809, LINKS } from '../topology';
import { makeFinding, type Rule } from './rule';

export const returnPathRule: Rule = {
  id: 'return-path',
  evaluate({ topology, terms }) {
    if (topology.returnPath !== 'bypass' || topology.edge === 'none') return null;
    if (topology.edge === 'fullnat') {
      return {
        finding: makeFinding({
          id: 'return-path',
          severity: 'info',
          title: 'Replies bypass the edge, which full NAT tolerates',
          explanation: `With full NAT every packet reaches RRAS from the address of ${terms.product}, so RRAS sends its replies straight back to it, whatever its default gateway. That is why full NAT “just works” for routing, and also why RRAS no longer sees client addresses.`,
          links: [LINKS.returnRouting, LINKS.dnatVsFullNat],
          sources: ['hicksLbNat'],
        }),
      };
    }
    const isIkev2 = topology.proto === 'ikev2';
    return {
      finding: makeFinding({
        id: 'return-path',
        severity: 'error',
        title: 'Replies bypass the destination-NAT edge',
        explanation: `The edge changed only the destination, so RRAS sees the client’s own address and sends the reply to it through its default gateway, not through ${terms.product}. The reply keeps the RRAS private address as its source and never arrives as an answer from the VPN address. ${
          isIkev2 ? 'The client retransmits IKE_SA_INIT, hears nothing, and fails with error 809.' : 'The SSTP connection never completes.'
        }`,
        fix: `${terms.returnThroughEdge} Routes for the client address ranges through the edge work too, as long as every reply to a VPN client leaves through it.`,
        links: [LINKS.returnRouting, LINKS.dnatVsFullNat, terms.link, isIkev2 ? LINKS.error809 : LINKS.sstpLoadBalancing],
        sources: ['hicksLbNat', 'kempTransparency', ...terms.sources],
        assumptions: ['returnBypass'],
      }),
      verdict: isIkev2
        ? {
            kind: 'fails-always',
            headline: 'Fails for every client with error 809: RRAS replies bypass the edge, so the client never hears back.',
            error: ERROR_809,
            errorNote: null,
          }
        : {
            kind: 'fails-always',
            headline: 'Fails for every client: RRAS replies bypass the edge, so the SSTP connection never completes.',
            error: null,
            errorNote: 'The error the Windows client shows in this case was not verified in the sources checked.',
          },
    };
  },
};
