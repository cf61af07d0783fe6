import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildProfileXml, DEFAULT_BUILDER_INPUT, formatThumbprint, parseRoutes, type BuilderInput } from './builder';
import { lintProfileText } from './lint';
import type { LintOptions } from './types';

const INTUNE_24H2: LintOptions = { target: 'intune', build: 26100, companionTunnel: 'unknown' };
const DEVICE: BuilderInput = { ...DEFAULT_BUILDER_INPUT, tunnel: 'device', routes: '10.0.0.10/32\n10.0.0.11/32', registerDns: true };

describe('buildProfileXml', () => {
  it.each([
    ['user tunnel', DEFAULT_BUILDER_INPUT],
    ['device tunnel', DEVICE],
  ])('builds a %s that lints with no findings for Intune and Windows 11 24H2', (_name, input) => {
    const result = buildProfileXml(input, INTUNE_24H2);
    expect(result.problems).toEqual([]);
    expect(lintProfileText(result.xml, INTUNE_24H2).findings).toEqual([]);
  });

  it.each([
    ['user tunnel', DEFAULT_BUILDER_INPUT],
    ['device tunnel', DEVICE],
  ])('builds a %s that lints with no findings for PowerShell on Windows 10 1809', (_name, input) => {
    const options: LintOptions = { target: 'powershell', build: 17763, companionTunnel: 'unknown' };
    const result = buildProfileXml(input, options);
    expect(result.problems).toEqual([]);
    expect(lintProfileText(result.xml, options).findings).toEqual([]);
  });

  it('lists the server twice only for Intune and Windows 11', () => {
    expect(buildProfileXml(DEFAULT_BUILDER_INPUT, INTUNE_24H2).xml).toContain('<Servers>vpn.example.net;vpn.example.net</Servers>');
    expect(buildProfileXml(DEFAULT_BUILDER_INPUT, { ...INTUNE_24H2, build: 19045 }).xml).toContain('<Servers>vpn.example.net</Servers>');
  });

  it('forces IKEv2, machine certificate and split tunnel for a device tunnel', () => {
    const xml = buildProfileXml({ ...DEVICE, protocol: 'SSTP', routingPolicy: 'ForceTunnel' }, INTUNE_24H2).xml;
    expect(xml).toContain('<NativeProtocolType>IKEv2</NativeProtocolType>');
    expect(xml).toContain('<MachineMethod>Certificate</MachineMethod>');
    expect(xml).toContain('<RoutingPolicyType>SplitTunnel</RoutingPolicyType>');
    expect(xml).not.toContain('<UserMethod>');
  });

  it('reports form problems instead of producing a profile that would fail', () => {
    const result = buildProfileXml({ ...DEFAULT_BUILDER_INPUT, servers: '', routes: 'ten/8' }, INTUNE_24H2);
    expect(result.problems.map((problem) => problem.field)).toEqual(expect.arrayContaining(['servers', 'routes']));
  });

  const hostName = fc.stringMatching(/^[a-z][a-z0-9]{0,10}(\.[a-z][a-z0-9]{0,10}){1,3}$/);
  const octet = fc.integer({ min: 0, max: 255 });
  const ipv4Route = fc
    .tuple(octet, octet, octet, fc.integer({ min: 8, max: 32 }))
    .map(([a, b, c, prefix]) => `10.${a}.${b}.${c}/${prefix}`);
  const validInput: fc.Arbitrary<BuilderInput> = fc.record({
    tunnel: fc.constantFrom('user' as const, 'device' as const),
    servers: fc.array(hostName, { minLength: 1, maxLength: 3 }).map((names) => names.join(', ')),
    protocol: fc.constantFrom('IKEv2' as const, 'SSTP' as const, 'Automatic' as const),
    routingPolicy: fc.constant('SplitTunnel' as const),
    routes: fc.array(ipv4Route, { minLength: 1, maxLength: 4 }).map((routes) => routes.join('\n')),
    dnsSuffix: hostName,
    trustedNetwork: fc.oneof(fc.constant(''), hostName),
    nrptDomain: fc.constant(''),
    nrptDnsServers: fc.constant(''),
    registerDns: fc.boolean(),
    crypto: fc.constantFrom('enhanced' as const, 'baseline' as const),
    eapMode: fc.constant('template' as const),
    npsServerNames: hostName,
    rootThumbprints: fc.stringMatching(/^[0-9a-f]{40}$/),
    customEapXml: fc.constant(''),
  });
  const lintOptions: fc.Arbitrary<LintOptions> = fc.record({
    target: fc.constantFrom('intune' as const, 'powershell' as const, 'configmgr' as const),
    build: fc.constantFrom(16299, 17763, 19045, 22000, 22621, 26100),
    companionTunnel: fc.constantFrom('unknown' as const, 'none' as const, 'deployed' as const),
  });

  it('produces profiles without errors or warnings whenever the form has no problems', () => {
    fc.assert(
      fc.property(validInput, lintOptions, (input, options) => {
        const result = buildProfileXml(input, options);
        fc.pre(result.problems.length === 0);
        const report = lintProfileText(result.xml, options);
        expect(report.parseError).toBeUndefined();
        expect(report.findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseRoutes', () => {
  it('reads inclusion and exclusion routes', () => {
    expect(parseRoutes('10.0.0.0/8\nexclude 203.0.113.0/24\n2001:db8::/32').routes).toEqual([
      { address: '10.0.0.0', prefixSize: 8, isExclusion: false },
      { address: '203.0.113.0', prefixSize: 24, isExclusion: true },
      { address: '2001:db8::', prefixSize: 32, isExclusion: false },
    ]);
  });

  it('reports the line of a bad route', () => {
    expect(parseRoutes('10.0.0.0/8\n10.0.0.0/33').errors[0]).toContain('Line 2');
  });
});

describe('formatThumbprint', () => {
  it('writes lower-case byte pairs each followed by a space', () => {
    expect(formatThumbprint('DB525D00F813849E3FEEC253DBB04F2104C3C2B6')).toBe(
      'db 52 5d 00 f8 13 84 9e 3f ee c2 53 db b0 4f 21 04 c3 c2 b6 ',
    );
  });

  it('rejects anything that is not 40 hex characters', () => {
    expect(formatThumbprint('abc')).toBeUndefined();
  });
});
