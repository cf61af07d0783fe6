/**
 * Builds a ProfileXML from a small form. The output follows the element order
 * of Richard Hicks' ProfileXML_User.xml / ProfileXML_Device.xml templates and
 * applies the Windows 11 + Intune quirks when that is the target, so that it
 * lints clean. The EAP block is PEAP (type 25) with EAP-TLS (type 13) inside,
 * shaped like Microsoft's documented sample.
 */
import { generateClientXml, PRESETS } from '../ipsec/generate';
import { escapeXmlText } from './format';
import type { LintOptions } from './types';
import { isWindows11Build } from './windows-builds';
import { parseXml } from './xml';

export type BuilderCrypto = 'enhanced' | 'baseline' | 'none';
export type BuilderProtocol = 'IKEv2' | 'SSTP' | 'Automatic';

export interface BuilderInput {
  readonly tunnel: 'user' | 'device';
  /** VPN server names, separated by commas or new lines. */
  readonly servers: string;
  /** User tunnels only; device tunnels always use IKEv2. */
  readonly protocol: BuilderProtocol;
  /** User tunnels only; device tunnels are always split tunnel. */
  readonly routingPolicy: 'SplitTunnel' | 'ForceTunnel';
  /** One route per line: `10.0.0.0/8`, or `exclude 203.0.113.0/24` for an exclusion route. */
  readonly routes: string;
  readonly dnsSuffix: string;
  readonly trustedNetwork: string;
  /** NRPT namespace, e.g. `.corp.example.net` (user tunnel). */
  readonly nrptDomain: string;
  readonly nrptDnsServers: string;
  readonly registerDns: boolean;
  readonly crypto: BuilderCrypto;
  /** User tunnel authentication: a PEAP/EAP-TLS template, or EapHostConfig XML pasted by the admin. */
  readonly eapMode: 'template' | 'custom';
  /** NPS server names the client accepts (template mode). */
  readonly npsServerNames: string;
  /** SHA-1 thumbprints of the root CAs that issue the NPS certificate (template mode). */
  readonly rootThumbprints: string;
  /** EapHostConfig XML (custom mode). */
  readonly customEapXml: string;
}

export const DEFAULT_BUILDER_INPUT: BuilderInput = {
  tunnel: 'user',
  servers: 'vpn.example.net',
  protocol: 'IKEv2',
  routingPolicy: 'SplitTunnel',
  routes: '10.0.0.0/8\n172.16.0.0/12',
  dnsSuffix: 'corp.example.net',
  trustedNetwork: 'corp.example.net',
  nrptDomain: '',
  nrptDnsServers: '',
  registerDns: false,
  crypto: 'enhanced',
  eapMode: 'template',
  npsServerNames: 'nps.corp.example.net',
  rootThumbprints: '3f9a11c25e708b24d106ac9347e82b5d60f40c7a',
  customEapXml: '',
};

export type BuilderField = keyof BuilderInput;

export interface BuilderProblem {
  readonly field: BuilderField;
  readonly message: string;
}

export interface BuildResult {
  readonly xml: string;
  readonly problems: readonly BuilderProblem[];
}

interface ParsedRoute {
  readonly address: string;
  readonly prefixSize: number;
  readonly isExclusion: boolean;
}

const HOST_NAME = /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

function isIpv6(text: string): boolean {
  if (!/^[0-9a-f:]+$/i.test(text) || !text.includes(':')) return false;
  const doubles = text.split('::').length - 1;
  if (doubles > 1) return false;
  const groups = text.split(':').filter((group) => group !== '');
  if (groups.some((group) => group.length > 4)) return false;
  return doubles === 1 ? groups.length <= 7 : groups.length === 8;
}

