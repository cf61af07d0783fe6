/**
 * Builds the hop-by-hop trace of one client's connection: every message of
 * every phase, the packet at each device, where it is translated and where it
 * is dropped. Pure and deterministic: the same topology always gives the same
 * trace (fixed addresses, sequential NAT ports, no randomness).
 *
 * Protocol facts used here, with their sources:
 * - Windows starts IKEv2 on UDP 500 and moves to UDP 4500 when NAT is found on
 *   the client side, the server side or both (Hicks, Kemp post; RFC 7296 §2.23).
 * - NAT detection: each peer hashes the address and port it sent from and to
 *   (NAT_DETECTION_SOURCE_IP 16388, NAT_DETECTION_DESTINATION_IP 16389); the
 *   receiver compares them with what it observed (RFC 7296 §2.23).
 * - IKE on UDP 4500 carries a 4-byte zero non-ESP marker; UDP-encapsulated ESP
 *   uses the same ports as IKE; NAT keepalives are one byte, 0xFF (RFC 3948).
 * - Without NAT, ESP travels as IP protocol 50 with no ports (RFC 7296 §2.23).
 * - IKEv2 fragmentation (RFC 7383) splits encrypted messages such as IKE_AUTH,
 *   never IKE_SA_INIT; RRAS enables it with EnableServerFragmentation
 *   (Hicks, Enable-VpnServerIKEv2Fragmentation.ps1).
 * - SSTP is TLS on TCP 443; with TLS offload the edge terminates TLS and RRAS
 *   must hold the edge certificate's SHA-256 hash for crypto binding
 *   (Microsoft SSTP event 23, KB 947026; Hicks, Enable-SstpOffload.ps1).
 */
import { NAT_PORT_BASE, SSTP_CLIENT_PORT, formatEndpoint, getAddressPlan, getRrasAddress, type AddressPlan } from './addresses';
import { formatCount } from './format';
import { isBlocked } from './topology';
import { VENDOR_NAMES } from './vendors';
import type {
  Blockable,
  Endpoint,
  Fragmentation,
  HopId,
  HopInfo,
  HopView,
  NatDetection,
  Packet,
  PhaseStatus,
  PhaseTrace,
  Step,
  Topology,
} from './types';

/** Assumption `mtu1500`. */
export const PATH_MTU = 1500;
/** Assumption `ikeFragmentSize`: bytes of the IKE message carried per IKEv2 fragment. */
export const IKE_FRAGMENT_PAYLOAD = 1200;
/** RFC 3948 §2.2: four zero bytes in front of IKE messages on UDP 4500. */
export const NON_ESP_MARKER_BYTES = 4;
const UDP_HEADER_BYTES = 8;

/** One flow through the NATs: the UDP 500 flow, the UDP 4500 flow, ESP, or the SSTP TCP connection. */
interface Flow {
  /** Order in which the flow is created: NATs hand out ports base + order. */
  readonly order: number;
  readonly transport: 'udp' | 'tcp' | 'esp';
  readonly clientPort: number | null;
  readonly serverPort: number | null;
  /** Port on RRAS after the edge (SSTP with TLS offload uses plain HTTP). */
  readonly backendPort: number | null;
  readonly service: Blockable;
}

/** What the trace engine found, for the rules to reason about. */
export interface TraceResult {
  readonly hops: readonly HopInfo[];
  readonly phases: readonly PhaseTrace[];
  readonly natDetection: NatDetection | null;
  readonly isNatTraversal: boolean;
  /** Server that takes the first flow (UDP 500 or the SSTP connection). */
  readonly firstServer: number;
  /** Server that takes the UDP 4500 flow, or the first server when there is no second flow. */
  readonly secondServer: number;
  /** Source address RRAS sees on the first packet. */
  readonly rrasSeesSource: Endpoint;
  /** How IKE_AUTH crosses the path. */
  readonly ikeAuthFragmentation: Fragmentation;
  /** Does the LB see the 4500 flow from the same source address as the 500 flow? */
  readonly isSecondFlowSameSource: boolean;
}

/** Checks one hop may apply to a packet: a note explaining the drop, or null to let it pass. */
type DropCheck = (packet: Packet) => string | null;

