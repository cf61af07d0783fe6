/**
 * The default topology, the accepted values of every field, and the site
 * pages findings link to.
 */
import type { Blockable, ClientError, Link, Topology } from './types';

/** Value ranges; the URL parser and the form use the same numbers. */
export const LIMITS = {
  servers: { min: 1, max: 8 },
  clients: { min: 1, max: 1_000_000 },
  /** REG_DWORD range, without 0 (a value of 0 is not meaningful for a limit). */
  saLimit: { min: 1, max: 4_294_967_295 },
  /** From a small IKE_AUTH to the largest message a UDP datagram can carry comfortably. */
  ikeAuthBytes: { min: 100, max: 65_000 },
} as const;

/** Canonical order of the `block` list. */
export const BLOCKABLE: readonly Blockable[] = ['udp500', 'udp4500', 'esp', 'tcp443', 'fragments'];

/** Defaults stated in the tool's issue: IKEv2, IPv4, client behind NAT, DNAT edge, one server… */
export const DEFAULT_TOPOLOGY: Topology = {
  proto: 'ikev2',
  ip: 4,
  client: 'nat',
  cgnat: 'paired',
  edge: 'dnat',
  servers: 1,
  persist: 'spanning',
  returnPath: 'via-edge',
  block: [],
  clients: 1,
  saLimit: 'default',
  ikeAuthBytes: 1200,
  frag: false,
  tls: 'passthrough',
  sstpHash: 'ok',
  vendor: null,
};

/** Returns the blocked items in canonical order without duplicates. */
export function normaliseBlock(items: readonly Blockable[]): Blockable[] {
  return BLOCKABLE.filter((item) => items.includes(item));
}

/** True when the topology blocks this kind of traffic. */
export function isBlocked(topology: Topology, item: Blockable): boolean {
  return topology.block.includes(item);
}

/** Error 809, ERROR_VPN_TIMEOUT in raserror.h (RASBASE 600 + 209). */
export const ERROR_809: ClientError = { code: '809', symbol: 'ERROR_VPN_TIMEOUT', href: '/errors/809/' };

/** Site pages findings link to (fixed ids from the site map). */
export const LINKS = {
  whyIkev2IsHard: { label: 'Why IKEv2 is hard to load-balance', href: '/guide/high-availability/why-ikev2-is-hard/' },
  dnatVsFullNat: { label: 'Destination NAT versus full NAT', href: '/guide/high-availability/dnat-vs-full-nat/' },
  ikev2Fragmentation: { label: 'IKEv2 fragmentation', href: '/guide/high-availability/ikev2-fragmentation/' },
  sstpLoadBalancing: { label: 'SSTP load balancing', href: '/guide/high-availability/sstp-load-balancing/' },
  returnRouting: { label: 'Return routing', href: '/guide/high-availability/return-routing/' },
  f5: { label: 'F5 BIG-IP', href: '/guide/high-availability/f5-big-ip/' },
  citrix: { label: 'Citrix ADC', href: '/guide/high-availability/citrix-adc/' },
  kemp: { label: 'Kemp LoadMaster', href: '/guide/high-availability/kemp-loadmaster/' },
  firewallPorts: { label: 'Firewall ports', href: '/guide/infrastructure/firewall-ports/' },
  sstpCertificate: { label: 'The SSTP TLS certificate', href: '/guide/certificates/sstp-tls-certificate/' },
  error809: { label: 'Error 809', href: '/errors/809/' },
  error13801: { label: 'Error 13801', href: '/errors/13801/' },
  error0x80092013: { label: 'Error 0x80092013', href: '/errors/0x80092013/' },
  error0x800b0101: { label: 'Error 0x800B0101', href: '/errors/0x800b0101/' },
} as const satisfies Record<string, Link>;
