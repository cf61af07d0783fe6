/**
 * The rule engine's contract: each rule looks at the topology and its trace
 * and returns a finding (and, when it decides the outcome, a verdict), or null
 * when it does not apply.
 */
import type { AssumptionId, SourceId } from '../sources';
import type { TraceResult } from '../simulate';
import type { VendorTerms } from '../vendors';
import type { Finding, Link, Severity, Topology, Verdict } from '../types';

export interface RuleContext {
  readonly topology: Topology;
  readonly trace: TraceResult;
  readonly terms: VendorTerms;
  /** RRAS servers the edge balances over (1 without an edge). */
  readonly serverCount: number;
}

export interface RuleOutcome {
  readonly finding: Finding;
  readonly verdict?: Verdict;
}

export interface Rule {
  readonly id: string;
  evaluate(context: RuleContext): RuleOutcome | null;
}

interface FindingInput {
  readonly id: string;
  readonly severity: Severity;
  readonly title: string;
  readonly explanation: string;
  readonly fix?: string | null;
  readonly links?: readonly (Link | null)[];
  readonly sources?: readonly SourceId[];
  readonly assumptions?: readonly AssumptionId[];
}

/** Builds a finding, dropping null links and duplicate links. */
export function makeFinding(input: FindingInput): Finding {
  const links: Link[] = [];
  for (const link of input.links ?? []) {
    if (link !== null && !links.some((existing) => existing.href === link.href)) links.push(link);
  }
  return {
    id: input.id,
    severity: input.severity,
    title: input.title,
    explanation: input.explanation,
    fix: input.fix ?? null,
    links,
    sources: [...new Set(input.sources ?? [])],
    assumptions: [...new Set(input.assumptions ?? [])],
  };
}

export { formatCount, formatPercent } from '../format';