interface Leg {
  readonly flow: Flow;
  readonly direction: 'c2s' | 's2c';
  readonly payload: string;
  readonly bytes: number | null;
  readonly fragmentation: Fragmentation;
  /** Server (1-based) the edge sends this flow to. */
  readonly server: number;
  /** Extra drop check at RRAS for client-to-server messages. */
  readonly rrasCheck?: DropCheck;
  /** Server-to-client message that starts at the edge instead of RRAS (SSTP TLS offload). */
  readonly startsAtEdge?: boolean;
  /** Payload label behind the edge when the edge terminates TLS. */
  readonly backendPayload?: string;
}

/** Number of IP fragments for a UDP datagram of `udpLength` bytes (assumption `mtu1500`). */
export function countIpFragments(udpLength: number, ipVersion: 4 | 6): number {
  const ipHeader = ipVersion === 6 ? 40 : 20;
  if (udpLength + ipHeader <= PATH_MTU) return 1;
  // IPv6 adds an 8-byte fragment header; fragment payloads are multiples of 8 bytes.
  const perFragment = Math.floor((PATH_MTU - ipHeader - (ipVersion === 6 ? 8 : 0)) / 8) * 8;
  return Math.ceil(udpLength / perFragment);
}

/** How an IKE message of `bytes` crosses the path. */
export function decideFragmentation(bytes: number, topology: Topology, isOn4500: boolean): Fragmentation {
  const udpLength = bytes + (isOn4500 ? NON_ESP_MARKER_BYTES : 0) + UDP_HEADER_BYTES;
  const ipFragments = countIpFragments(udpLength, topology.ip);
  if (ipFragments <= 1) return { kind: 'none' };
  // Assumption `clientFragSupport`: the server setting decides.
  if (topology.frag) return { kind: 'ike', count: Math.ceil(bytes / IKE_FRAGMENT_PAYLOAD) };
  return { kind: 'ip', count: ipFragments };
}

function hasHomeNat(topology: Topology): boolean {
  return topology.client !== 'public';
}

function hasCgnat(topology: Topology): boolean {
  return topology.client === 'cgnat';
}

function hasEdge(topology: Topology): boolean {
  return topology.edge !== 'none';
}

function describeHops(topology: Topology, plan: AddressPlan): HopInfo[] {
  const hops: HopInfo[] = [];
  hops.push({
    id: 'client',
    label: 'Client',
    detail: topology.client === 'public' ? `Public address ${plan.clientPublic}` : `Inside address ${plan.clientInside}`,
  });
  if (hasHomeNat(topology)) {
    hops.push({
      id: 'home-nat',
      label: 'Home or office NAT',
      detail: `Outside address ${hasCgnat(topology) ? plan.homeNatOutsideCgnat : plan.clientPublic}`,
    });
  }
  if (hasCgnat(topology)) {
    hops.push({
      id: 'cgnat',
      label: 'Carrier-grade NAT',
      detail:
        topology.cgnat === 'paired'
          ? `Paired pooling: every flow leaves from ${plan.cgnatPool[0]}`
          : `Arbitrary pooling: flows leave from ${plan.cgnatPool[0]} or ${plan.cgnatPool[1]}`,
    });
  }
  const blocked = topology.block.length === 0 ? 'nothing blocked' : `blocks ${topology.block.join(', ')}`;
  hops.push({ id: 'path', label: 'Internet and firewalls', detail: blocked });
  if (hasEdge(topology)) {
    hops.push({
      id: 'edge',
      label: topology.vendor === null ? 'Edge' : VENDOR_NAMES[topology.vendor],
      detail:
        topology.edge === 'dnat'
          ? `Firewall or load balancer, destination NAT only: ${plan.vip} to the RRAS servers`
          : `Firewall or load balancer, full NAT: ${plan.vip} to the RRAS servers, source ${plan.edgeInside}`,
    });
  }
  const serverList = hasEdge(topology)
    ? Array.from({ length: topology.servers }, (_, index) => getRrasAddress(plan, index + 1)).join(', ')
    : plan.vip;
  hops.push({
    id: 'rras',
    label: topology.servers > 1 && hasEdge(topology) ? `RRAS servers (${topology.servers})` : 'RRAS',
    detail: serverList,
  });
  return hops;
}

