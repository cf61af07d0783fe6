/**
 * The rule contract every checker shares: a severity scale with one order, a
 * finding shape, guide links and sources in one form, and a runner that turns a
 * rule that throws into a finding instead of dropping it.
 *
 * A checker supplies its own context type and, when it needs more than the
 * common fields (a line number, a verdict), an extra payload on each hit.
 */

/** `pass` is for checkers that report satisfied checks as well as problems. */
export type Severity = 'error' | 'warning' | 'info' | 'pass';

/** Lower is more severe; sort findings with `compareFindings`. */
export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2, pass: 3 };

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
  pass: 'Pass',
};

/** A section of this guide. */
export interface GuideLink {
  readonly title: string;
  /** Site-relative path without the base path, optionally with a #fragment. */
  readonly path: string;
}

/** A public document a rule rests on. */
export interface Source {
  readonly title: string;
  readonly url: string;
}

/** What a rule reports; the runner adds the rule's id, guide links and sources. */
export interface RuleHit<Extra = undefined> {
  readonly severity: Severity;
  /** What the checker found in the input. */
  readonly found: string;
  /** What is needed instead, or what to do; for a pass, why it is right. */
  readonly expected: string;
  /** Checker-specific payload (a line and column, a verdict). */
  readonly extra?: Extra;
}

export interface Rule<Context, Extra = undefined> {
  /** Stable kebab-case id, rendered as data-check / data-rule on each finding. */
  readonly id: string;
  /** One-line title of what the rule checks. */
  readonly title: string;
  /** Guide sections that explain the fix; the first one is the main link. */
  readonly guide: readonly GuideLink[];
  /** Every rule cites at least one source. */
  readonly sources: readonly [Source, ...Source[]];
  /** Returns no hits when the rule does not apply to this input. */
  readonly check: (context: Context) => readonly RuleHit<Extra>[];
}

export interface Finding<Extra = undefined> extends RuleHit<Extra> {
  readonly ruleId: string;
  readonly title: string;
  readonly guide: readonly GuideLink[];
  readonly sources: readonly Source[];
  /** True when the rule threw and this finding stands in for its result. */
  readonly isRuleFailure: boolean;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs one rule; a rule that throws yields a single error finding naming it. */
export function runRule<Context, Extra>(rule: Rule<Context, Extra>, context: Context): Finding<Extra>[] {
  const base = { ruleId: rule.id, title: rule.title, guide: rule.guide, sources: rule.sources };
  let hits: readonly RuleHit<Extra>[];
  try {
    hits = rule.check(context);
  } catch (error) {
    return [
      {
        ...base,
        severity: 'error',
        found: `Rule ${rule.id} failed on this input (${describeError(error)}).`,
        expected: 'Check this point by hand; the other results are unaffected.',
        isRuleFailure: true,
      },
    ];
  }
  return hits.map((hit) => ({ ...base, ...hit, isRuleFailure: false }));
}

/** Runs every rule in order and returns their findings in that order. */
export function runRules<Context, Extra>(rules: readonly Rule<Context, Extra>[], context: Context): Finding<Extra>[] {
  return rules.flatMap((rule) => runRule(rule, context));
}

/** Most severe first; equal severities keep their order (Array.sort is stable). */
export function compareFindings(left: { readonly severity: Severity }, right: { readonly severity: Severity }): number {
  return SEVERITY_ORDER[left.severity] - SEVERITY_ORDER[right.severity];
}

/** How many findings of each severity. */
export function countBySeverity(findings: readonly { readonly severity: Severity }[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, pass: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}
