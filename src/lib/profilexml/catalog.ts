/**
 * Every ProfileXML element the linter knows: where it may appear, what value
 * it takes and which Windows build introduced it.
 *
 * Sources: the VPNv2 CSP reference (auto-generated edition, 2023) — node list,
 * allowed values, ranges and the "Applicable OS" build of each node; its
 * "ProfileXML XSD Schema" section — element names and nesting; Richard Hicks'
 * ProfileXML_User.xml / ProfileXML_Device.xml — the builds from which he
 * reports the newer elements working (22H2 for the two Disable…Button
 * elements, 24H2 for the rest), which are later than the CSP's 21H2.
 */
import type { TransformField } from '../ipsec/transforms';

export type ValueSpec =
  | { readonly kind: 'container' }
  | { readonly kind: 'opaque' }
  | { readonly kind: 'string' }
  | { readonly kind: 'text-or-id' }
  | { readonly kind: 'bool' }
  | { readonly kind: 'int'; readonly min: number; readonly max: number }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  | { readonly kind: 'crypto'; readonly field: TransformField };

export interface ElementSpec {
  /** Slash-separated path from the root, e.g. `VPNProfile/NativeProfile/Servers`. */
  readonly path: string;
  readonly name: string;
  readonly value: ValueSpec;
  /** May appear more than once under its parent. */
  readonly isRepeatable: boolean;
  /** First build the VPNv2 CSP lists for the node. */
  readonly minBuild?: number;
  /** Later build from which Richard Hicks reports the element working. */
  readonly fieldBuild?: number;
  /** Device-only CSP node (./Device/Vendor/MSFT/VPNv2). */
  readonly isDeviceOnly?: boolean;
  /** User-only CSP node (./User/Vendor/MSFT/VPNv2). */
  readonly isUserOnly?: boolean;
}

const BOOL = { kind: 'bool' } as const;
const STRING = { kind: 'string' } as const;
const CONTAINER = { kind: 'container' } as const;

const ROUTING_POLICY = { kind: 'enum', values: ['SplitTunnel', 'ForceTunnel'] } as const;

type Spec = Omit<ElementSpec, 'name'>;

function spec(path: string, value: ValueSpec, extra: Partial<Omit<Spec, 'path' | 'value'>> = {}): ElementSpec {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return { path, name, value, isRepeatable: false, ...extra };
}

const W10_1607 = 14393;
const W10_1709 = 16299;
const W10_2004 = 19041;
const W11_21H2 = 22000;
const W11_22H2 = 22621;
const W11_24H2 = 26100;
/** ProtocolList: the CSP lists build 10.0.20207 (an Insider build before Windows 11 21H2). */
const PROTOCOL_LIST_BUILD = 20207;