/** Builds the trace for one topology. */
export function traceConnection(topology: Topology): TraceResult {
  const plan = getAddressPlan(topology.ip);
  const hops = describeHops(topology, plan);
  const serverCount = hasEdge(topology) ? topology.servers : 1;
  // The trace follows the newest client; with an even spread it lands on this server.
  const firstServer = hasEdge(topology) ? ((topology.clients - 1) % serverCount) + 1 : 1;

  const engine = createEngine(topology, plan);

  if (topology.proto === 'sstp') {
    return traceSstp(topology, hops, engine, firstServer);
  }
  return traceIkev2(topology, plan, hops, engine, firstServer, serverCount);
}

interface Engine {
  /** Runs one message through every hop, applying translations and drops. */
  run(leg: Leg): { hops: HopView[]; isDelivered: boolean };
  /** The packet as the client sends it and as RRAS receives it, ignoring every drop. */
  project(flow: Flow, server: number): { sent: Packet; received: Packet };
  /** Public source address the edge sees for a flow. */
  publicSource(flow: Flow): Endpoint;
}

function createEngine(topology: Topology, plan: AddressPlan): Engine {
  const clientAddress = topology.client === 'public' ? plan.clientPublic : plan.clientInside;

  const homeNatOutside = (flow: Flow): Endpoint => ({
    ip: hasCgnat(topology) ? plan.homeNatOutsideCgnat : plan.clientPublic,
    port: flow.transport === 'esp' ? null : NAT_PORT_BASE.homeNat + flow.order,
  });
  const cgnatOutside = (flow: Flow): Endpoint => ({
    // RFC 4787 REQ-2: paired pooling keeps one outside address per inside host;
    // arbitrary pooling may give the second flow another address.
    ip: topology.cgnat === 'paired' ? plan.cgnatPool[0] : (plan.cgnatPool[Math.min(flow.order, 1)] ?? plan.cgnatPool[0]),
    port: flow.transport === 'esp' ? null : NAT_PORT_BASE.cgnat + flow.order,
  });
  const clientEndpoint = (flow: Flow): Endpoint => ({ ip: clientAddress, port: flow.clientPort });
  const publicSource = (flow: Flow): Endpoint => {
    if (hasCgnat(topology)) return cgnatOutside(flow);
    if (hasHomeNat(topology)) return homeNatOutside(flow);
    return clientEndpoint(flow);
  };
  const vip = (flow: Flow): Endpoint => ({ ip: plan.vip, port: flow.serverPort });
  const rras = (flow: Flow, server: number): Endpoint => ({
    ip: hasEdge(topology) ? getRrasAddress(plan, server) : plan.vip,
    port: hasEdge(topology) ? flow.backendPort : flow.serverPort,
  });
  const edgeSource = (flow: Flow): Endpoint => ({
    ip: plan.edgeInside,
    port: flow.transport === 'esp' ? null : NAT_PORT_BASE.edge + flow.order,
  });
  /** Source address RRAS sees for a flow. */
  const seenByRras = (flow: Flow): Endpoint => (topology.edge === 'fullnat' ? edgeSource(flow) : publicSource(flow));

  const makePacket = (leg: Leg, src: Endpoint, dst: Endpoint, payload = leg.payload): Packet => ({
    transport: leg.flow.transport,
    src,
    dst,
    payload,
    bytes: leg.bytes,
    fragmentation: leg.fragmentation,
  });

  const fragmentCheck: DropCheck = (packet) => {
    if (packet.fragmentation.kind !== 'ip' || !isBlocked(topology, 'fragments')) return null;
    const size = packet.bytes === null ? 'this message' : `this ${formatCount(packet.bytes)}-byte message`;
    return `A firewall on the path drops IP fragments, and ${size} left as ${packet.fragmentation.count} fragments.`;
  };

  const run: Engine['run'] = (leg) => {
    const views: HopView[] = [];
    let isDropped = false;
    const push = (hop: HopId, packet: Packet, status: HopView['status'], note: string | null, check?: DropCheck | null) => {
      if (isDropped) {
        views.push({ hop, packet: null, status: 'not-reached', note: null });
        return;
      }
      const dropNote = check ? check(packet) : null;
      if (dropNote !== null) {
        isDropped = true;
        views.push({ hop, packet, status: 'dropped', note: dropNote });
        return;
      }
      views.push({ hop, packet, status, note });
    };
    const serviceCheck: DropCheck = (packet) => {
      if (isBlocked(topology, leg.flow.service)) {
        return `A firewall on the path blocks ${describeService(leg.flow.service)}.`;
      }
      return fragmentCheck(packet);
    };

    const { flow } = leg;
    const rrasEndpoint = rras(flow, leg.server);
    const backendPayload = leg.backendPayload ?? leg.payload;

    if (leg.direction === 'c2s') {
      const atClient = makePacket(leg, clientEndpoint(flow), vip(flow));
      push('client', atClient, 'sent', null);
      let current = atClient;
      if (hasHomeNat(topology)) {
        const outside = homeNatOutside(flow);
        current = makePacket(leg, outside, current.dst);
        push('home-nat', current, 'translated', `Source ${formatEndpoint(atClient.src)} becomes ${formatEndpoint(outside)}.`);
      }
      if (hasCgnat(topology)) {
        const before = current.src;
        const outside = cgnatOutside(flow);
        current = makePacket(leg, outside, current.dst);
        push('cgnat', current, 'translated', `Source ${formatEndpoint(before)} becomes ${formatEndpoint(outside)}.`);
      }
      push('path', current, 'passed', null, serviceCheck);
      if (hasEdge(topology)) {
        const src = topology.edge === 'fullnat' ? edgeSource(flow) : current.src;
        const translated = makePacket(leg, src, rrasEndpoint, backendPayload);
        const what =
          topology.edge === 'fullnat'
            ? `Destination becomes RRAS ${leg.server} (${formatEndpoint(rrasEndpoint)}) and source becomes ${formatEndpoint(src)}.`
            : `Destination becomes RRAS ${leg.server} (${formatEndpoint(rrasEndpoint)}); the source is kept.`;
        push('edge', translated, 'translated', what);
        current = translated;
      }
      push(
        'rras',
        current,
        'received',
        hasEdge(topology) && topology.servers > 1 ? `Received by RRAS ${leg.server}.` : null,
        leg.rrasCheck ?? null,
      );
      return { hops: views, isDelivered: !isDropped };
    }

    // Server to client: reverse every translation.
    const peer = seenByRras(flow);
    const clientSideSource = publicSource(flow);
    let current: Packet;
    let isBypassed = false;
    if (leg.startsAtEdge === true) {
      current = makePacket(leg, vip(flow), clientSideSource);
      push('edge', current, 'sent', 'The edge answers itself: it terminates TLS.');
    } else {
      current = makePacket(leg, rrasEndpoint, peer, backendPayload);
      push('rras', current, 'sent', hasEdge(topology) && topology.servers > 1 ? `Sent by RRAS ${leg.server}.` : null);
      if (topology.edge === 'dnat' && topology.returnPath === 'bypass') {
        isBypassed = true;
        views.push({
          hop: 'edge',
          packet: null,
          status: 'bypassed',
          note: 'RRAS routes the reply through another gateway, so the edge never reverses its translation.',
        });
      } else if (hasEdge(topology)) {
        current = makePacket(leg, vip(flow), clientSideSource);
        push(
          'edge',
          current,
          'translated',
          topology.edge === 'fullnat'
            ? `Source becomes ${formatEndpoint(vip(flow))} and destination ${formatEndpoint(clientSideSource)} again.`
            : `Source becomes ${formatEndpoint(vip(flow))} again.`,
        );
      }
    }
    // Assumption `returnBypass`: the untranslated reply never reaches the client.
    const bypassCheck: DropCheck = (packet) =>
      `The reply still has the source ${formatEndpoint(packet.src)} instead of ${formatEndpoint(vip(flow))}; it is dropped as a private source, or translated to an address the client has no state for.`;
    push('path', current, 'passed', null, isBypassed ? bypassCheck : serviceCheck);
    if (hasCgnat(topology)) {
      const inside = { ip: plan.homeNatOutsideCgnat, port: flow.transport === 'esp' ? null : NAT_PORT_BASE.homeNat + flow.order };
      const before = current.dst;
      current = makePacket(leg, current.src, inside, current.payload);
      push('cgnat', current, 'translated', `Destination ${formatEndpoint(before)} becomes ${formatEndpoint(inside)}.`);
    }
    if (hasHomeNat(topology)) {
      const before = current.dst;
      const inside = clientEndpoint(flow);
      current = makePacket(leg, current.src, inside, current.payload);
      push('home-nat', current, 'translated', `Destination ${formatEndpoint(before)} becomes ${formatEndpoint(inside)}.`);
    }
    push('client', current, 'received', null);
    return { hops: views, isDelivered: !isDropped };
  };

  const project: Engine['project'] = (flow, server) => {
    const leg: Leg = { flow, direction: 'c2s', payload: '', bytes: null, fragmentation: { kind: 'none' }, server };
    return {
      sent: makePacket(leg, clientEndpoint(flow), vip(flow)),
      received: makePacket(leg, seenByRras(flow), rras(flow, server)),
    };
  };

  return { run, project, publicSource };
}

