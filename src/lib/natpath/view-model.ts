/**
 * Plain data for the components: labels, table rows and sentences derived
 * from a result, so the components only loop and render.
 */
import { formatEndpoint } from './addresses';
import { formatCount, formatPercent } from './format';
import { REPORTED_DEFAULT_PER_SOURCE_LIMIT } from './simulate';
import type {
  HopId,
  HopInfo,
  HopStatus,
  NatPathResult,
  Packet,
  PhaseStatus,
  PhaseTrace,
  Severity,
  Step,
  StepStatus,
  VerdictKind,
} from './types';

export const VERDICT_LABELS: Readonly<Record<VerdictKind, string>> = {
  works: 'Works',
  'fails-always': 'Fails for every client',
  'fails-under-load': 'Fails under load',
  intermittent: 'Intermittent',
  'connects-no-data': 'Connects, but no data flows',
  unknown: 'Unknown',
};

export const HOP_STATUS_LABELS: Readonly<Record<HopStatus, string>> = {
  sent: 'Sent',
  passed: 'Passed',
  translated: 'Translated',
  received: 'Received',
  dropped: 'Dropped',
  bypassed: 'Bypassed',
  'not-reached': 'Not reached',
};

export const PHASE_STATUS_LABELS: Readonly<Record<PhaseStatus, string>> = {
  ok: 'works',
  fails: 'fails',
  'not-reached': 'not reached',
  'not-applicable': 'not used',
};

export const STEP_STATUS_LABELS: Readonly<Record<StepStatus, string>> = {
  delivered: 'delivered',
  dropped: 'dropped',
  'not-reached': 'never sent',
};

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  error: 'Problem',
  warning: 'Warning',
  info: 'Note',
};

export function describeTransport(packet: Packet): string {
  switch (packet.transport) {
    case 'udp':
      return 'UDP';
    case 'tcp':
      return 'TCP';
    case 'esp':
      return 'ESP (IP protocol 50)';
  }
}

/** "" for a whole packet, otherwise how it was split. */
export function describePacketSplit(packet: Packet): string {
  switch (packet.fragmentation.kind) {
    case 'none':
      return '';
    case 'ip':
      return `${packet.fragmentation.count} IP fragments`;
    case 'ike':
      return `${packet.fragmentation.count} IKEv2 fragments`;
  }
}

export interface FactRow {
  readonly label: string;
  readonly value: string;
  /** Site-relative link for the value, if any. */
  readonly href?: string;
}

/** The key facts under the verdict headline. */
export function describeVerdictFacts(result: NatPathResult): FactRow[] {
  const { verdict, topology } = result;
  const rows: FactRow[] = [];
  if (verdict.kind === 'fails-always' || verdict.kind === 'fails-under-load' || verdict.kind === 'intermittent') {
    const error = verdict.error;
    if (error !== null) {
      rows.push({ label: 'Client error', value: `${error.code} (${error.symbol})`, href: error.href });
    } else if (verdict.kind === 'fails-always' && verdict.errorNote !== null) {
      rows.push({ label: 'Client error', value: verdict.errorNote });
    }
  }
  if (verdict.kind === 'fails-under-load') {
    rows.push({
      label: 'Failures start at',
      value: verdict.isThresholdAssumed
        ? `client ${formatCount(verdict.threshold)} (rests on the reported, undocumented default of ${REPORTED_DEFAULT_PER_SOURCE_LIMIT} per server)`
        : `client ${formatCount(verdict.threshold)}`,
    });
  }
  if (verdict.kind === 'intermittent') rows.push({ label: 'Failed attempts', value: `about ${formatPercent(verdict.probability)}` });
  if (verdict.kind === 'unknown') rows.push({ label: 'Why unknown', value: verdict.reason });
  const detection = result.natDetection;
  if (topology.proto === 'ikev2' && detection !== null) {
    rows.push({
      label: 'NAT detection',
      value: `client behind NAT: ${detection.isInitiatorBehindNat ? 'yes' : 'no'}; RRAS behind NAT: ${detection.isResponderBehindNat ? 'yes' : 'no'}`,
    });
    rows.push({
      label: 'NAT traversal',
      value: result.isNatTraversal ? 'Yes: IKE moves from UDP 500 to UDP 4500' : 'No: IKE stays on UDP 500',
    });
  }
  rows.push({
    label: 'Data path',
    value: result.dataPath === 'tls' ? 'TLS on TCP 443' : result.dataPath === 'udp4500' ? 'ESP in UDP 4500' : 'ESP (IP protocol 50)',
  });
  rows.push({
    label: 'RRAS sees',
    value: result.isClientIpPreserved
      ? `each client’s own address (${formatEndpoint(result.rrasSeesSource)} for this client)`
      : `the edge’s address, ${result.rrasSeesSource.ip}, for every client`,
  });
  return rows;
}

/** The sentence the live region announces when the verdict changes. */
export function describeVerdictAnnouncement(result: NatPathResult): string {
  return `Verdict: ${result.verdict.headline}`;
}

/** The packet column of the trace table: transport, size and how it was split. */
export function describePacketShape(packet: Packet): string {
  const parts = [describeTransport(packet)];
  if (packet.bytes !== null) parts.push(packet.bytes === 1 ? '1 byte' : `${formatCount(packet.bytes)} bytes`);
  const split = describePacketSplit(packet);
  if (split) parts.push(`as ${split}`);
  return parts.join(', ');
}

/** What the message carries, taken from the first hop that holds a packet. */
export function describeStepPayload(step: Step): string {
  return step.hops.find((view) => view.packet !== null)?.packet?.payload ?? '';
}

/** Which phase and step to show first: the first failure, or the start. */
export function pickDefaultPhase(result: NatPathResult): PhaseTrace | undefined {
  return result.phases.find((phase) => phase.status === 'fails') ?? result.phases.find((phase) => phase.steps.length > 0);
}

export function pickDefaultStep(phase: PhaseTrace | undefined): Step | undefined {
  if (!phase) return undefined;
  return phase.steps.find((step) => step.status === 'dropped') ?? phase.steps[0];
}

export function describeStepTitle(step: Step): string {
  const origin = step.hops[0]?.hop === 'edge' ? 'edge' : 'RRAS';
  const direction = step.direction === 'c2s' ? 'client to RRAS' : `${origin} to client`;
  return `${step.title} (${direction}, ${STEP_STATUS_LABELS[step.status]})`;
}

function hopLabel(hops: readonly HopInfo[], id: HopId): string {
  return hops.find((hop) => hop.id === id)?.label ?? id;
}

/** A text alternative for the diagram of one step: one sentence per hop. */
export function describeStepForScreenReaders(result: NatPathResult, step: Step): string {
  const sentences = step.hops.map((view) => {
    const label = hopLabel(result.hops, view.hop);
    if (view.packet === null) return `${label}: ${HOP_STATUS_LABELS[view.status].toLowerCase()}${view.note ? `. ${view.note}` : '.'}`;
    const packet = view.packet;
    const addresses = `${describeTransport(packet)} from ${formatEndpoint(packet.src)} to ${formatEndpoint(packet.dst)}`;
    return `${label}: ${HOP_STATUS_LABELS[view.status].toLowerCase()}, ${addresses}${view.note ? `. ${view.note}` : '.'}`;
  });
  return `${describeStepTitle(step)}. ${sentences.join(' ')}`;
}

/** Rows of the per-device tables (one per device each message passes), for the "show every message" control. */
export function countTraceRows(result: NatPathResult): number {
  return result.phases.reduce((total, phase) => total + phase.steps.reduce((sum, step) => sum + step.hops.length, 0), 0);
}
