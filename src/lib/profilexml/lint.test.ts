import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintProfileText } from './lint';
import { CLEAN_DEVICE_TUNNEL, CLEAN_USER_TUNNEL, EXAMPLE_WITH_PROBLEMS } from './samples';

describe('lintProfileText', () => {
  it('reports a malformed profile with the line in the pasted text', () => {
    const script = `$ProfileXML = @'\n<VPNProfile>\n  <AlwaysOn>true</AlwaysOn>\n  <DnsSuffix>corp</DnsSufix>\n</VPNProfile>\n'@`;
    const report = lintProfileText(script);
    expect(report.parseError).toMatchObject({ line: 4 });
    expect(report.lineReference).toBe('pasted');
  });

  it('finds the expected rules in the example with mistakes', () => {
    const ids = lintProfileText(EXAMPLE_WITH_PROBLEMS).findings.map((finding) => finding.ruleId);
    expect(ids).toEqual(
      expect.arrayContaining([
        'boolean-case',
        'unknown-element',
        'class-route-without-routes',
        'crypto-suite-missing',
        'proxy-split-tunnel',
      ]),
    );
  });

  it('lists errors before warnings before notes', () => {
    const severities = lintProfileText(EXAMPLE_WITH_PROBLEMS).findings.map((finding) => finding.severity);
    const order = severities.map((severity) => ['error', 'warning', 'info'].indexOf(severity));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('takes the profile name from <ProfileName> when nothing around the XML names it', () => {
    expect(lintProfileText('<VPNProfile><ProfileName>Contoso</ProfileName></VPNProfile>').profileName).toBe('Contoso');
  });

  it('tells a device tunnel from a user tunnel', () => {
    expect(lintProfileText(CLEAN_DEVICE_TUNNEL).tunnel).toBe('device');
    expect(lintProfileText(CLEAN_USER_TUNNEL).tunnel).toBe('user');
  });

  it('returns a report for any text, including damaged profiles, and never throws', () => {
    const damaged = fc
      .tuple(
        fc.constantFrom(CLEAN_USER_TUNNEL, CLEAN_DEVICE_TUNNEL, EXAMPLE_WITH_PROBLEMS),
        fc.nat(),
        fc.nat(40),
        fc.string({ maxLength: 10 }),
      )
      .map(([xml, at, length, insert]) => {
        const start = at % xml.length;
        return xml.slice(0, start) + insert + xml.slice(start + length);
      });
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), damaged), (text) => {
        const report = lintProfileText(text);
        expect(report.counts.error + report.counts.warning + report.counts.info).toBe(report.findings.length);
        if (report.parseError) expect(report.parseError.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});
