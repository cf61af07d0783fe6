/**
 * The linter: finds the profile in pasted text, parses it, runs every rule and
 * returns findings plus the normalised XML. Any string in, a report out.
 */
import { describeOversizedPaste, PROFILE_TEXT_LIMIT } from '../input/size-limit';
import { extractProfileXml, type Extraction } from './extract';
import { formatXml } from './format';
import { buildProfileModel } from './model';
import { RULES } from './rules/index';
import { SEVERITY_ORDER, type Finding, type LintOptions, type ProfileRule, type Severity } from './types';
import { DEFAULT_BUILD } from './windows-builds';
import { parseXml, type XmlProblem } from './xml';

export const DEFAULT_LINT_OPTIONS: LintOptions = { target: 'intune', build: DEFAULT_BUILD, companionTunnel: 'unknown' };

export interface LintReport {
  readonly extraction: Extraction;
  /** Set when the XML is not well-formed; the position refers to `lineReference`. */
  readonly parseError: XmlProblem | undefined;
  readonly findings: readonly Finding[];
  readonly counts: Readonly<Record<Severity, number>>;
  readonly tunnel: 'device' | 'user' | undefined;
  /** Normalised, pretty-printed profile (undefined when it could not be parsed). */
  readonly normalizedXml: string | undefined;
  /** Whether line numbers refer to the pasted text or to the decoded profile. */
  readonly lineReference: 'pasted' | 'decoded';
  /** Profile name found next to the XML (script variable, OMA-URI) or in its <ProfileName> element. */
  readonly profileName: string | undefined;
}

function emptyCounts(): Record<Severity, number> {
  return { error: 0, warning: 0, info: 0 };
}

function runRule(rule: ProfileRule, context: Parameters<ProfileRule['check']>[0], lineOffset: number): Finding[] {
  let hits: ReturnType<ProfileRule['check']>;
  try {
    hits = rule.check(context);
  } catch {
    return [];
  }
  return hits.map((ruleHit) => ({
    ruleId: rule.id,
    severity: ruleHit.severity ?? rule.severity,
    found: ruleHit.found,
    expected: ruleHit.expected,
    line: ruleHit.line === undefined ? undefined : ruleHit.line + lineOffset,
    column: ruleHit.column,
    guide: rule.guide,
  }));
}

/** Lints profile XML text that has already been extracted. */
export function lintExtraction(extraction: Extraction, options: LintOptions = DEFAULT_LINT_OPTIONS): LintReport {
  const lineOffset = extraction.lineOffset ?? 0;
  const lineReference = extraction.lineOffset === undefined ? 'decoded' : 'pasted';
  const base = { extraction, lineReference, profileName: extraction.profileName } as const;
  if (extraction.source === 'none') {
    return { ...base, parseError: undefined, findings: [], counts: emptyCounts(), tunnel: undefined, normalizedXml: undefined };
  }
  const parsed = parseXml(extraction.xml);
  if (!parsed.ok) {
    return {
      ...base,
      parseError: { ...parsed.error, line: parsed.error.line + lineOffset },
      findings: [],
      counts: emptyCounts(),
      tunnel: undefined,
      normalizedXml: undefined,
    };
  }
  const profile = buildProfileModel(parsed.root);
  const context = { profile, options };
  const findings = RULES.flatMap((rule) => runRule(rule, context, lineOffset));
  const ruleOrder = new Map(RULES.map((rule, index) => [rule.id, index]));
  findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (ruleOrder.get(a.ruleId) ?? 0) - (ruleOrder.get(b.ruleId) ?? 0),
  );
  const counts = emptyCounts();
  for (const finding of findings) counts[finding.severity] += 1;
  const nameInXml = profile.text('VPNProfile/ProfileName');
  return {
    ...base,
    profileName: extraction.profileName ?? (nameInXml === undefined || nameInXml === '' ? undefined : nameInXml),
    parseError: undefined,
    findings,
    counts,
    tunnel: profile.isDeviceTunnel ? 'device' : 'user',
    normalizedXml: formatXml(parsed.root, parsed.prolog, parsed.epilog),
  };
}

/** Lints whatever was pasted: ProfileXML, an Intune value or a PowerShell script. */
export function lintProfileText(text: string, options: LintOptions = DEFAULT_LINT_OPTIONS): LintReport {
  const oversized = describeOversizedPaste(text, PROFILE_TEXT_LIMIT);
  if (oversized !== undefined) {
    return lintExtraction({ source: 'none', xml: '', description: oversized, lineOffset: undefined, profileName: undefined }, options);
  }
  return lintExtraction(extractProfileXml(text), options);
}

/**
 * lintProfileText for the island: an exception (a bug, never expected) becomes
 * a report that says what happened, so the tool keeps the text and a message.
 */
export function lintProfileTextSafely(text: string, options: LintOptions = DEFAULT_LINT_OPTIONS): LintReport {
  try {
    return lintProfileText(text, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const description = `The linter could not read this text (${reason}). Nothing was sent anywhere; check that the paste is a profile, an Intune value or a script.`;
    return lintExtraction({ source: 'none', xml: '', description, lineOffset: undefined, profileName: undefined }, options);
  }
}
