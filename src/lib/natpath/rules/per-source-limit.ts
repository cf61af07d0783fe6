/**
 * Full NAT in front of RRAS: every client arrives from the edge's address and
 * Windows limits the IPsec connections it accepts from one source address.
 *
 * Facts: Hicks found full NAT to be the common factor when IKEv2 clients start
 * failing with 809 after a period of normal operation while existing
 * connections keep working, and names IkeNumEstablishedForInitialQuery under
 * HKLM\SYSTEM\CurrentControlSet\Services\IKEEXT\Parameters (REG_DWORD; his
 * script defaults to 50,000 and suggests twice the expected concurrent
 * connections from one address; restart IKEEXT) as a partial workaround,
 * because other per-address limits in Windows cannot be changed.
 * The default of 10 is assumption `perSourceDefault` (reported, not documented).
 */
import { REPORTED_DEFAULT_PER_SOURCE_LIMIT, perSourceThreshold } from '../simulate';
import { ERROR_809, LINKS } from '../topology';
import { formatCount, makeFinding, type Rule } from './rule';

const REGISTRY_VALUE = 'IkeNumEstablishedForInitialQuery (REG_DWORD) under HKLM\\SYSTEM\\CurrentControlSet\\Services\\IKEEXT\\Parameters';

export const perSourceLimitRule: Rule = {
  id: 'per-source-limit',
  evaluate({ topology, trace, terms, serverCount }) {
    const threshold = perSourceThreshold(topology, serverCount);
    if (threshold === null) return null;
    const isDefault = topology.saLimit === 'default';
    const limit = topology.saLimit === 'default' ? REPORTED_DEFAULT_PER_SOURCE_LIMIT : topology.saLimit;
    const source = trace.rrasSeesSource.ip;
    const spread =
      serverCount > 1
        ? ` per server; with ${serverCount} servers sharing the load evenly, that is ${formatCount(limit * serverCount)} clients`
        : '';
    const now =
      topology.clients >= threshold
        ? `With ${formatCount(topology.clients)} concurrent clients you are past that point: the trace shows the newest client’s IKE_SA_INIT going unanswered.`
        : `With ${formatCount(topology.clients)} concurrent client${topology.clients === 1 ? '' : 's'} every connection still succeeds; client ${formatCount(threshold)} will be the first to fail.`;
    const fixKeep = `${terms.keepClientAddress} ${terms.returnThroughEdge}`;
    const fixRegistry = `If you cannot stop translating the source, set ${REGISTRY_VALUE} on every RRAS server to about twice the concurrent connections you expect from one address (Hicks’ script uses 50,000) and restart the IKEEXT service. Hicks calls this a partial workaround: other per-address limits in Windows cannot be changed.`;
    const common = {
      id: 'per-source-limit',
      links: [LINKS.dnatVsFullNat, LINKS.whyIkev2IsHard, terms.link, LINKS.error809],
      sources: ['hicksLbNat', 'aovpnLbScript', 'rasErrorH', ...terms.sources] as const,
    };

    if (isDefault) {
      return {
        finding: makeFinding({
          ...common,
          severity: 'error',
          title: `Full NAT hides client addresses: RRAS sees every client as ${source}`,
          explanation: `${terms.product === 'the edge' ? 'The edge' : terms.product} translates the source (${terms.fullNatName}), so every IKEv2 client reaches RRAS from ${source}. Windows accepts only a small number of IPsec connections from one source address; Richard Hicks reports ${REPORTED_DEFAULT_PER_SOURCE_LIMIT} by default${spread}. Microsoft does not document this number, so the threshold here is an assumption. Past it, new clients fail with error 809 while connected clients carry on, which is why the problem appears only after a period of normal operation. ${now}`,
          fix: `${fixKeep} ${fixRegistry}`,
          assumptions: ['perSourceDefault', 'perSourceSemantics', 'evenSpread'],
        }),
        verdict: {
          kind: 'fails-under-load',
          headline: `Fails under load with error 809 from client ${formatCount(threshold)}: RRAS sees every client as ${source} and, by the reported default, accepts ${REPORTED_DEFAULT_PER_SOURCE_LIMIT} connections from one address.`,
          error: ERROR_809,
          threshold,
          isThresholdAssumed: true,
        },
      };
    }

    const defaultThreshold = REPORTED_DEFAULT_PER_SOURCE_LIMIT * serverCount + 1;
    const change = `Raising the value moves the modelled failure point from client ${formatCount(defaultThreshold)} (reported default) to client ${formatCount(threshold)}.`;
    if (topology.clients >= threshold) {
      return {
        finding: makeFinding({
          ...common,
          severity: 'error',
          title: `Full NAT with IkeNumEstablishedForInitialQuery = ${formatCount(limit)}: the raised limit is reached`,
          explanation: `Every client reaches RRAS from ${source}. ${change} ${now}`,
          fix: `${fixKeep} Otherwise raise the value further (about twice the concurrent connections you expect from one address) and restart IKEEXT.`,
          assumptions: ['perSourceSemantics', 'evenSpread'],
        }),
        verdict: {
          kind: 'fails-under-load',
          headline: `Fails under load with error 809 from client ${formatCount(threshold)}: RRAS accepts ${formatCount(limit)} connections from ${source}, the only address it sees.`,
          error: ERROR_809,
          threshold,
          isThresholdAssumed: false,
        },
      };
    }
    const reason = `The raised IkeNumEstablishedForInitialQuery lifts the limit this tool models, but Richard Hicks reports that other per-address limits in Windows, which cannot be changed, may still refuse connections from one address. No source checked gives their size, so the tool cannot say at what load, if any, connections start to fail.`;
    return {
      finding: makeFinding({
        ...common,
        severity: 'warning',
        title: `Full NAT with IkeNumEstablishedForInitialQuery = ${formatCount(limit)}: a partial workaround`,
        explanation: `Every client still reaches RRAS from ${source}. ${change} ${reason} RRAS logs, accounting and any address-based policy also see only ${source}.`,
        fix: fixKeep,
        assumptions: ['perSourceSemantics'],
      }),
      verdict: {
        kind: 'unknown',
        headline: 'Unknown under load: the registry value is a partial workaround, and the limits that remain are not documented.',
        reason,
      },
    };
  },
};
