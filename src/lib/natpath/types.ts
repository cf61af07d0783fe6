/**
 * Types of the NAT path model: the topology a reader describes, and the trace,
 * verdict and findings the model returns. Plain, serialisable data only.
 */
import type { AssumptionId, SourceId } from './sources';

/** VPN protocol of the Always On VPN profile. */
export type VpnProtocol = 'ikev2' | 'sstp';
/** IP version of the whole path. */
export type IpVersion = 4 | 6;
/** Where the client sits: a public address, behind one NAT, or behind a NAT and a carrier-grade NAT. */
export type ClientPosition = 'public' | 'nat' | 'cgnat';
/** How a carrier-grade NAT picks the public address of a new flow (RFC 4787 REQ-2 terms). */
export type CgnatPooling = 'paired' | 'arbitrary';
/** What the device in front of RRAS does: route only, destination NAT only, or full (source and destination) NAT. */
export type EdgeMode = 'none' | 'dnat' | 'fullnat';
/** Load-balancer persistence for the IKE virtual servers. */
export type Persistence = 'none' | 'per-port' | 'spanning';
/** Whether RRAS sends replies back through the edge. */
export type ReturnPath = 'via-edge' | 'bypass';
/** Traffic the path between client and edge can block. */
export type Blockable = 'udp500' | 'udp4500' | 'esp' | 'tcp443' | 'fragments';
/** RRAS `IkeNumEstablishedForInitialQuery`: not set, or a value. */
export type SaLimit = 'default' | number;
/** SSTP: TLS passes through the edge to RRAS, or the edge terminates it. */
export type TlsMode = 'passthrough' | 'offload';
/** SSTP with TLS offload: whether RRAS holds the SHA-256 hash of the edge certificate. */
export type SstpHash = 'ok' | 'missing';
/** Load-balancer vendor whose setting names the findings use. */
export type Vendor = 'f5' | 'citrix' | 'kemp';

/** Everything the reader describes; one field per URL parameter. */
export interface Topology {
  readonly proto: VpnProtocol;
  readonly ip: IpVersion;
  readonly client: ClientPosition;
  readonly cgnat: CgnatPooling;
  readonly edge: EdgeMode;
  /** RRAS servers behind the edge, 1–8. */
  readonly servers: number;
  readonly persist: Persistence;
  readonly returnPath: ReturnPath;
  /** Blocked traffic, in canonical order, without duplicates. */
  readonly block: readonly Blockable[];
  /** Concurrent clients; the trace follows the newest one. */
  readonly clients: number;
  readonly saLimit: SaLimit;
  /** Size in bytes of the largest IKE_AUTH message. */
  readonly ikeAuthBytes: number;
  /** IKEv2 fragmentation enabled on RRAS (`EnableServerFragmentation`). */
  readonly frag: boolean;
  readonly tls: TlsMode;
  readonly sstpHash: SstpHash;
  readonly vendor: Vendor | null;
}

/** An address and, for UDP and TCP, a port. ESP has no ports. */
export interface Endpoint {
  readonly ip: string;
  readonly port: number | null;
}

/** What the packet carries, as a short label ("IKE_SA_INIT request", "ESP in UDP"). */
export interface Packet {
  readonly transport: 'udp' | 'tcp' | 'esp';
  readonly src: Endpoint;
  readonly dst: Endpoint;
  readonly payload: string;
  /** Size of the IKE message in bytes, when it matters for the trace. */
  readonly bytes: number | null;
  /** How the packet crosses the path: whole, as IP fragments, or as IKEv2 fragments. */
  readonly fragmentation: Fragmentation;
}

export type Fragmentation =
  { readonly kind: 'none' } | { readonly kind: 'ip'; readonly count: number } | { readonly kind: 'ike'; readonly count: number };

/** The devices a packet can meet, in client-to-server order. */
export type HopId = 'client' | 'home-nat' | 'cgnat' | 'path' | 'edge' | 'rras';

/** A device on the path, for the diagram and table headings. */
export interface HopInfo {
  readonly id: HopId;
  readonly label: string;
  /** One line about the device: its addresses or role. */
  readonly detail: string;
}

/** What happened to the packet at one hop. */
export type HopStatus = 'sent' | 'passed' | 'translated' | 'received' | 'dropped' | 'bypassed' | 'not-reached';

export interface HopView {
  readonly hop: HopId;
  /** The packet as it leaves this hop (or as it arrives, for the last hop and drops); null when it never got here. */
  readonly packet: Packet | null;
  readonly status: HopStatus;
  readonly note: string | null;
}

