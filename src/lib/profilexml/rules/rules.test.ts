/**
 * One failing and one passing sample per rule. Samples are the clean
 * profiles from samples.ts with one deliberate change each.
 */
import { describe, expect, it } from 'vitest';
import { lintProfileText } from '../lint';
import { CLEAN_DEVICE_TUNNEL as D, CLEAN_USER_TUNNEL as U } from '../samples';
import type { LintOptions } from '../types';
import { RULES } from './index';

const INTUNE_24H2: LintOptions = { target: 'intune', build: 26100, companionTunnel: 'unknown' };

interface Sample {
  readonly xml: string;
  readonly options?: Partial<LintOptions>;
}

interface RuleCase {
  readonly failing: Sample;
  readonly passing: Sample;
  /** Line the failing finding points at, when the case pins it. */
  readonly line?: number;
}

function edit(xml: string, from: string, to: string): string {
  if (!xml.includes(from)) throw new Error(`sample does not contain ${from}`);
  return xml.replace(from, to);
}

function removeBlock(xml: string, start: string, end: string): string {
  const from = xml.indexOf(start);
  const to = xml.indexOf(end, from);
  if (from === -1 || to === -1) throw new Error(`sample has no ${start}…${end}`);
  return xml.slice(0, from) + xml.slice(to + end.length);
}

const ROUTES_START = '  <Route>';
const LAST_ROUTE_END = '<PrefixSize>12</PrefixSize>\n  </Route>\n';
const userWithoutRoutes = removeBlock(U, ROUTES_START, LAST_ROUTE_END);
const atEnd = (xml: string, fragment: string) => edit(xml, '</VPNProfile>', `${fragment}\n</VPNProfile>`);
const trafficFilter =
  '  <TrafficFilter>\n    <Protocol>6</Protocol>\n    <RemotePortRanges>443</RemotePortRanges>\n    <RemoteAddressRanges>10.0.0.0/8</RemoteAddressRanges>\n  </TrafficFilter>';
const ipv6Route = '  <Route>\n    <Address>2001:db8:100::</Address>\n    <PrefixSize>48</PrefixSize>\n  </Route>';
const nrpt =
  '  <DomainNameInformation>\n    <DomainName>.corp.example.net</DomainName>\n    <DnsServers>10.0.0.10</DnsServers>\n  </DomainNameInformation>';