function describeService(service: Blockable): string {
  switch (service) {
    case 'udp500':
      return 'UDP 500';
    case 'udp4500':
      return 'UDP 4500';
    case 'esp':
      return 'ESP (IP protocol 50)';
    case 'tcp443':
      return 'TCP 443';
    case 'fragments':
      return 'IP fragments';
  }
}

function sameEndpoint(a: Endpoint, b: Endpoint): boolean {
  return a.ip === b.ip && a.port === b.port;
}

function makeStep(id: string, title: string, leg: Leg, result: ReturnType<Engine['run']>): Step {
  return {
    id,
    title,
    direction: leg.direction,
    hops: result.hops,
    status: result.isDelivered ? 'delivered' : 'dropped',
    server: leg.server,
  };
}

/** Steps after the first dropped one never happen; they keep their hops to show the path they would take. */
function settleSteps(steps: readonly Step[], isReached: boolean): Step[] {
  let isOpen = isReached;
  return steps.map((step) => {
    if (!isOpen) return { ...step, status: 'not-reached' as const };
    if (step.status === 'dropped') isOpen = false;
    return step;
  });
}

interface DraftPhase {
  readonly id: PhaseTrace['id'];
  readonly title: string;
  readonly summary: string;
  readonly steps: readonly Step[];
  readonly isApplicable?: boolean;
}

