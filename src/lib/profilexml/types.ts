/** Shapes shared by the ProfileXML linter, its rules and the builder. */
import type { GuideLink } from './guide-links';
import type { ProfileModel } from './model';

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_LABELS: Record<Severity, string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
};

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** How the profile reaches the device. */
export type DeploymentTarget = 'intune' | 'powershell' | 'configmgr';

export const TARGET_LABELS: Record<DeploymentTarget, string> = {
  intune: 'Intune (custom OMA-URI)',
  powershell: 'PowerShell (WMI bridge)',
  configmgr: 'Configuration Manager (script)',
};

/** What the admin says about the other tunnel on the same devices. */
export type CompanionTunnel = 'unknown' | 'none' | 'deployed';

export interface LintOptions {
  readonly target: DeploymentTarget;
  /** Oldest Windows build the profile must work on. */
  readonly build: number;
  readonly companionTunnel: CompanionTunnel;
}

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  /** What the linter found. */
  readonly found: string;
  /** What is expected instead, or what to do. */
  readonly expected: string;
  /** 1-based line in the profile XML, when the finding points at an element. */
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly guide: GuideLink;
}

export interface RuleContext {
  readonly profile: ProfileModel;
  readonly options: LintOptions;
}

/** A finding as a rule reports it; the engine adds the rule id and the guide link. */
export interface RuleHit {
  readonly found: string;
  readonly expected: string;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
  /** Overrides the rule's default severity for this hit. */
  readonly severity?: Severity;
}

export interface ProfileRule {
  /** Stable kebab-case id, shown as data-rule on each finding. */
  readonly id: string;
  /** Default severity. */
  readonly severity: Severity;
  /** One-line title of what the rule checks. */
  readonly title: string;
  /** General message: what the rule looks for and what it expects. */
  readonly message: string;
  /** Guide section that explains the fix. */
  readonly guide: GuideLink;
  /** Sources the rule is based on (titles). */
  readonly sources: readonly string[];
  readonly check: (context: RuleContext) => readonly RuleHit[];
}
