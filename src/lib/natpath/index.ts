/**
 * NAT path model: describe the path from an Always On VPN client to RRAS and
 * get the packet at every hop, what RRAS sees, a verdict and the findings.
 *
 *   const result = simulatePath(parseTopologyQuery(location.search).topology);
 */
import { diagnose } from './diagnose';
import { traceConnection } from './simulate';
import type { NatPathResult, Topology } from './types';

/** Traces one topology and diagnoses it. Pure; never throws for a valid topology. */
export function simulatePath(topology: Topology): NatPathResult {
  const trace = traceConnection(topology);
  const { verdict, findings, assumptions } = diagnose(topology, trace);
  return {
    topology,
    hops: trace.hops,
    phases: trace.phases,
    natDetection: trace.natDetection,
    isNatTraversal: trace.isNatTraversal,
    dataPath: topology.proto === 'sstp' ? 'tls' : trace.isNatTraversal ? 'udp4500' : 'esp',
    isClientIpPreserved: topology.edge !== 'fullnat',
    rrasSeesSource: trace.rrasSeesSource,
    servedBy: trace.firstServer,
    verdict,
    findings,
    assumptions,
  };
}

/** Names of the machine-readable attributes on the verdict element (a contract with tests and pages). */
export type VerdictAttributeName =
  'data-verdict' | 'data-error' | 'data-threshold' | 'data-probability' | 'data-nat-t' | 'data-data-path' | 'data-client-ip-preserved';

/** The machine-readable attributes of the verdict element, as strings (absent when not applicable). */
export function describeVerdictAttributes(result: NatPathResult): Partial<Record<VerdictAttributeName, string>> {
  const { verdict } = result;
  const attributes: Partial<Record<VerdictAttributeName, string>> = {
    'data-verdict': verdict.kind,
    'data-nat-t': String(result.isNatTraversal),
    'data-data-path': result.dataPath,
    'data-client-ip-preserved': String(result.isClientIpPreserved),
  };
  const error = 'error' in verdict ? verdict.error : null;
  if (error !== null) attributes['data-error'] = error.code;
  if (verdict.kind === 'fails-under-load') attributes['data-threshold'] = String(verdict.threshold);
  if (verdict.kind === 'intermittent') attributes['data-probability'] = String(Math.round(verdict.probability * 10_000) / 10_000);
  return attributes;
}

export { parseTopologyQuery, serializeTopology, PARAMETERS, type ParsedQuery, type QueryNotice, type ParameterDoc } from './query';
export { PRESETS, PRESET_IDS, findPreset, isPresetId, type Preset, type PresetId } from './presets';
export { DEFAULT_TOPOLOGY, LIMITS, BLOCKABLE, LINKS } from './topology';
export { ASSUMPTIONS, SOURCES, getAssumption, getSource, type Assumption, type AssumptionId, type Source, type SourceId } from './sources';
export { describeVendorSettings, VENDOR_NAMES } from './vendors';
export { formatEndpoint } from './addresses';
export { REPORTED_DEFAULT_PER_SOURCE_LIMIT, PATH_MTU } from './simulate';
export type * from './types';