function splitList(text: string): string[] {
  return text
    .split(/[,\n;]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/** Parses the routes box; returns routes and per-line problems. */
export function parseRoutes(text: string): { routes: ParsedRoute[]; errors: string[] } {
  const routes: ParsedRoute[] = [];
  const errors: string[] = [];
  text.split('\n').forEach((rawLine, index) => {
    const line = rawLine.trim();
    if (line === '') return;
    const match = /^(exclude\s+)?([0-9A-Fa-f.:]+)\s*\/\s*(\d{1,3})$/i.exec(line);
    if (!match) {
      errors.push(`Line ${index + 1}: "${line}" is not a route; write address/prefix, e.g. 10.0.0.0/8, or exclude 203.0.113.0/24.`);
      return;
    }
    const address = match[2] ?? '';
    const prefixSize = Number(match[3]);
    const isV4 = IPV4.test(address);
    if (!isV4 && !isIpv6(address)) {
      errors.push(`Line ${index + 1}: ${address} is not an IPv4 or IPv6 address.`);
      return;
    }
    if (prefixSize > (isV4 ? 32 : 128)) {
      errors.push(`Line ${index + 1}: /${prefixSize} is too long for an ${isV4 ? 'IPv4' : 'IPv6'} address.`);
      return;
    }
    routes.push({ address, prefixSize, isExclusion: Boolean(match[1]) });
  });
  return { routes, errors };
}

/** Formats a SHA-1 thumbprint the way Windows writes TrustedRootCA: lower-case byte pairs, each followed by a space. */
export function formatThumbprint(text: string): string | undefined {
  const hex = text.replace(/[\s:]/g, '').toLowerCase();
  if (!/^[0-9a-f]{40}$/.test(hex)) return undefined;
  return `${hex.match(/../g)?.join(' ') ?? hex} `;
}

function buildEapTemplate(serverNames: string, thumbprints: readonly string[], pad: string): string[] {
  const names = escapeXmlText(splitList(serverNames).join(';'));
  const roots = thumbprints.map((thumbprint) => `<TrustedRootCA>${thumbprint}</TrustedRootCA>`);
  const acceptServerName = names === '' ? 'false' : 'true';
  const lines = [
    '<EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig">',
    '  <EapMethod>',
    '    <Type xmlns="http://www.microsoft.com/provisioning/EapCommon">25</Type>',
    '    <VendorId xmlns="http://www.microsoft.com/provisioning/EapCommon">0</VendorId>',
    '    <VendorType xmlns="http://www.microsoft.com/provisioning/EapCommon">0</VendorType>',
    '    <AuthorId xmlns="http://www.microsoft.com/provisioning/EapCommon">0</AuthorId>',
    '  </EapMethod>',
    '  <Config xmlns="http://www.microsoft.com/provisioning/EapHostConfig">',
    '    <Eap xmlns="http://www.microsoft.com/provisioning/BaseEapConnectionPropertiesV1">',
    '      <Type>25</Type>',
    '      <EapType xmlns="http://www.microsoft.com/provisioning/MsPeapConnectionPropertiesV1">',
    '        <ServerValidation>',
    '          <DisableUserPromptForServerValidation>true</DisableUserPromptForServerValidation>',
    `          <ServerNames>${names}</ServerNames>`,
    ...roots.map((root) => `          ${root}`),
    '        </ServerValidation>',
    '        <FastReconnect>true</FastReconnect>',
    '        <InnerEapOptional>false</InnerEapOptional>',
    '        <Eap xmlns="http://www.microsoft.com/provisioning/BaseEapConnectionPropertiesV1">',
    '          <Type>13</Type>',
    '          <EapType xmlns="http://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV1">',
    '            <CredentialsSource>',
    '              <CertificateStore>',
    '                <SimpleCertSelection>true</SimpleCertSelection>',
    '              </CertificateStore>',
    '            </CredentialsSource>',
    '            <ServerValidation>',
    '              <DisableUserPromptForServerValidation>true</DisableUserPromptForServerValidation>',
    `              <ServerNames>${names}</ServerNames>`,
    ...roots.map((root) => `              ${root}`),
    '            </ServerValidation>',
    '            <DifferentUsername>false</DifferentUsername>',
    '            <PerformServerValidation xmlns="http://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV2">true</PerformServerValidation>',
    `            <AcceptServerName xmlns="http://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV2">${acceptServerName}</AcceptServerName>`,
    '          </EapType>',
    '        </Eap>',
    '        <EnableQuarantineChecks>false</EnableQuarantineChecks>',
    '        <RequireCryptoBinding>true</RequireCryptoBinding>',
    '        <PeapExtensions>',
    '          <PerformServerValidation xmlns="http://www.microsoft.com/provisioning/MsPeapConnectionPropertiesV2">true</PerformServerValidation>',
    `          <AcceptServerName xmlns="http://www.microsoft.com/provisioning/MsPeapConnectionPropertiesV2">${acceptServerName}</AcceptServerName>`,
    '        </PeapExtensions>',
    '      </EapType>',
    '    </Eap>',
    '  </Config>',
    '</EapHostConfig>',
  ];
  return lines.map((line) => pad + line);
}

function indentBlock(text: string, pad: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => pad + line.trim());
}

/** Builds the profile and lists what in the form still needs attention. */
export function buildProfileXml(input: BuilderInput, options: LintOptions): BuildResult {
  const problems: BuilderProblem[] = [];
  const isDevice = input.tunnel === 'device';
  const intuneWindows11 = options.target === 'intune' && isWindows11Build(options.build);

  const servers = splitList(input.servers);
  if (servers.length === 0) problems.push({ field: 'servers', message: 'Enter the public name of at least one VPN server.' });
  for (const server of servers) {
    if (!HOST_NAME.test(server) && !IPV4.test(server)) {
      problems.push({ field: 'servers', message: `${server} is not a host name or IPv4 address.` });
    }
  }
  const serverValue = servers.map((server) => (intuneWindows11 ? `${server};${server}` : server)).join(',');

  const protocol: BuilderProtocol = isDevice ? 'IKEv2' : input.protocol;
  const routing = isDevice ? 'SplitTunnel' : input.routingPolicy;
  if (isDevice && options.build < 16299) {
    problems.push({
      field: 'tunnel',
      message: 'Device tunnels need Windows 10, version 1709 (build 16299) or later; raise the minimum Windows version.',
    });
  }

  const parsedRoutes = parseRoutes(input.routes);
  for (const error of parsedRoutes.errors) problems.push({ field: 'routes', message: error });
  const inclusion = parsedRoutes.routes.filter((route) => !route.isExclusion);
  if (routing === 'SplitTunnel' && inclusion.length === 0) {
    problems.push({ field: 'routes', message: 'A split tunnel needs at least one route to the internal networks.' });
  }
  if (routing === 'ForceTunnel' && inclusion.length > 0) {
    problems.push({ field: 'routes', message: 'With force tunnel, all traffic already uses the VPN; keep only exclude routes.' });
  }
  const routes = routing === 'ForceTunnel' ? parsedRoutes.routes.filter((route) => route.isExclusion) : parsedRoutes.routes;

  const suffixes = splitList(input.dnsSuffix);
  for (const suffix of suffixes) {
    if (!HOST_NAME.test(suffix)) problems.push({ field: 'dnsSuffix', message: `${suffix} is not a DNS suffix.` });
  }
  const trusted = splitList(input.trustedNetwork);
  for (const name of trusted) {
    if (!HOST_NAME.test(name)) problems.push({ field: 'trustedNetwork', message: `${name} is not a DNS suffix.` });
  }

  const nrptDomain = input.nrptDomain.trim();
  const nrptServers = splitList(input.nrptDnsServers);
  if (nrptDomain !== '') {
    if (!HOST_NAME.test(nrptDomain.replace(/^\./, '')))
      problems.push({ field: 'nrptDomain', message: `${nrptDomain} is not a DNS name or suffix.` });
    if (nrptServers.length === 0) problems.push({ field: 'nrptDnsServers', message: 'Enter the internal DNS servers for the NRPT rule.' });
    if (isDevice && options.companionTunnel !== 'none') {
      problems.push({ field: 'nrptDomain', message: 'With a user tunnel on the same devices, put the NRPT rule on the user tunnel only.' });
    }
  }
  for (const server of nrptServers) {
    if (!IPV4.test(server) && !isIpv6(server)) problems.push({ field: 'nrptDnsServers', message: `${server} is not an IP address.` });
  }
  if (!isDevice && input.registerDns && options.companionTunnel !== 'none') {
    problems.push({
      field: 'registerDns',
      message: 'Register DNS on one tunnel only; with a device tunnel on the same devices, keep it there.',
    });
  }

  const lines: string[] = ['<VPNProfile>', '  <AlwaysOn>true</AlwaysOn>'];
  if (isDevice) lines.push('  <DeviceTunnel>true</DeviceTunnel>');
  if (suffixes.length > 0) lines.push(`  <DnsSuffix>${escapeXmlText(suffixes.join(','))}</DnsSuffix>`);
  if (trusted.length > 0) lines.push(`  <TrustedNetworkDetection>${escapeXmlText(trusted.join(','))}</TrustedNetworkDetection>`);
  lines.push('  <NativeProfile>');
  lines.push(`    <Servers>${escapeXmlText(serverValue)}</Servers>`);
  lines.push(`    <RoutingPolicyType>${routing}</RoutingPolicyType>`);
  lines.push(`    <NativeProtocolType>${protocol}</NativeProtocolType>`);
  lines.push('    <Authentication>');
  if (isDevice) {
    lines.push('      <MachineMethod>Certificate</MachineMethod>');
  } else {
    lines.push('      <UserMethod>Eap</UserMethod>');
    if (intuneWindows11) lines.push('      <MachineMethod>Eap</MachineMethod>');
    lines.push('      <Eap>', '        <Configuration>');
    if (input.eapMode === 'custom') {
      const parsed = parseXml(input.customEapXml);
      if (!parsed.ok) {
        problems.push({
          field: 'customEapXml',
          message: `The EAP configuration is not well-formed XML (line ${parsed.error.line}, column ${parsed.error.column}): ${parsed.error.message}`,
        });
      } else if (parsed.root.localName !== 'EapHostConfig') {
        problems.push({
          field: 'customEapXml',
          message: `The EAP configuration starts with <${parsed.root.name}>; expected <EapHostConfig>.`,
        });
      }
      if (parsed.ok) lines.push(...indentBlock(input.customEapXml, '          '));
    } else {
      const thumbprints = splitList(input.rootThumbprints).map((entry) => ({ entry, formatted: formatThumbprint(entry) }));
      for (const { entry, formatted } of thumbprints) {
        if (!formatted)
          problems.push({ field: 'rootThumbprints', message: `${entry} is not a SHA-1 thumbprint (40 hexadecimal characters).` });
      }
      if (thumbprints.length === 0) {
        problems.push({ field: 'rootThumbprints', message: 'Enter the thumbprint of the root CA that issued the NPS server certificate.' });
      }
      lines.push(
        ...buildEapTemplate(
          input.npsServerNames,
          thumbprints.flatMap(({ formatted }) => (formatted ? [formatted] : [])),
          '          ',
        ),
      );
    }
    lines.push('        </Configuration>', '      </Eap>');
  }
  lines.push('    </Authentication>');
  const preset = PRESETS.find((candidate) => candidate.id === input.crypto);
  if (!preset && protocol !== 'SSTP') {
    problems.push({
      field: 'crypto',
      message: 'Choose a cryptography suite: without one IKEv2 uses the weak Windows defaults (DES3, SHA1, DH group 2).',
    });
  }
  if (preset && protocol !== 'SSTP') {
    const suite = generateClientXml(preset.values, '    ');
    if (suite.ok) lines.push(suite.text);
  }
  if (routing === 'SplitTunnel' && routes.length > 0) lines.push('    <DisableClassBasedDefaultRoute>true</DisableClassBasedDefaultRoute>');
  lines.push('  </NativeProfile>');
  for (const route of routes) {
    lines.push('  <Route>', `    <Address>${route.address}</Address>`, `    <PrefixSize>${route.prefixSize}</PrefixSize>`);
    if (route.isExclusion) lines.push('    <ExclusionRoute>true</ExclusionRoute>');
    lines.push('  </Route>');
  }
  if (nrptDomain !== '' && nrptServers.length > 0) {
    lines.push(
      '  <DomainNameInformation>',
      `    <DomainName>${escapeXmlText(nrptDomain)}</DomainName>`,
      `    <DnsServers>${escapeXmlText(nrptServers.join(','))}</DnsServers>`,
      '  </DomainNameInformation>',
    );
  }
  if (input.registerDns) lines.push('  <RegisterDNS>true</RegisterDNS>');
  lines.push('</VPNProfile>');
  return { xml: lines.join('\n'), problems };
}
