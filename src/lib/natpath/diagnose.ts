/**
 * Runs the rules over a trace and picks the verdict: the most severe one any
 * rule returns (ties go to the rule met first on the connection), or "works".
 */
import { RULES, type Rule, type RuleContext } from './rules';
import type { AssumptionId } from './sources';
import type { TraceResult } from './simulate';
import { getVendorTerms } from './vendors';
import type { Finding, Topology, Verdict, VerdictKind } from './types';

/** Lower is more severe. */
const VERDICT_RANK: Readonly<Record<VerdictKind, number>> = {
  'fails-always': 0,
  'connects-no-data': 1,
  intermittent: 2,
  'fails-under-load': 3,
  unknown: 4,
  works: 5,
};

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

export interface Diagnosis {
  readonly verdict: Verdict;
  readonly findings: readonly Finding[];
  readonly assumptions: readonly AssumptionId[];
}

function describeWorks(topology: Topology, trace: TraceResult): Verdict {
  if (topology.proto === 'sstp') {
    return { kind: 'works', headline: 'Works: SSTP connects over TCP 443 and data flows inside TLS.' };
  }
  const server = topology.edge !== 'none' && topology.servers > 1 ? `RRAS ${trace.secondServer}` : 'RRAS';
  return trace.isNatTraversal
    ? { kind: 'works', headline: `Works: IKE moves to UDP 4500, ${server} completes IKE_AUTH, and data flows as ESP in UDP 4500.` }
    : { kind: 'works', headline: `Works: IKE completes on UDP 500 at ${server}, and data flows as ESP (IP protocol 50).` };
}

/** Assumptions every trace of this kind rests on, whatever the findings say. */
function baseAssumptions(topology: Topology, trace: TraceResult): AssumptionId[] {
  const ids: AssumptionId[] = ['addresses', 'windowsPorts'];
  if (topology.proto === 'ikev2') {
    ids.push('mtu1500', 'ikeAuthBothWays');
    if (trace.ikeAuthFragmentation.kind === 'ike') ids.push('clientFragSupport', 'ikeFragmentSize');
  }
  return ids;
}

export function diagnose(topology: Topology, trace: TraceResult, rules: readonly Rule[] = RULES): Diagnosis {
  const context: RuleContext = {
    topology,
    trace,
    terms: getVendorTerms(topology.vendor),
    serverCount: topology.edge === 'none' ? 1 : topology.servers,
  };
  const findings: Finding[] = [];
  let verdict: Verdict | null = null;
  for (const rule of rules) {
    const outcome = rule.evaluate(context);
    if (outcome === null) continue;
    findings.push(outcome.finding);
    if (outcome.verdict && (verdict === null || VERDICT_RANK[outcome.verdict.kind] < VERDICT_RANK[verdict.kind])) {
      verdict = outcome.verdict;
    }
  }
  // Stable sort: errors first, then warnings, then notes, keeping rule order within each.
  const ordered = findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.index - b.index)
    .map(({ finding }) => finding);

  const assumptions = new Set<AssumptionId>(baseAssumptions(topology, trace));
  for (const finding of ordered) {
    for (const id of finding.assumptions) assumptions.add(id);
  }
  return { verdict: verdict ?? describeWorks(topology, trace), findings: ordered, assumptions: [...assumptions] };
}