const CASES: Record<string, RuleCase> = {
  'root-element': {
    failing: { xml: edit(edit(U, '<VPNProfile>', '<VpnProfile>'), '</VPNProfile>', '</VpnProfile>') },
    passing: { xml: U },
    line: 1,
  },
  'unknown-element': {
    failing: { xml: edit(edit(U, '<DnsSuffix>', '<DNSSufix>'), '</DnsSuffix>', '</DNSSufix>') },
    passing: { xml: U },
    line: 3,
  },
  'misplaced-element': {
    failing: {
      xml: edit(U, '<AlwaysOn>true</AlwaysOn>', '<AlwaysOn>true</AlwaysOn>\n  <RoutingPolicyType>SplitTunnel</RoutingPolicyType>'),
    },
    passing: { xml: U },
    line: 3,
  },
  'duplicate-element': {
    failing: { xml: edit(U, '<AlwaysOn>true</AlwaysOn>', '<AlwaysOn>true</AlwaysOn>\n  <AlwaysOn>true</AlwaysOn>') },
    passing: { xml: U },
    line: 3,
  },
  'invalid-value': {
    failing: { xml: edit(U, '<RoutingPolicyType>SplitTunnel<', '<RoutingPolicyType>SplitTunneling<') },
    passing: { xml: U },
    line: 7,
  },
  'boolean-case': {
    failing: { xml: edit(U, '<AlwaysOn>true<', '<AlwaysOn>TRUE<') },
    passing: { xml: U },
    line: 2,
  },
  'crypto-value-spelling': {
    failing: { xml: edit(U, '<EncryptionMethod>AES_GCM_128<', '<EncryptionMethod>GCMAES128<') },
    passing: { xml: U },
  },
  'native-profile-missing': {
    failing: { xml: '<VPNProfile>\n  <AlwaysOn>true</AlwaysOn>\n</VPNProfile>' },
    passing: { xml: U },
  },
  'servers-missing': {
    failing: { xml: edit(U, '    <Servers>vpn.example.net;vpn.example.net</Servers>\n', '') },
    passing: { xml: U },
  },
  'protocol-missing': {
    failing: { xml: edit(U, '    <NativeProtocolType>IKEv2</NativeProtocolType>\n', '') },
    passing: { xml: U },
  },
  'authentication-missing': {
    failing: { xml: edit(D, '    <Authentication>\n      <MachineMethod>Certificate</MachineMethod>\n    </Authentication>\n', '') },
    passing: { xml: D },
  },
  'device-tunnel-protocol': {
    failing: { xml: edit(D, '>IKEv2<', '>SSTP<') },
    passing: { xml: D },
    line: 9,
  },
  'device-tunnel-authentication': {
    failing: { xml: edit(D, '<MachineMethod>Certificate<', '<MachineMethod>Eap<') },
    passing: { xml: D },
  },
  'device-tunnel-split-tunnel': {
    failing: { xml: edit(D, '>SplitTunnel<', '>ForceTunnel<') },
    passing: { xml: D },
  },
  'device-tunnel-always-on': {
    failing: { xml: edit(D, '  <AlwaysOn>true</AlwaysOn>\n', '') },
    passing: { xml: D },
  },
  'device-tunnel-traffic-filters': {
    failing: { xml: atEnd(D, '  <TrafficFilter>\n    <RemoteAddressRanges>10.0.0.10,10.0.0.11</RemoteAddressRanges>\n  </TrafficFilter>') },
    passing: { xml: D },
  },
  'device-tunnel-nrpt': {
    failing: { xml: atEnd(D, nrpt), options: { companionTunnel: 'deployed' } },
    passing: { xml: atEnd(D, nrpt), options: { companionTunnel: 'none' } },
  },
  'class-route-without-routes': {
    failing: { xml: userWithoutRoutes },
    passing: { xml: U },
  },
  'split-tunnel-without-routes': {
    failing: { xml: edit(userWithoutRoutes, '    <DisableClassBasedDefaultRoute>true</DisableClassBasedDefaultRoute>\n', '') },
    passing: { xml: U },
  },
  'force-tunnel-inclusion-routes': {
    failing: { xml: edit(U, '>SplitTunnel<', '>ForceTunnel<') },
    passing: {
      xml: edit(
        edit(userWithoutRoutes, '>SplitTunnel<', '>ForceTunnel<'),
        '    <DisableClassBasedDefaultRoute>true</DisableClassBasedDefaultRoute>\n',
        '',
      ),
    },
  },
  'force-tunnel-class-route': {
    failing: { xml: edit(U, '>SplitTunnel<', '>ForceTunnel<') },
    passing: { xml: U },
  },
  'route-invalid': {
    failing: { xml: edit(U, '<PrefixSize>8<', '<PrefixSize>40<') },
    passing: { xml: U },
  },
  'traffic-filter-ports': {
    failing: { xml: atEnd(U, trafficFilter.replace('    <Protocol>6</Protocol>\n', '')) },
    passing: { xml: atEnd(U, trafficFilter) },
  },
  'traffic-filter-ipv6': {
    failing: { xml: atEnd(atEnd(U, ipv6Route), trafficFilter) },
    passing: { xml: atEnd(U, ipv6Route) },
  },
  'proxy-split-tunnel': {
    failing: { xml: atEnd(U, '  <Proxy>\n    <Manual>\n      <Server>proxy.corp.example.net:8080</Server>\n    </Manual>\n  </Proxy>') },
    passing: { xml: U },
  },
  'register-dns-both-tunnels': {
    failing: { xml: atEnd(U, '  <RegisterDNS>true</RegisterDNS>'), options: { companionTunnel: 'deployed' } },
    passing: { xml: D, options: { companionTunnel: 'deployed' } },
  },
  'always-on-not-set': {
    failing: { xml: edit(U, '  <AlwaysOn>true</AlwaysOn>\n', '') },
    passing: { xml: U },
  },
  'automatic-prefers-sstp': {
    failing: { xml: edit(U, '>IKEv2<', '>Automatic<') },
    passing: { xml: U },
  },
  'protocol-list-mismatch': {
    failing: { xml: edit(U, '>IKEv2<', '>ProtocolList<') },
    passing: {
      xml: edit(
        U,
        '<NativeProtocolType>IKEv2</NativeProtocolType>',
        '<NativeProtocolType>ProtocolList</NativeProtocolType>\n    <ProtocolList>\n      <NativeProtocol>\n        <Type>Ikev2</Type>\n      </NativeProtocol>\n      <NativeProtocol>\n        <Type>Sstp</Type>\n      </NativeProtocol>\n      <RetryTimeInHours>168</RetryTimeInHours>\n    </ProtocolList>',
      ),
    },
  },
  'eap-configuration-missing': {
    failing: {
      xml: removeBlock(U, '      <Eap>\n', '      </Eap>\n    </Authentication>\n').replace(
        '</MachineMethod>\n',
        '</MachineMethod>\n    </Authentication>\n',
      ),
    },
    passing: { xml: U },
  },
  'mschapv2-with-ikev2': {
    failing: { xml: edit(U, '<UserMethod>Eap<', '<UserMethod>MSChapv2<') },
    passing: { xml: U },
  },
  'machine-method-without-ikev2': {
    failing: { xml: edit(edit(U, '<MachineMethod>Eap<', '<MachineMethod>Certificate<'), '>IKEv2<', '>SSTP<') },
    passing: { xml: edit(U, '<MachineMethod>Eap<', '<MachineMethod>Certificate<') },
  },
  'crypto-suite-missing': {
    failing: { xml: removeBlock(U, '    <CryptographySuite>', '</CryptographySuite>\n') },
    passing: { xml: U },
  },
  'crypto-suite-incomplete': {
    failing: { xml: edit(U, '      <PfsGroup>ECP256</PfsGroup>\n', '') },
    passing: { xml: U },
  },
  'crypto-weak': {
    failing: { xml: edit(U, '<DHGroup>Group14<', '<DHGroup>Group2<') },
    passing: { xml: U },
  },
  'crypto-suite-without-ipsec': {
    failing: { xml: edit(U, '>IKEv2<', '>SSTP<') },
    passing: { xml: U },
  },
  'newer-build-required': {
    failing: { xml: D, options: { build: 14393, target: 'powershell' } },
    passing: { xml: D, options: { build: 16299, target: 'powershell' } },
    line: 3,
  },
  'field-reported-build': {
    failing: { xml: atEnd(U, '  <DisableDisconnectButton>true</DisableDisconnectButton>'), options: { build: 22000 } },
    passing: { xml: atEnd(U, '  <DisableDisconnectButton>true</DisableDisconnectButton>'), options: { build: 22621 } },
  },
  'intune-duplicate-server': {
    failing: { xml: edit(U, 'vpn.example.net;vpn.example.net', 'vpn.example.net') },
    passing: { xml: edit(U, 'vpn.example.net;vpn.example.net', 'vpn.example.net'), options: { target: 'powershell' } },
    line: 6,
  },
  'intune-machine-method': {
    failing: { xml: edit(U, '      <MachineMethod>Eap</MachineMethod>\n', '') },
    passing: { xml: edit(U, '      <MachineMethod>Eap</MachineMethod>\n', ''), options: { build: 19045 } },
  },
};