/** One message of a phase in one direction. */
export interface Step {
  readonly id: string;
  readonly title: string;
  readonly direction: 'c2s' | 's2c';
  readonly hops: readonly HopView[];
  /** Delivered, dropped on the way, or never sent because an earlier message failed. */
  readonly status: StepStatus;
  /** Index (1-based) of the RRAS server involved, or null. */
  readonly server: number | null;
}

export type StepStatus = 'delivered' | 'dropped' | 'not-reached';

export type PhaseId = 'ike-sa-init' | 'ike-auth' | 'data' | 'keepalive' | 'sstp-tls';
export type PhaseStatus = 'ok' | 'fails' | 'not-reached' | 'not-applicable';

export interface PhaseTrace {
  readonly id: PhaseId;
  readonly title: string;
  readonly status: PhaseStatus;
  /** What happens in this phase for this topology, in one or two sentences. */
  readonly summary: string;
  readonly steps: readonly Step[];
}

/** NAT detection as both IKE peers compute it from the IKE_SA_INIT exchange (RFC 7296 §2.23). */
export interface NatDetection {
  /** NAT_DETECTION_SOURCE_IP did not match: the initiator (client) is behind NAT. */
  readonly isInitiatorBehindNat: boolean;
  /** NAT_DETECTION_DESTINATION_IP did not match: the responder (RRAS) is behind NAT. */
  readonly isResponderBehindNat: boolean;
  /** Address and port the client sent IKE_SA_INIT from and to. */
  readonly clientSent: { readonly src: Endpoint; readonly dst: Endpoint };
  /** Address and port RRAS received it from and on. */
  readonly rrasReceived: { readonly src: Endpoint; readonly dst: Endpoint };
}

export type DataPath = 'esp' | 'udp4500' | 'tls';

/** A client error the verdict names, with its page on this site. */
export interface ClientError {
  readonly code: string;
  readonly symbol: string;
  readonly href: string;
}

export type VerdictKind = 'works' | 'fails-always' | 'fails-under-load' | 'intermittent' | 'connects-no-data' | 'unknown';

export type Verdict =
  | { readonly kind: 'works'; readonly headline: string }
  | { readonly kind: 'fails-always'; readonly headline: string; readonly error: ClientError | null; readonly errorNote: string | null }
  | {
      readonly kind: 'fails-under-load';
      readonly headline: string;
      readonly error: ClientError;
      /** The concurrent client count at which connections start to fail. */
      readonly threshold: number;
      /** True when the threshold rests on the reported (undocumented) default limit. */
      readonly isThresholdAssumed: boolean;
    }
  | { readonly kind: 'intermittent'; readonly headline: string; readonly error: ClientError; readonly probability: number }
  | { readonly kind: 'connects-no-data'; readonly headline: string }
  | { readonly kind: 'unknown'; readonly headline: string; readonly reason: string };

export interface Link {
  readonly label: string;
  /** Site-relative path without the base path, e.g. `/errors/809/`. */
  readonly href: string;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  readonly id: string;
  readonly severity: Severity;
  readonly title: string;
  /** What happens and why. */
  readonly explanation: string;
  /** What to change; null for findings that need no change. */
  readonly fix: string | null;
  readonly links: readonly Link[];
  /** Ids of the sources in `SOURCES` that the finding rests on. */
  readonly sources: readonly SourceId[];
  /** Ids of the assumptions in `ASSUMPTIONS` that the finding rests on. */
  readonly assumptions: readonly AssumptionId[];
}

/** Everything the tool shows for one topology. */
export interface NatPathResult {
  readonly topology: Topology;
  readonly hops: readonly HopInfo[];
  readonly phases: readonly PhaseTrace[];
  /** Null for SSTP, which has no IKE NAT detection. */
  readonly natDetection: NatDetection | null;
  /** True when IKE moves from UDP 500 to UDP 4500. */
  readonly isNatTraversal: boolean;
  readonly dataPath: DataPath;
  /** Does RRAS see each client's own (public) address? */
  readonly isClientIpPreserved: boolean;
  /** The source address and port RRAS sees on the first packet of the newest client. */
  readonly rrasSeesSource: Endpoint;
  /** The RRAS server (1-based) that takes the newest client's first packet. */
  readonly servedBy: number;
  readonly verdict: Verdict;
  readonly findings: readonly Finding[];
  /** Ids of the assumptions the result rests on. */
  readonly assumptions: readonly AssumptionId[];
}
