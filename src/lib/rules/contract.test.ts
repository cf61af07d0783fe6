import { describe, expect, it } from 'vitest';
import { compareFindings, countBySeverity, runRules, type Rule } from './contract';

const source = { title: 'RFC 5280', url: 'https://www.rfc-editor.org/rfc/rfc5280' } as const;
const guide = [{ title: 'Certificates', path: '/guide/certificates/' }];

const passingRule: Rule<number> = {
  id: 'is-positive',
  title: 'Number is positive',
  guide,
  sources: [source],
  check: (value) => [{ severity: value > 0 ? 'pass' : 'error', found: `${value}`, expected: 'a positive number' }],
};

const throwingRule: Rule<number> = {
  id: 'always-throws',
  title: 'Throws',
  guide,
  sources: [source],
  check: () => {
    throw new Error('boom');
  },
};

describe('runRules', () => {
  it('adds the rule id, title, guide links and sources to every hit', () => {
    const [finding] = runRules([passingRule], 3);
    expect(finding).toMatchObject({ ruleId: 'is-positive', severity: 'pass', guide, sources: [source], isRuleFailure: false });
  });

  it('turns a rule that throws into an error finding that names the rule, and keeps running the others', () => {
    const findings = runRules([throwingRule, passingRule], -1);
    expect(findings.map((finding) => finding.ruleId)).toEqual(['always-throws', 'is-positive']);
    expect(findings[0]).toMatchObject({ severity: 'error', isRuleFailure: true });
    expect(findings[0]?.found).toContain('Rule always-throws failed on this input (boom)');
  });
});

describe('compareFindings', () => {
  it('orders error, warning, info, pass', () => {
    const sorted = (['pass', 'info', 'error', 'warning'] as const).map((severity) => ({ severity })).sort(compareFindings);
    expect(sorted.map((finding) => finding.severity)).toEqual(['error', 'warning', 'info', 'pass']);
  });
});

describe('countBySeverity', () => {
  it('counts each severity', () => {
    expect(countBySeverity([{ severity: 'error' }, { severity: 'error' }, { severity: 'pass' }])).toEqual({
      error: 2,
      warning: 0,
      info: 0,
      pass: 1,
    });
  });
});