/** Settles statuses: a phase fails at its first dropped step, and every later phase is not reached. */
function settlePhases(drafts: readonly DraftPhase[]): PhaseTrace[] {
  let hasFailed = false;
  return drafts.map((draft) => {
    if (draft.isApplicable === false) {
      return { id: draft.id, title: draft.title, summary: draft.summary, steps: [], status: 'not-applicable' as const };
    }
    const steps = settleSteps(draft.steps, !hasFailed);
    let status: PhaseStatus;
    if (hasFailed) status = 'not-reached';
    else if (steps.some((step) => step.status === 'dropped')) status = 'fails';
    else status = 'ok';
    if (status === 'fails') hasFailed = true;
    return { id: draft.id, title: draft.title, summary: draft.summary, steps, status };
  });
}

function traceIkev2(
  topology: Topology,
  plan: AddressPlan,
  hops: HopInfo[],
  engine: Engine,
  firstServer: number,
  serverCount: number,
): TraceResult {
  const flow500: Flow = { order: 0, transport: 'udp', clientPort: 500, serverPort: 500, backendPort: 500, service: 'udp500' };
  const flow4500: Flow = { order: 1, transport: 'udp', clientPort: 4500, serverPort: 4500, backendPort: 4500, service: 'udp4500' };

  // NAT detection (RFC 7296 §2.23) from what the client sent and what RRAS received.
  const projected = engine.project(flow500, firstServer);
  const natDetection: NatDetection = {
    isInitiatorBehindNat: !sameEndpoint(projected.sent.src, projected.received.src),
    isResponderBehindNat: !sameEndpoint(projected.sent.dst, projected.received.dst),
    clientSent: { src: projected.sent.src, dst: projected.sent.dst },
    rrasReceived: { src: projected.received.src, dst: projected.received.dst },
  };
  const isNatTraversal = natDetection.isInitiatorBehindNat || natDetection.isResponderBehindNat;

  // Which server takes the UDP 4500 flow. A persistence record keyed on the
  // client's source address and shared by both virtual servers keeps it on the
  // first server (Hicks: Kemp port following, Citrix persistency group). Any
  // other setting picks again (assumption `independentPick`); the trace shows
  // the next server in turn.
  const isSecondFlowSameSource = engine.publicSource(flow500).ip === engine.publicSource(flow4500).ip;
  const keepsServer = serverCount === 1 || (topology.persist === 'spanning' && isSecondFlowSameSource);
  const secondServer = !isNatTraversal || keepsServer ? firstServer : (firstServer % serverCount) + 1;

  const authFlow = isNatTraversal ? flow4500 : flow500;
  const authServer = isNatTraversal ? secondServer : firstServer;
  const ikeAuthFragmentation = decideFragmentation(topology.ikeAuthBytes, topology, isNatTraversal);
  const threshold = perSourceThreshold(topology, serverCount);

  const perSourceCheck: DropCheck = () => {
    if (topology.edge !== 'fullnat' || threshold === null || topology.clients < threshold) return null;
    const limit = (threshold - 1) / serverCount;
    return `RRAS ${firstServer} already holds ${formatCount(limit)} connections from ${plan.edgeInside}, the edge’s address, which is its limit, so it leaves this IKE_SA_INIT unanswered.`;
  };
  const saHolderCheck: DropCheck = () =>
    authServer !== firstServer
      ? `RRAS ${authServer} has no IKE SA with these SPIs: IKE_SA_INIT went to RRAS ${firstServer}. The message is discarded.`
      : null;

  const marker = isNatTraversal ? ' with non-ESP marker' : '';
  const fragLabel = topology.frag ? ', IKEV2_FRAGMENTATION_SUPPORTED' : '';
  const initRequest: Leg = {
    flow: flow500,
    direction: 'c2s',
    payload: `IKE_SA_INIT request (SA, KE, Ni, NAT_DETECTION_SOURCE_IP, NAT_DETECTION_DESTINATION_IP${fragLabel})`,
    bytes: null,
    fragmentation: { kind: 'none' },
    server: firstServer,
    rrasCheck: perSourceCheck,
  };
  const initResponse: Leg = {
    flow: flow500,
    direction: 's2c',
    payload: `IKE_SA_INIT response (SA, KE, Nr, NAT detection${fragLabel})`,
    bytes: null,
    fragmentation: { kind: 'none' },
    server: firstServer,
  };
  const authRequest: Leg = {
    flow: authFlow,
    direction: 'c2s',
    payload: `IKE_AUTH request${marker}`,
    bytes: topology.ikeAuthBytes,
    fragmentation: ikeAuthFragmentation,
    server: authServer,
    rrasCheck: saHolderCheck,
  };
  const authResponse: Leg = {
    flow: authFlow,
    direction: 's2c',
    payload: `IKE_AUTH response${marker}`,
    bytes: topology.ikeAuthBytes,
    fragmentation: ikeAuthFragmentation,
    server: authServer,
  };

  const initSteps = [
    makeStep('ike-sa-init-request', 'IKE_SA_INIT request', initRequest, engine.run(initRequest)),
    makeStep('ike-sa-init-response', 'IKE_SA_INIT response', initResponse, engine.run(initResponse)),
  ];
  const authSteps = [
    makeStep('ike-auth-request', 'IKE_AUTH request', authRequest, engine.run(authRequest)),
    makeStep('ike-auth-response', 'IKE_AUTH response', authResponse, engine.run(authResponse)),
  ];

  const espFlow: Flow = { order: 2, transport: 'esp', clientPort: null, serverPort: null, backendPort: null, service: 'esp' };
  const dataFlow = isNatTraversal ? flow4500 : espFlow;
  const dataPayload = isNatTraversal ? 'ESP in UDP (no marker: the SPI comes first)' : 'ESP (IP protocol 50)';
  const dataLegs: Leg[] = (['c2s', 's2c'] as const).map((direction) => ({
    flow: dataFlow,
    direction,
    payload: dataPayload,
    bytes: null,
    fragmentation: { kind: 'none' },
    server: authServer,
  }));
  const dataSteps = dataLegs.map((leg) =>
    makeStep(`data-${leg.direction}`, leg.direction === 'c2s' ? 'Data, client to RRAS' : 'Data, RRAS to client', leg, engine.run(leg)),
  );

  // RFC 7296 §2.23 and RFC 3948 §2.3: the side that finds itself behind NAT sends keepalives.
  const keepaliveSteps: Step[] = [];
  if (isNatTraversal) {
    const keepalive = (direction: 'c2s' | 's2c'): Leg => ({
      flow: flow4500,
      direction,
      payload: 'NAT-keepalive (one byte, 0xFF)',
      bytes: 1,
      fragmentation: { kind: 'none' },
      server: authServer,
    });
    if (natDetection.isInitiatorBehindNat) {
      const leg = keepalive('c2s');
      keepaliveSteps.push(makeStep('keepalive-c2s', 'Keepalive from the client', leg, engine.run(leg)));
    }
    if (natDetection.isResponderBehindNat) {
      const leg = keepalive('s2c');
      keepaliveSteps.push(makeStep('keepalive-s2c', 'Keepalive from RRAS', leg, engine.run(leg)));
    }
  }

  const natWhere = describeNatFinding(natDetection);
  const phases = settlePhases([
    {
      id: 'ike-sa-init',
      title: 'IKE_SA_INIT',
      summary: `The client starts on UDP 500. Both peers hash the address and port they sent from and to; ${natWhere}`,
      steps: initSteps,
    },
    {
      id: 'ike-auth',
      title: 'IKE_AUTH',
      summary: isNatTraversal
        ? `NAT was found, so the client moves to UDP 4500 and puts four zero bytes (the non-ESP marker) in front of each IKE message. ${describeFragmentation(ikeAuthFragmentation, topology)}`
        : `No NAT was found, so IKE_AUTH stays on UDP 500. ${describeFragmentation(ikeAuthFragmentation, topology)}`,
      steps: authSteps,
    },
    {
      id: 'data',
      title: 'Data',
      summary: isNatTraversal
        ? 'Because NAT was found, both peers must wrap ESP in UDP 4500, on the same flow as IKE.'
        : 'Without NAT, ESP travels as IP protocol 50, which has no ports.',
      steps: dataSteps,
    },
    {
      id: 'keepalive',
      title: 'NAT keepalive',
      isApplicable: isNatTraversal,
      summary: isNatTraversal
        ? 'The side that finds itself behind NAT sends one-byte keepalives on UDP 4500 so the NAT mapping does not expire while the tunnel is idle.'
        : 'No NAT, so no keepalives are needed.',
      steps: keepaliveSteps,
    },
  ]);

  return {
    hops,
    phases,
    natDetection,
    isNatTraversal,
    firstServer,
    secondServer: authServer,
    rrasSeesSource: projected.received.src,
    ikeAuthFragmentation,
    isSecondFlowSameSource,
  };
}

