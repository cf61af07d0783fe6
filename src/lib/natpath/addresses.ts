/**
 * The fixed address plan of the trace (assumption `addresses`). Public
 * addresses come from the documentation ranges (RFC 5737: 198.51.100.0/24 and
 * 203.0.113.0/24; RFC 3849: 2001:db8::/32). Inside addresses use RFC 1918 and,
 * for the carrier-grade NAT's inside, the RFC 6598 shared range, because that
 * is what admins see behind real NATs. IPv6 uses 2001:db8::/32 throughout.
 * NAT ports are handed out in sequence from a fixed base per device.
 */
import type { IpVersion } from './types';

export interface AddressPlan {
  /** The client's own address (public, or inside its home or office NAT). */
  readonly clientInside: string;
  /** Public address of a client that is not behind NAT. */
  readonly clientPublic: string;
  /** Outside address of the home or office NAT when a carrier-grade NAT follows it. */
  readonly homeNatOutsideCgnat: string;
  /** Public addresses of the carrier-grade NAT pool (the second is used by arbitrary pooling). */
  readonly cgnatPool: readonly [string, string];
  /** The public address clients connect to: the edge's virtual address, or RRAS itself without an edge. */
  readonly vip: string;
  /** The address a full-NAT edge uses as the source towards RRAS (self IP, SNIP, interface address). */
  readonly edgeInside: string;
  /** RRAS server addresses behind an edge, server 1 first. */
  readonly rras: readonly string[];
}

const IPV4: AddressPlan = {
  clientInside: '192.168.1.20',
  clientPublic: '198.51.100.20',
  homeNatOutsideCgnat: '100.64.0.20',
  cgnatPool: ['198.51.100.20', '198.51.100.21'],
  vip: '203.0.113.10',
  edgeInside: '10.0.1.5',
  rras: ['10.0.1.11', '10.0.1.12', '10.0.1.13', '10.0.1.14', '10.0.1.15', '10.0.1.16', '10.0.1.17', '10.0.1.18'],
};

const IPV6: AddressPlan = {
  clientInside: '2001:db8:a::20',
  clientPublic: '2001:db8:c::20',
  homeNatOutsideCgnat: '2001:db8:b::20',
  cgnatPool: ['2001:db8:c::20', '2001:db8:c::21'],
  vip: '2001:db8:e::10',
  edgeInside: '2001:db8:d::5',
  rras: [
    '2001:db8:d::11',
    '2001:db8:d::12',
    '2001:db8:d::13',
    '2001:db8:d::14',
    '2001:db8:d::15',
    '2001:db8:d::16',
    '2001:db8:d::17',
    '2001:db8:d::18',
  ],
};

/** First port each translating device hands out; later flows get the next one. */
export const NAT_PORT_BASE = {
  homeNat: 40000,
  cgnat: 50000,
  edge: 60000,
} as const;

/** The client's dynamic TCP source port for SSTP (first port of the IANA dynamic range). */
export const SSTP_CLIENT_PORT = 49152;

export function getAddressPlan(ip: IpVersion): AddressPlan {
  return ip === 6 ? IPV6 : IPV4;
}

/** Address of RRAS server `index` (1-based); falls back to server 1 for an index out of range. */
export function getRrasAddress(plan: AddressPlan, index: number): string {
  return plan.rras[index - 1] ?? plan.rras[0] ?? plan.vip;
}

/** Formats an address and port the way Windows tools show them: `198.51.100.20:500`, `[2001:db8::1]:500`. */
export function formatEndpoint(endpoint: { ip: string; port: number | null }): string {
  if (endpoint.port === null) return endpoint.ip;
  return endpoint.ip.includes(':') ? `[${endpoint.ip}]:${endpoint.port}` : `${endpoint.ip}:${endpoint.port}`;
}
