/**
 * The sources the NAT path model rests on, and every modelling assumption it
 * makes where the sources run out. Findings and verdicts refer to these by id,
 * so the tool page can list exactly what a result depends on.
 *
 * Each source was checked when the model was written (see `lastVerified` on the
 * tool page). Where a source is a third-party copy of a vendor document, the
 * title says so.
 */

export interface Source {
  readonly id: string;
  readonly title: string;
  readonly url: string;
}

export const SOURCES = {
  rfc7296: {
    id: 'rfc7296',
    title: 'RFC 7296: Internet Key Exchange Protocol Version 2 (IKEv2), §2.23 NAT Traversal',
    url: 'https://www.rfc-editor.org/rfc/rfc7296#section-2.23',
  },
  rfc3948: {
    id: 'rfc3948',
    title: 'RFC 3948: UDP Encapsulation of IPsec ESP Packets',
    url: 'https://www.rfc-editor.org/rfc/rfc3948',
  },
  rfc7383: {
    id: 'rfc7383',
    title: 'RFC 7383: IKEv2 Message Fragmentation',
    url: 'https://www.rfc-editor.org/rfc/rfc7383',
  },
  rfc4787: {
    id: 'rfc4787',
    title: 'RFC 4787: NAT Behavioral Requirements for Unicast UDP (REQ-2, paired address pooling)',
    url: 'https://www.rfc-editor.org/rfc/rfc4787#section-4.1',
  },
  hicksLbNat: {
    id: 'hicksLbNat',
    title: 'Richard Hicks: Always On VPN IKEv2 Load Balancing and NAT',
    url: 'https://directaccess.richardhicks.com/tag/error-809/',
  },
  hicksKemp: {
    id: 'hicksKemp',
    title: 'Richard Hicks: Always On VPN IKEv2 Load Balancing with Kemp LoadMaster',
    url: 'https://directaccess.richardhicks.com/2018/09/17/always-on-vpn-ikev2-load-balancing-with-kemp-loadmaster/',
  },
  hicksF5: {
    id: 'hicksF5',
    title: 'Richard Hicks: Always On VPN IKEv2 Load Balancing with F5 BIG-IP',
    url: 'https://directaccess.richardhicks.com/tag/udp/page/2/',
  },
  hicksCitrix: {
    id: 'hicksCitrix',
    title: 'Richard Hicks: Always On VPN IKEv2 Load Balancing with Citrix NetScaler ADC',
    url: 'https://directaccess.richardhicks.com/2020/01/20/always-on-vpn-ikev2-load-balancing-with-citrix-netscaler-adc/',
  },
  hicksIkev2Limits: {
    id: 'hicksIkev2Limits',
    title: 'Richard Hicks: Always On VPN IKEv2 Features and Limitations',
    url: 'https://directaccess.richardhicks.com/tag/kemp/page/3/',
  },
  hicksSstpOffload: {
    id: 'hicksSstpOffload',
    title: 'Richard Hicks: Always On VPN SSTP Load Balancing and SSL Offload',
    url: 'https://directaccess.richardhicks.com/2019/02/18/always-on-vpn-sstp-load-balancing-and-ssl-offload/',
  },
  aovpnLbScript: {
    id: 'aovpnLbScript',
    title: 'richardhicks/aovpn: Set-IKEv2LoadBalancingParameters.ps1 (v1.1)',
    url: 'https://github.com/richardhicks/aovpn/blob/f2df5c67443e2319051ef1e12d1809255a421cf4/Set-IKEv2LoadBalancingParameters.ps1',
  },
  aovpnFragScript: {
    id: 'aovpnFragScript',
    title: 'richardhicks/aovpn: Enable-VpnServerIKEv2Fragmentation.ps1 (v1.2)',
    url: 'https://github.com/richardhicks/aovpn/blob/65c5f853db8add9bf65b87610f2724efbfe743b2/Enable-VpnServerIKEv2Fragmentation.ps1',
  },
  aovpnSstpScript: {
    id: 'aovpnSstpScript',
    title: 'richardhicks/aovpn: Enable-SstpOffload.ps1',
    url: 'https://github.com/richardhicks/aovpn/blob/a6ab0b9dc9a9bc4a4e2395e3075319af30ff67e2/Enable-SstpOffload.ps1',
  },
  msSstpEvent23: {
    id: 'msSstpEvent23',
    title: 'Microsoft: Event ID 23 — RRAS Secure Socket Tunneling Protocol (configure RRAS with the reverse proxy certificate hash)',
    url: 'https://technet.microsoft.com/en-us/library/cc773797(v=ws.10).aspx',
  },
  msSstpEvent18: {
    id: 'msSstpEvent18',
    title: 'Microsoft: Event ID 18 — RRAS Secure Socket Tunneling Protocol (SHA256CertificateHash must be REG_BINARY, 32 bytes)',
    url: 'https://technet.microsoft.com/en-us/library/cc733547(v=ws.10).aspx',
  },
  msKb947026: {
    id: 'msKb947026',
    title: 'Microsoft KB 947026: SSTP and IIS on the same server (RRAS uses the certificate hash for crypto binding)',
    url: 'https://mskb.pkisolutions.com/kb/947026',
  },
  rasErrorH: {
    id: 'rasErrorH',
    title: 'raserror.h: ERROR_VPN_TIMEOUT = RASBASE + 209 (809)',
    url: 'https://github.com/mingw-w64/mingw-w64/blob/2f63f2631a98d1d5d87c1f01b8497beb6d2e17d8/mingw-w64-headers/include/raserror.h',
  },
  f5SnatTypes: {
    id: 'f5SnatTypes',
    title: 'F5 iControl LocalLB.VirtualServer.SourceAddressTranslationType (None, Automap, SNAT pool), via the f5-icontrol gem docs',
    url: 'https://rubydoc.info/gems/f5-icontrol/0.3.2/F5/Icontrol/LocalLB/VirtualServer/SourceAddressTranslationType',
  },
  f5SourceAffinity: {
    id: 'f5SourceAffinity',
    title: 'F5 source address persistence profile options (Match Across Services, Match Across Virtual Servers), Ansible f5_modules docs',
    url: 'https://docs.ansible.com/ansible/latest/modules/bigip_profile_persistence_src_addr_module.html',
  },
  citrixUsip: {
    id: 'citrixUsip',
    title: 'Citrix ADC 13: Using USIP mode (the appliance forwards packets with the client IP address)',
    url: 'https://docs.citrix.com/en-us/citrix-adc/13/clustering/cluster-traffic-distribution/cluster-usip-mode',
  },
  kempTransparency: {
    id: 'kempTransparency',
    title: 'Progress Kemp: Networking variables (transparency: traffic reaches the servers with the client IP address)',
    url: 'https://docs.progress.com/bundle/kemp-360-central-technical-note-kemp-360-central-deployment-scripting-ga/page/Networking-Variables.html',
  },
  kempPersistence: {
    id: 'kempPersistence',
    title: 'Progress Kemp: Source IP Address persistence (clients behind a NAT show up as one address)',
    url: 'https://docs.progress.com/bundle/loadmaster-deployment-guide-oracle-ebs-ltsf/page/Persistence.html',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;

export interface Assumption {
  readonly id: string;
  /** What the model assumes, in one or two sentences. */
  readonly statement: string;
  /** Why: the source that motivates it, and what is missing. */
  readonly basis: string;
  readonly sources: readonly SourceId[];
}

/**
 * Every place where the model goes beyond its sources. The tool page lists
 * the ones a result rests on; the final report of the tool lists all of them.
 */
export const ASSUMPTIONS = {
  perSourceDefault: {
    id: 'perSourceDefault',
    statement:
      'With IkeNumEstablishedForInitialQuery not set, an RRAS server accepts 10 IPsec connections from one source address before it stops answering new ones.',
    basis:
      'The number 10 comes from the description of Richard Hicks’ Set-IKEv2LoadBalancingParameters.ps1 (“10 by default”). The Microsoft article the script links (KB 2579729) could not be read, and no Microsoft document checked states the default, so the threshold built on it is reported, not documented.',
    sources: ['aovpnLbScript', 'hicksLbNat'],
  },
  perSourceSemantics: {
    id: 'perSourceSemantics',
    statement:
      'The limit counts concurrent connections per RRAS server, and once it is reached the server leaves new IKE_SA_INIT requests from that address unanswered, so the client times out with 809.',
    basis:
      'Hicks reports that new connections fail with 809 while existing ones keep working. Which IKE message Windows stops answering is not documented in the sources checked.',
    sources: ['hicksLbNat'],
  },
  evenSpread: {
    id: 'evenSpread',
    statement: 'The load balancer spreads clients evenly over the RRAS servers, so failures start at limit × servers + 1 clients.',
    basis: 'An idealisation of round-robin or least-connections balancing; real spreads are uneven, so failures can start earlier.',
    sources: [],
  },
  independentPick: {
    id: 'independentPick',
    statement:
      'When no persistence record covers the UDP 4500 flow, the load balancer picks its server independently of the UDP 500 flow, so with N servers it lands elsewhere with probability (N − 1) / N.',
    basis:
      'Hicks explains that without persistence spanning both ports the 4500 flow can reach another server; the probability is the model’s idealisation of an even pick.',
    sources: ['hicksKemp', 'hicksCitrix'],
  },
  mtu1500: {
    id: 'mtu1500',
    statement: 'The path MTU is 1,500 bytes; an IKE message whose datagram is larger leaves as IP fragments.',
    basis: 'Hicks names 1,500 bytes as the usual limit; paths with a smaller MTU fragment earlier.',
    sources: ['hicksIkev2Limits'],
  },
  ikeAuthBothWays: {
    id: 'ikeAuthBothWays',
    statement: 'The IKE_AUTH size you enter applies to the client’s request and to RRAS’s response alike.',
    basis:
      'Either can be the large one (client certificates and PEAP on one side, the server chain on the other); the model keeps one number.',
    sources: ['hicksIkev2Limits'],
  },
  clientFragSupport: {
    id: 'clientFragSupport',
    statement: 'The client supports IKEv2 fragmentation, so the server setting alone decides whether it is used.',
    basis:
      'Hicks states that recent Windows 10 releases support it; the exact first client release was not confirmed in the sources checked.',
    sources: ['hicksIkev2Limits', 'aovpnFragScript'],
  },
  ikeFragmentSize: {
    id: 'ikeFragmentSize',
    statement: 'With IKEv2 fragmentation each fragment carries up to 1,200 bytes of the message; the fragment count shown is illustrative.',
    basis: 'The fragment size Windows chooses is not documented in the sources checked.',
    sources: ['rfc7383'],
  },
  windowsPorts: {
    id: 'windowsPorts',
    statement:
      'The Windows client sends IKE from UDP port 500, and from port 4500 after the switch; SSTP uses a dynamic TCP port (49152 here).',
    basis:
      'Hicks states that Windows starts on UDP 500; RFC 3948 requires UDP-encapsulated ESP to use the IKE ports. The client’s source ports are shown as they leave the client, before any NAT.',
    sources: ['hicksKemp', 'rfc3948'],
  },
  sstpBackendPort: {
    id: 'sstpBackendPort',
    statement: 'With TLS offload the edge talks plain HTTP to RRAS on TCP port 80.',
    basis: 'Enable-SstpOffload.ps1 sets UseHttps to 0 (plain HTTP); the port is not stated in the sources checked.',
    sources: ['aovpnSstpScript'],
  },
  sstpThroughFullNat: {
    id: 'sstpThroughFullNat',
    statement: 'SSTP works through full NAT: it is one TCP connection per client and does not pass through the IKE per-source limit.',
    basis:
      'An inference: no source checked says so outright, and none reports SSTP failures caused by source NAT. RRAS then logs the edge address for every client.',
    sources: ['hicksSstpOffload'],
  },
  returnBypass: {
    id: 'returnBypass',
    statement:
      'A reply that bypasses a destination-NAT edge leaves with the RRAS private address as its source, so it never reaches the client as a reply from the public address.',
    basis:
      'An inference from how NAT works; Hicks and Kemp require the real servers to route back through the load balancer when it does not translate the source.',
    sources: ['hicksLbNat', 'kempTransparency'],
  },
  arbitraryPoolingSingleServer: {
    id: 'arbitraryPoolingSingleServer',
    statement:
      'Whether RRAS accepts an IKE_AUTH that arrives from a different public address than the IKE_SA_INIT of the same IKE SA is unknown.',
    basis: 'No source checked describes Windows’ behaviour; RFC 4787 recommends paired pooling, which avoids the question.',
    sources: ['rfc4787'],
  },
  arbitraryPoolingWorstCase: {
    id: 'arbitraryPoolingWorstCase',
    statement: 'A carrier-grade NAT with arbitrary pooling gives the UDP 4500 flow a different public address from the UDP 500 flow.',
    basis: 'The worst case RFC 4787 allows. A NAT that often reuses the same address fails less often than the probability shown.',
    sources: ['rfc4787'],
  },
  addresses: {
    id: 'addresses',
    statement:
      'Addresses are examples: public ones from the RFC 5737 and RFC 3849 documentation ranges, inside ones from RFC 1918 and the RFC 6598 carrier-grade NAT range; NAT ports are handed out in sequence.',
    basis: 'Chosen for a deterministic trace; your devices will pick other addresses and ports.',
    sources: [],
  },
} as const satisfies Record<string, Assumption>;

export type AssumptionId = keyof typeof ASSUMPTIONS;

/** Looks up a source by id (ids come from this module, so the lookup cannot miss). */
export function getSource(id: SourceId): Source {
  return SOURCES[id];
}

export function getAssumption(id: AssumptionId): Assumption {
  return ASSUMPTIONS[id];
}