function describeNatFinding(detection: NatDetection): string {
  const { isInitiatorBehindNat, isResponderBehindNat } = detection;
  if (isInitiatorBehindNat && isResponderBehindNat) {
    return 'neither hash matches, so both sides know that NAT sits in front of the client and in front of RRAS.';
  }
  if (isInitiatorBehindNat) return 'the source hash does not match, so RRAS knows the client is behind NAT.';
  if (isResponderBehindNat) return 'the destination hash does not match, so the client knows RRAS is behind NAT.';
  return 'both hashes match, so no NAT is on the path.';
}

function describeFragmentation(fragmentation: Fragmentation, topology: Topology): string {
  switch (fragmentation.kind) {
    case 'none':
      return `The ${formatCount(topology.ikeAuthBytes)}-byte IKE_AUTH fits in one ${formatCount(PATH_MTU)}-byte packet.`;
    case 'ip':
      return `The ${formatCount(topology.ikeAuthBytes)}-byte IKE_AUTH does not fit in one ${formatCount(PATH_MTU)}-byte packet, so it leaves as ${fragmentation.count} IP fragments.`;
    case 'ike':
      return `The ${formatCount(topology.ikeAuthBytes)}-byte IKE_AUTH is too large for one packet, so IKEv2 fragmentation splits it into ${fragmentation.count} Encrypted Fragment payloads, each in its own packet.`;
  }
}