function lint(sample: Sample) {
  return lintProfileText(sample.xml, { ...INTUNE_24H2, ...sample.options });
}

describe('rule catalogue', () => {
  it('has at least 20 rules with unique ids', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(ids.length).toBeGreaterThanOrEqual(20);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s has a message, sources and a guide link into the site map', (_id, rule) => {
    expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(rule.message.length).toBeGreaterThan(20);
    expect(rule.sources.length).toBeGreaterThan(0);
    expect(rule.guide.path).toMatch(/^\/guide\/(client-deployment|operations|planning)\/[a-z0-9-]+\/$/);
  });

  it('has a failing and a passing sample for every rule', () => {
    expect(Object.keys(CASES).sort()).toEqual(RULES.map((rule) => rule.id).sort());
  });
});

describe.each(RULES.map((rule) => [rule.id] as const))('rule %s', (id) => {
  const ruleCase = CASES[id];
  it('reports the failing sample', () => {
    if (!ruleCase) throw new Error(`no case for ${id}`);
    const report = lint(ruleCase.failing);
    expect(report.parseError).toBeUndefined();
    const finding = report.findings.find((candidate) => candidate.ruleId === id);
    expect(finding, `expected a ${id} finding`).toBeDefined();
    expect(finding?.found.length).toBeGreaterThan(0);
    expect(finding?.expected.length).toBeGreaterThan(0);
    if (ruleCase.line !== undefined) expect(finding?.line).toBe(ruleCase.line);
  });

  it('stays quiet on the passing sample', () => {
    if (!ruleCase) throw new Error(`no case for ${id}`);
    const report = lint(ruleCase.passing);
    expect(report.parseError).toBeUndefined();
    expect(report.findings.filter((finding) => finding.ruleId === id)).toEqual([]);
  });
});

describe('clean samples', () => {
  it.each([
    ['user tunnel', U],
    ['device tunnel', D],
  ])('the %s has no findings for Intune and Windows 11 24H2', (_name, xml) => {
    expect(lintProfileText(xml, INTUNE_24H2).findings).toEqual([]);
  });
});