export const ELEMENTS: readonly ElementSpec[] = [
  spec('VPNProfile', CONTAINER),
  spec('VPNProfile/ProfileName', STRING),
  spec('VPNProfile/EdpModeId', STRING),
  spec('VPNProfile/RememberCredentials', BOOL),
  spec('VPNProfile/AlwaysOn', BOOL),
  spec('VPNProfile/AlwaysOnActive', BOOL),
  spec('VPNProfile/DnsSuffix', STRING),
  spec('VPNProfile/TrustedNetworkDetection', STRING),
  spec('VPNProfile/DisableAdvancedOptionsEditButton', BOOL, { minBuild: W11_21H2, fieldBuild: W11_22H2 }),
  spec('VPNProfile/DisableDisconnectButton', BOOL, { minBuild: W11_21H2, fieldBuild: W11_22H2 }),
  spec('VPNProfile/LockDown', BOOL, { isDeviceOnly: true }),
  spec('VPNProfile/DeviceTunnel', BOOL, { minBuild: W10_1709, isDeviceOnly: true }),
  spec('VPNProfile/RegisterDNS', BOOL, { minBuild: W10_1709 }),
  spec('VPNProfile/ByPassForLocal', BOOL),
  spec('VPNProfile/RequireVpnClientAppUI', BOOL, { isUserOnly: true }),
  spec('VPNProfile/Proxy', CONTAINER),
  spec('VPNProfile/Proxy/AutoConfigUrl', STRING),
  spec('VPNProfile/Proxy/Manual', CONTAINER),
  spec('VPNProfile/Proxy/Manual/Server', STRING),
  spec('VPNProfile/APNBinding', CONTAINER),
  spec('VPNProfile/APNBinding/ProviderId', STRING),
  spec('VPNProfile/APNBinding/AccessPointName', STRING),
  spec('VPNProfile/APNBinding/UserName', STRING),
  spec('VPNProfile/APNBinding/Password', STRING),
  spec('VPNProfile/APNBinding/IsCompressionEnabled', BOOL),
  spec('VPNProfile/APNBinding/AuthenticationType', STRING),
  spec('VPNProfile/DeviceCompliance', CONTAINER, { minBuild: W10_1607 }),
  spec('VPNProfile/DeviceCompliance/Enabled', BOOL, { minBuild: W10_1607 }),
  spec('VPNProfile/DeviceCompliance/Sso', CONTAINER, { minBuild: W10_1607 }),
  spec('VPNProfile/DeviceCompliance/Sso/Enabled', BOOL, { minBuild: W10_1607 }),
  spec('VPNProfile/DeviceCompliance/Sso/Eku', STRING, { minBuild: W10_1607 }),
  spec('VPNProfile/DeviceCompliance/Sso/IssuerHash', STRING, { minBuild: W10_1607 }),
  spec('VPNProfile/PluginProfile', CONTAINER),
  spec('VPNProfile/PluginProfile/ServerUrlList', STRING),
  spec('VPNProfile/PluginProfile/CustomConfiguration', { kind: 'opaque' }),
  spec('VPNProfile/PluginProfile/PluginPackageFamilyName', STRING),
  spec('VPNProfile/AppTrigger', CONTAINER, { isRepeatable: true }),
  spec('VPNProfile/AppTrigger/App', CONTAINER),
  spec('VPNProfile/AppTrigger/App/Id', STRING),
  spec('VPNProfile/DomainNameInformation', CONTAINER, { isRepeatable: true }),
  spec('VPNProfile/DomainNameInformation/DomainName', STRING),
  spec('VPNProfile/DomainNameInformation/DnsServers', STRING),
  spec('VPNProfile/DomainNameInformation/WebProxyServers', STRING),
  spec('VPNProfile/DomainNameInformation/AutoTrigger', BOOL, { minBuild: W10_1607 }),
  spec('VPNProfile/DomainNameInformation/Persistent', BOOL, { minBuild: W10_1607 }),
  spec('VPNProfile/TrafficFilter', CONTAINER, { isRepeatable: true }),
  spec('VPNProfile/TrafficFilter/App', { kind: 'text-or-id' }),
  spec('VPNProfile/TrafficFilter/App/Id', STRING),
  spec('VPNProfile/TrafficFilter/Claims', STRING),
  spec('VPNProfile/TrafficFilter/Protocol', { kind: 'int', min: 0, max: 255 }),
  spec('VPNProfile/TrafficFilter/LocalPortRanges', STRING),
  spec('VPNProfile/TrafficFilter/RemotePortRanges', STRING),
  spec('VPNProfile/TrafficFilter/LocalAddressRanges', STRING),
  spec('VPNProfile/TrafficFilter/RemoteAddressRanges', STRING),
  spec('VPNProfile/TrafficFilter/RoutingPolicyType', ROUTING_POLICY),
  spec('VPNProfile/TrafficFilter/Direction', { kind: 'enum', values: ['Outbound', 'Inbound'] }, { minBuild: W10_2004 }),
  spec('VPNProfile/NativeProfile', CONTAINER),
  spec('VPNProfile/NativeProfile/Servers', STRING),
  spec('VPNProfile/NativeProfile/RoutingPolicyType', ROUTING_POLICY),
  spec('VPNProfile/NativeProfile/NativeProtocolType', {
    kind: 'enum',
    values: ['PPTP', 'L2TP', 'IKEv2', 'Automatic', 'SSTP', 'ProtocolList'],
  }),
  spec('VPNProfile/NativeProfile/L2tpPsk', STRING, { minBuild: W10_1607 }),
  spec('VPNProfile/NativeProfile/DisableClassBasedDefaultRoute', BOOL, { minBuild: W10_1607 }),
  spec('VPNProfile/NativeProfile/PlumbIKEv2TSAsRoutes', BOOL, { minBuild: W10_2004 }),
  spec('VPNProfile/NativeProfile/ProtocolList', CONTAINER, { minBuild: PROTOCOL_LIST_BUILD }),
  spec('VPNProfile/NativeProfile/ProtocolList/NativeProtocol', CONTAINER, { isRepeatable: true, minBuild: PROTOCOL_LIST_BUILD }),
  spec('VPNProfile/NativeProfile/ProtocolList/NativeProtocol/Type', { kind: 'enum', values: ['Pptp', 'L2tp', 'Ikev2', 'Sstp'] }),
  spec('VPNProfile/NativeProfile/ProtocolList/RetryTimeInHours', { kind: 'int', min: 0, max: 500000 }),
  spec('VPNProfile/NativeProfile/ProtocolList/RetryTimeinHours', { kind: 'int', min: 0, max: 500000 }),
  spec('VPNProfile/NativeProfile/CryptographySuite', CONTAINER, { minBuild: W10_1607 }),
  spec('VPNProfile/NativeProfile/CryptographySuite/AuthenticationTransformConstants', { kind: 'crypto', field: 'authenticationTransform' }),
  spec('VPNProfile/NativeProfile/CryptographySuite/CipherTransformConstants', { kind: 'crypto', field: 'cipherTransform' }),
  spec('VPNProfile/NativeProfile/CryptographySuite/PfsGroup', { kind: 'crypto', field: 'pfsGroup' }),
  spec('VPNProfile/NativeProfile/CryptographySuite/DHGroup', { kind: 'crypto', field: 'dhGroup' }),
  spec('VPNProfile/NativeProfile/CryptographySuite/IntegrityCheckMethod', { kind: 'crypto', field: 'integrityCheckMethod' }),
  spec('VPNProfile/NativeProfile/CryptographySuite/EncryptionMethod', { kind: 'crypto', field: 'encryptionMethod' }),
  spec('VPNProfile/NativeProfile/Authentication', CONTAINER),
  spec('VPNProfile/NativeProfile/Authentication/UserMethod', { kind: 'enum', values: ['EAP', 'MSChapv2'] }),
  // The CSP lists only Certificate; Microsoft's own examples also use Eap (and a SyncML comment names PresharedKey).
  spec('VPNProfile/NativeProfile/Authentication/MachineMethod', { kind: 'enum', values: ['Certificate', 'Eap', 'PresharedKey'] }),
  spec('VPNProfile/NativeProfile/Authentication/Eap', CONTAINER),
  spec('VPNProfile/NativeProfile/Authentication/Eap/Configuration', { kind: 'opaque' }),
  spec('VPNProfile/NativeProfile/Authentication/Eap/Type', { kind: 'int', min: 0, max: 255 }),
  spec('VPNProfile/Route', CONTAINER, { isRepeatable: true }),
  spec('VPNProfile/Route/Address', STRING),
  spec('VPNProfile/Route/PrefixSize', { kind: 'int', min: 0, max: 128 }),
  spec('VPNProfile/Route/ExclusionRoute', BOOL, { minBuild: W10_1607 }),
  spec('VPNProfile/Route/Metric', { kind: 'int', min: 0, max: 4294967295 }, { minBuild: W10_1607 }),
  spec(
    'VPNProfile/DataEncryption',
    { kind: 'enum', values: ['None', 'Require', 'Max', 'Optional'] },
    { minBuild: W11_21H2, fieldBuild: W11_24H2 },
  ),
  spec('VPNProfile/DisableIKEv2Fragmentation', BOOL, { minBuild: W11_21H2, fieldBuild: W11_24H2 }),
  spec('VPNProfile/IPv4InterfaceMetric', { kind: 'int', min: 1, max: 9999 }, { minBuild: W11_21H2, fieldBuild: W11_24H2 }),
  spec('VPNProfile/IPv6InterfaceMetric', { kind: 'int', min: 1, max: 9999 }, { minBuild: W11_21H2, fieldBuild: W11_24H2 }),
  spec('VPNProfile/NetworkOutageTime', { kind: 'int', min: 0, max: 4294967295 }, { minBuild: W11_21H2, fieldBuild: W11_24H2 }),
  spec('VPNProfile/PrivateNetwork', BOOL, { minBuild: W11_21H2, fieldBuild: W11_24H2 }),
  spec('VPNProfile/UseRasCredentials', BOOL, { minBuild: W11_21H2, fieldBuild: W11_24H2 }),
];

const BY_PATH = new Map(ELEMENTS.map((element) => [element.path, element]));

export function findElementSpec(path: string): ElementSpec | undefined {
  return BY_PATH.get(path);
}

/** Known child names of a path. */
export function childNamesOf(parentPath: string): string[] {
  const prefix = `${parentPath}/`;
  return ELEMENTS.filter((element) => element.path.startsWith(prefix) && !element.path.slice(prefix.length).includes('/')).map(
    (element) => element.name,
  );
}

/** Every path where an element of this name is allowed. */
export function pathsNamed(name: string): string[] {
  return ELEMENTS.filter((element) => element.name === name).map((element) => element.path);
}

/** Whether a text value is a valid XML Schema boolean as Windows writes them. */
export function parseBoolean(text: string): boolean | undefined {
  const value = text.trim().toLowerCase();
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return undefined;
}