/**
 * Client count at which a full-NAT edge starts to fail (assumptions
 * `perSourceDefault`, `perSourceSemantics`, `evenSpread`), or null without full NAT.
 */
export function perSourceThreshold(topology: Topology, serverCount: number): number | null {
  if (topology.proto !== 'ikev2' || topology.edge !== 'fullnat') return null;
  const limit = topology.saLimit === 'default' ? REPORTED_DEFAULT_PER_SOURCE_LIMIT : topology.saLimit;
  return limit * serverCount + 1;
}

/**
 * Assumption `perSourceDefault`: the number of IPsec connections RRAS accepts
 * from one source address without IkeNumEstablishedForInitialQuery. Reported
 * by Richard Hicks (Set-IKEv2LoadBalancingParameters.ps1: "10 by default");
 * not found in Microsoft documentation.
 */
export const REPORTED_DEFAULT_PER_SOURCE_LIMIT = 10;

function traceSstp(topology: Topology, hops: HopInfo[], engine: Engine, firstServer: number): TraceResult {
  const isOffload = topology.tls === 'offload' && hasEdge(topology);
  const flow: Flow = {
    order: 0,
    transport: 'tcp',
    clientPort: SSTP_CLIENT_PORT,
    serverPort: 443,
    // Assumption `sstpBackendPort`.
    backendPort: isOffload ? 80 : 443,
    service: 'tcp443',
  };
  const backendPayload = isOffload ? 'HTTP (TLS ended at the edge)' : undefined;
  const withBackend = (leg: Leg): Leg => (backendPayload === undefined ? leg : { ...leg, backendPayload });

  const connect = withBackend({
    flow,
    direction: 'c2s',
    payload: 'TCP connection and TLS ClientHello',
    bytes: null,
    fragmentation: { kind: 'none' },
    server: firstServer,
  });
  const serverHello: Leg = {
    flow,
    direction: 's2c',
    payload: isOffload ? 'TLS ServerHello with the edge certificate' : 'TLS ServerHello with the RRAS certificate',
    bytes: null,
    fragmentation: { kind: 'none' },
    server: firstServer,
    ...(isOffload ? { startsAtEdge: true } : {}),
  };
  const hashCheck: DropCheck = () =>
    isOffload && topology.sstpHash === 'missing'
      ? 'The crypto binding carries the hash of the certificate the client saw, the edge certificate. RRAS compares it with its own certificate hash, finds a mismatch and ends the connection.'
      : null;
  const callConnected = withBackend({
    flow,
    direction: 'c2s',
    payload: 'SSTP_DUPLEX_POST, then Call Connected with crypto binding (certificate hash)',
    bytes: null,
    fragmentation: { kind: 'none' },
    server: firstServer,
    rrasCheck: hashCheck,
  });
  const ack = withBackend({
    flow,
    direction: 's2c',
    payload: 'SSTP Call Connect acknowledgement',
    bytes: null,
    fragmentation: { kind: 'none' },
    server: firstServer,
  });

  const tlsSteps = [
    makeStep('sstp-connect', 'TCP connection and TLS handshake', connect, engine.run(connect)),
    makeStep('sstp-server-hello', 'TLS answer', serverHello, engine.run(serverHello)),
    makeStep('sstp-call-connect', 'SSTP call set-up', callConnected, engine.run(callConnected)),
    makeStep('sstp-call-ack', 'SSTP acknowledgement', ack, engine.run(ack)),
  ];
  const dataLegs: Leg[] = (['c2s', 's2c'] as const).map((direction) =>
    withBackend({
      flow,
      direction,
      payload: 'PPP frames in SSTP over TLS',
      bytes: null,
      fragmentation: { kind: 'none' },
      server: firstServer,
    }),
  );
  const dataSteps = dataLegs.map((leg) =>
    makeStep(`data-${leg.direction}`, leg.direction === 'c2s' ? 'Data, client to RRAS' : 'Data, RRAS to client', leg, engine.run(leg)),
  );
  const projected = engine.project(flow, firstServer);

  const phases = settlePhases([
    {
      id: 'sstp-tls',
      title: 'SSTP connection',
      summary: isOffload
        ? 'The client opens TCP 443 and negotiates TLS with the edge, which terminates TLS and passes plain HTTP to RRAS. The crypto binding proves to RRAS which certificate the client saw.'
        : 'The client opens TCP 443 and negotiates TLS with RRAS itself; the edge passes the connection through.',
      steps: tlsSteps,
    },
    {
      id: 'data',
      title: 'Data',
      summary: 'PPP frames travel inside SSTP on the same TCP connection; there is no port change and no separate data protocol.',
      steps: dataSteps,
    },
  ]);

  return {
    hops,
    phases,
    natDetection: null,
    isNatTraversal: false,
    firstServer,
    secondServer: firstServer,
    rrasSeesSource: projected.received.src,
    ikeAuthFragmentation: { kind: 'none' },
    isSecondFlowSameSource: true,
  };
}
