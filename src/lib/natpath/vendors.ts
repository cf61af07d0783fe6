/**
 * How each load-balancer vendor names the settings the model uses, so
 * findings can speak in the vendor's own words when `vendor=` is set.
 *
 * Setting names and where they come from:
 * - F5 BIG-IP: virtual server "Source Address Translation" None / Auto Map /
 *   SNAT pool (F5 iControl SourceAddressTranslationType; Hicks sets None on
 *   both IKE virtual servers). Source address affinity persistence with "Match
 *   Across Services" (same virtual address) or "Match Across Virtual Servers"
 *   (F5 profile options). Which of the two Hicks uses was not visible in the
 *   stored copy of his post, so both are named.
 * - Citrix ADC: "Use Source IP (USIP)" mode; Hicks enables "Use Subnet IP" in
 *   System › Settings › Configure Modes and "Use Client IP" on the UDP 500 and
 *   UDP 4500 service groups, plus a persistency group with persistence SOURCEIP
 *   holding both IKE virtual servers (Hicks, Citrix post; Citrix USIP docs).
 * - Kemp LoadMaster: "Transparency" in a virtual service's Standard Options
 *   (traffic reaches the real servers from the client address), "Port
 *   Following" between the UDP 500 and UDP 4500 virtual services, and "Source
 *   IP Address" persistence (Hicks, Kemp post; Progress Kemp docs).
 */
import { LINKS } from './topology';
import type { SourceId } from './sources';
import type { EdgeMode, Link, Persistence, Topology, Vendor } from './types';

export interface VendorTerms {
  /** Product name, or a generic name without a vendor. */
  readonly product: string;
  /** How to make the edge translate the destination only. */
  readonly keepClientAddress: string;
  /** The vendor's name for what full NAT is here. */
  readonly fullNatName: string;
  /** The setting that keeps UDP 500 and UDP 4500 of one client on one server. */
  readonly spanningPersistence: string;
  /** How the current persistence setting reads in the vendor's terms. */
  readonly persistenceNames: Readonly<Record<Persistence, string>>;
  /** How RRAS routes replies back through the edge. */
  readonly returnThroughEdge: string;
  readonly link: Link | null;
  readonly sources: readonly SourceId[];
}

const GENERIC: VendorTerms = {
  product: 'the edge',
  keepClientAddress:
    'Configure the firewall or load balancer to translate the destination only (destination NAT), so RRAS sees each client’s own public address.',
  fullNatName: 'source NAT (full NAT)',
  spanningPersistence: 'a source-IP persistence record that both the UDP 500 and the UDP 4500 virtual servers share',
  persistenceNames: {
    none: 'no persistence',
    'per-port': 'source-IP persistence on each virtual server separately',
    spanning: 'one source-IP persistence record shared by the UDP 500 and UDP 4500 virtual servers',
  },
  returnThroughEdge: 'Make the edge the RRAS servers’ default gateway (or add routes that send client traffic back through it).',
  link: null,
  sources: ['hicksLbNat'],
};

const F5: VendorTerms = {
  product: 'F5 BIG-IP',
  keepClientAddress:
    'On the UDP 500 and the UDP 4500 virtual servers, open Properties › Configuration and set Source Address Translation to None.',
  fullNatName: 'Source Address Translation set to Auto Map or an SNAT pool',
  spanningPersistence:
    'a Source Address Affinity persistence profile with Match Across Services (both IKE virtual servers share one virtual address) or Match Across Virtual Servers enabled, assigned to both IKE virtual servers',
  persistenceNames: {
    none: 'no persistence profile',
    'per-port': 'Source Address Affinity without Match Across Services or Match Across Virtual Servers',
    spanning: 'Source Address Affinity with Match Across Services or Match Across Virtual Servers',
  },
  returnThroughEdge: 'Use a BIG-IP self IP as the RRAS servers’ default gateway, so replies pass back through the BIG-IP.',
  link: LINKS.f5,
  sources: ['hicksF5', 'f5SnatTypes', 'f5SourceAffinity'],
};

const CITRIX: VendorTerms = {
  product: 'Citrix ADC',
  keepClientAddress:
    'In System › Settings › Configure Modes select Use Subnet IP; then on the UDP 500 and UDP 4500 service groups edit Settings and select Use Client IP (Use Source IP, USIP).',
  fullNatName: 'the ADC’s own subnet IP (SNIP) as the back-end source, with Use Client IP off',
  spanningPersistence:
    'a persistency group (Traffic Management › Load Balancing › Persistency Groups) with persistence SOURCEIP that holds both IKE virtual servers',
  persistenceNames: {
    none: 'no persistence',
    'per-port': 'SOURCEIP persistence set on each virtual server, without a persistency group',
    spanning: 'a persistency group with persistence SOURCEIP holding both IKE virtual servers',
  },
  returnThroughEdge: 'Use the ADC’s subnet IP as the RRAS servers’ default gateway, as Use Client IP requires.',
  link: LINKS.citrix,
  sources: ['hicksCitrix', 'citrixUsip'],
};

const KEMP: VendorTerms = {
  product: 'Kemp LoadMaster',
  keepClientAddress:
    'In Virtual Services › View/Modify Services, modify the UDP 500 and the UDP 4500 virtual services and select Transparency under Standard Options.',
  fullNatName: 'Transparency turned off (the LoadMaster’s own address reaches the real servers)',
  spanningPersistence: 'Port Following between the UDP 500 and UDP 4500 virtual services, with Source IP Address persistence',
  persistenceNames: {
    none: 'no persistence',
    'per-port': 'Source IP Address persistence on each virtual service without Port Following',
    spanning: 'Port Following between the two IKE virtual services',
  },
  returnThroughEdge: 'Use the LoadMaster as the real servers’ default gateway, as Transparency requires.',
  link: LINKS.kemp,
  sources: ['hicksKemp', 'kempTransparency', 'kempPersistence'],
};

export function getVendorTerms(vendor: Vendor | null): VendorTerms {
  switch (vendor) {
    case 'f5':
      return F5;
    case 'citrix':
      return CITRIX;
    case 'kemp':
      return KEMP;
    case null:
      return GENERIC;
  }
}

export const VENDOR_NAMES: Readonly<Record<Vendor, string>> = {
  f5: 'F5 BIG-IP',
  citrix: 'Citrix ADC',
  kemp: 'Kemp LoadMaster',
};

/** The vendor's setting for an edge mode, for the settings table. */
function describeEdgeMode(vendor: Vendor, edge: EdgeMode): string {
  if (edge === 'none') return 'No load balancer in this path';
  switch (vendor) {
    case 'f5':
      return edge === 'dnat' ? 'Source Address Translation: None' : 'Source Address Translation: Auto Map or SNAT pool';
    case 'citrix':
      return edge === 'dnat'
        ? 'Use Client IP on the service groups (USIP), Use Subnet IP mode'
        : 'Use Client IP off: the ADC connects from a SNIP';
    case 'kemp':
      return edge === 'dnat' ? 'Transparency: on' : 'Transparency: off';
  }
}

/**
 * The current topology in the vendor's setting names, as label/value rows
 * for a table. Empty without a vendor.
 */
export function describeVendorSettings(topology: Topology): Array<{ label: string; value: string }> {
  const { vendor } = topology;
  if (vendor === null) return [];
  const terms = getVendorTerms(vendor);
  const rows = [{ label: 'Address translation', value: describeEdgeMode(vendor, topology.edge) }];
  if (topology.edge !== 'none') {
    if (topology.proto === 'ikev2') rows.push({ label: 'Persistence', value: terms.persistenceNames[topology.persist] });
    rows.push({
      label: 'Return path',
      value: topology.returnPath === 'via-edge' ? `RRAS replies through the ${terms.product}` : `RRAS replies bypass the ${terms.product}`,
    });
  }
  return rows;
}
