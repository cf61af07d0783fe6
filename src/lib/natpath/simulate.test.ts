import { describe, expect, it } from 'vitest';
import { describeVerdictAttributes, simulatePath } from './index';
import { DEFAULT_TOPOLOGY } from './topology';
import type { HopId, NatPathResult, PhaseId, Step, Topology, VerdictKind } from './types';

function build(overrides: Partial<Topology>): Topology {
  return { ...DEFAULT_TOPOLOGY, ...overrides };
}

function phase(result: NatPathResult, id: PhaseId) {
  const found = result.phases.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no phase ${id}`);
  return found;
}

function step(result: NatPathResult, id: string): Step {
  for (const candidate of result.phases.flatMap((p) => p.steps)) {
    if (candidate.id === id) return candidate;
  }
  throw new Error(`no step ${id}`);
}

function hopStatus(stepValue: Step, hop: HopId) {
  return stepValue.hops.find((view) => view.hop === hop)?.status;
}

interface Scenario {
  readonly name: string;
  readonly topology: Partial<Topology>;
  readonly verdict: VerdictKind;
  readonly error?: string;
  readonly threshold?: string;
  readonly probability?: string;
  readonly natT: boolean;
  readonly dataPath: 'esp' | 'udp4500' | 'tls';
  readonly preserved: boolean;
}

// Expected values follow from the protocol rules in the source comments, worked out by hand:
// e.g. full NAT with the reported default of 10 per server and 2 servers fails from client 2 × 10 + 1 = 21.
const SCENARIOS: readonly Scenario[] = [
  {
    name: 'a public client straight to RRAS finds no NAT, stays on UDP 500 and sends ESP',
    topology: { client: 'public', edge: 'none' },
    verdict: 'works',
    natT: false,
    dataPath: 'esp',
    preserved: true,
  },
  {
    name: 'a client behind NAT through a destination-NAT edge floats to UDP 4500 and works',
    topology: {},
    verdict: 'works',
    natT: true,
    dataPath: 'udp4500',
    preserved: true,
  },
  {
    name: 'a public client behind a destination-NAT edge still triggers NAT traversal',
    topology: { client: 'public', edge: 'dnat' },
    verdict: 'works',
    natT: true,
    dataPath: 'udp4500',
    preserved: true,
  },
  {
    name: 'UDP 500 blocked fails every client with 809',
    topology: { block: ['udp500'] },
    verdict: 'fails-always',
    error: '809',
    natT: true,
    dataPath: 'udp4500',
    preserved: true,
  },
  {
    name: 'UDP 4500 blocked behind NAT fails every client with 809',
    topology: { block: ['udp4500'] },
    verdict: 'fails-always',
    error: '809',
    natT: true,
    dataPath: 'udp4500',
    preserved: true,
  },
  {
    name: 'UDP 4500 blocked without any NAT does not matter',
    topology: { client: 'public', edge: 'none', block: ['udp4500'] },
    verdict: 'works',
    natT: false,
    dataPath: 'esp',
    preserved: true,
  },
  {
    name: 'ESP blocked without NAT connects but passes no data',
    topology: { client: 'public', edge: 'none', block: ['esp'] },
    verdict: 'connects-no-data',
    natT: false,
    dataPath: 'esp',
    preserved: true,
  },
  {
    name: 'ESP blocked with NAT does not matter because ESP rides in UDP 4500',
    topology: { block: ['esp'] },
    verdict: 'works',
    natT: true,
    dataPath: 'udp4500',
    preserved: true,
  },
  {
    name: 'full NAT at the load balancer below the per-source limit still fails under load from client 11',
    topology: { edge: 'fullnat', clients: 5 },
    verdict: 'fails-under-load',
    error: '809',
    threshold: '11',
    natT: true,
    dataPath: 'udp4500',
    preserved: false,
  },
  {
    name: 'full NAT at the load balancer above the per-source limit hides client addresses and fails under load with 809',
    topology: { edge: 'fullnat', clients: 11 },
    verdict: 'fails-under-load',
    error: '809',
    threshold: '11',
    natT: true,
    dataPath: 'udp4500',
    preserved: false,
  },
  {
    name: 'full NAT in front of two servers fails from client 21',
    topology: { edge: 'fullnat', servers: 2, clients: 50 },
    verdict: 'fails-under-load',
    error: '809',
    threshold: '21',
    natT: true,
    dataPath: 'udp4500',
    preserved: false,
  },
  {
    name: 'full NAT with IkeNumEstablishedForInitialQuery raised above the load is unknown, because the workaround is partial',
    topology: { edge: 'fullnat', servers: 2, clients: 50, saLimit: 50_000 },
    verdict: 'unknown',
    natT: true,
    dataPath: 'udp4500',
    preserved: false,
  },
  {
    name: 'full NAT with a raised value that the load still exceeds fails from the raised threshold',
    topology: { edge: 'fullnat', clients: 30, saLimit: 20 },
    verdict: 'fails-under-load',
    error: '809',
    threshold: '21',
    natT: true,
    dataPath: 'udp4500',
    preserved: false,
  },
  {
    name: 'several servers with one persistence record spanning both ports work',
    topology: { servers: 3, persist: 'spanning' },
    verdict: 'works',
    natT: true,
    dataPath: 'udp4500',
    preserved: true,
  },
  {
    name: 'two servers with persistence per virtual server fail half of the attempts',
    topology: { servers: 2, persist: 'per-port' },
    verdict: 'intermittent',
    error: '809',
    probability: '0.5',
    natT: true,
    dataPath: 'udp4500',
    preserved: true,
  },
  {
    name: 'four servers without persistence fail three attempts in four',
    topology: { servers: 4, persist: 'none' },
    verdict: 'intermittent',
    error: '809',
    probability: '0.75',
    natT: true,
    dataPath: 'udp4500',
    preserved: true,
  },
  {
    name: 'a single server needs no persistence',
    topology: { servers: 1, persist: 'none' },
    verdict: 'works',
    natT: true,
    dataPath: 'udp4500',
    preserved: true,
  },
  {
    name: 'replies that bypass a destination-NAT edge fail every client with 809',
    topology: { returnPath: 'bypass' },
    verdict: 'fails-always',
    error: '809',
    natT: true,
    dataPath: 'udp4500',
    preserved: true,
  },
  {
    name: 'replies that bypass a full-NAT edge still arrive, leaving only the load problem',
    topology: { edge: 'fullnat', returnPath: 'bypass' },
    verdict: 'fails-under-load',
    error: '809',
    threshold: '11',
    natT: true,
    dataPath: 'udp4500',
    preserved: false,
  },
  {
    name: 'a carrier-grade NAT with paired pooling keeps source-IP persistence working',
    topology: { client: 'cgnat', cgnat: 'paired', servers: 2 },
    verdict: 'works',
    natT: true,
    dataPath: 'udp4500',
    preserved: true,
  },
  {
    name: 'a carrier-grade NAT with arbitrary pooling defeats spanning persistence on two servers',
    topology: { client: 'cgnat', cgnat: 'arbitrary', servers: 2 },
    verdict: 'intermittent',
    error: '809',
    probability: '0.5',
    natT: true,
    dataPath: 'udp4500',
    preserved: true,
  },
  {
    name: 'a carrier-grade NAT with arbitrary pooling in front of one server is unknown',
    topology: { client: 'cgnat', cgnat: 'arbitrary', servers: 1 },
    verdict: 'unknown',
    natT: true,
    dataPath: 'udp4500',
    preserved: true,
  },
  {
    name: 'a large IKE_AUTH with fragments dropped and IKEv2 fragmentation off fails with 809',
    topology: { ikeAuthBytes: 2000, block: ['fragments'], frag: false },
    verdict: 'fails-always',
    error: '809',
    natT: true,
    dataPath: 'udp4500',
    preserved: true,
  },
  {
    name: 'a large IKE_AUTH with fragments dropped works once IKEv2 fragmentation is on',
    topology: { ikeAuthBytes: 2000, block: ['fragments'], frag: true },
    verdict: 'works',
    natT: true,
    dataPath: 'udp4500',
    preserved: true,
  },
  {
    name: 'a large IKE_AUTH on a path that passes fragments works',
    topology: { ikeAuthBytes: 2000 },
    verdict: 'works',
    natT: true,
    dataPath: 'udp4500',
    preserved: true,
  },
  {
    name: 'SSTP through full NAT works but RRAS sees only the edge',
    topology: { proto: 'sstp', edge: 'fullnat', clients: 500 },
    verdict: 'works',
    natT: false,
    dataPath: 'tls',
    preserved: false,
  },
  {
    name: 'SSTP with TLS offload and the certificate hash on RRAS works',
    topology: { proto: 'sstp', tls: 'offload', sstpHash: 'ok' },
    verdict: 'works',
    natT: false,
    dataPath: 'tls',
    preserved: true,
  },
  {
    name: 'SSTP with TLS offload and the certificate hash missing fails every client',
    topology: { proto: 'sstp', tls: 'offload', sstpHash: 'missing' },
    verdict: 'fails-always',
    natT: false,
    dataPath: 'tls',
    preserved: true,
  },
  {
    name: 'SSTP with TCP 443 blocked fails every client',
    topology: { proto: 'sstp', block: ['tcp443'] },
    verdict: 'fails-always',
    natT: false,
    dataPath: 'tls',
    preserved: true,
  },
  {
    name: 'IPv6 without NAT stays on UDP 500 and sends ESP',
    topology: { ip: 6, client: 'public', edge: 'none' },
    verdict: 'works',
    natT: false,
    dataPath: 'esp',
    preserved: true,
  },
  {
    name: 'IPv6 through a destination-NAT edge is unknown for Windows',
    topology: { ip: 6, client: 'public', edge: 'dnat' },
    verdict: 'unknown',
    natT: true,
    dataPath: 'udp4500',
    preserved: true,
  },
];

describe('simulatePath', () => {
  it.each(SCENARIOS.map((scenario) => [scenario.name, scenario] as const))('%s', (_name, scenario) => {
    const result = simulatePath(build(scenario.topology));
    const attributes = describeVerdictAttributes(result);
    expect(attributes['data-verdict']).toBe(scenario.verdict);
    expect(attributes['data-error']).toBe(scenario.error);
    expect(attributes['data-threshold']).toBe(scenario.threshold);
    expect(attributes['data-probability']).toBe(scenario.probability);
    expect(attributes['data-nat-t']).toBe(String(scenario.natT));
    expect(attributes['data-data-path']).toBe(scenario.dataPath);
    expect(attributes['data-client-ip-preserved']).toBe(String(scenario.preserved));
  });

  it('detects only the responder behind NAT when a public client reaches a destination-NAT edge', () => {
    const result = simulatePath(build({ client: 'public', edge: 'dnat' }));
    expect(result.natDetection?.isInitiatorBehindNat).toBe(false);
    expect(result.natDetection?.isResponderBehindNat).toBe(true);
    // Only the side behind NAT sends keepalives: RRAS here.
    expect(phase(result, 'keepalive').steps.map((s) => s.direction)).toEqual(['s2c']);
  });

  it('detects NAT on both sides for a client behind NAT and a destination-NAT edge, so both send keepalives', () => {
    const result = simulatePath(build({}));
    expect(result.natDetection?.isInitiatorBehindNat).toBe(true);
    expect(result.natDetection?.isResponderBehindNat).toBe(true);
    expect(phase(result, 'keepalive').steps.map((s) => s.direction)).toEqual(['c2s', 's2c']);
  });

  it('sends no keepalives when there is no NAT', () => {
    expect(phase(simulatePath(build({ client: 'public', edge: 'none' })), 'keepalive').status).toBe('not-applicable');
  });

  it('hands out sequential NAT ports: the UDP 500 flow gets 40000 and the UDP 4500 flow 40001', () => {
    const result = simulatePath(build({}));
    const init = step(result, 'ike-sa-init-request').hops.find((h) => h.hop === 'home-nat');
    const auth = step(result, 'ike-auth-request').hops.find((h) => h.hop === 'home-nat');
    expect(init?.packet?.src).toEqual({ ip: '198.51.100.20', port: 40000 });
    expect(auth?.packet?.src).toEqual({ ip: '198.51.100.20', port: 40001 });
  });

  it('keeps the client address at RRAS behind destination NAT and shows the edge address behind full NAT', () => {
    expect(simulatePath(build({ edge: 'dnat' })).rrasSeesSource).toEqual({ ip: '198.51.100.20', port: 40000 });
    expect(simulatePath(build({ edge: 'fullnat' })).rrasSeesSource).toEqual({ ip: '10.0.1.5', port: 60000 });
  });

  it('moves IKE_AUTH to UDP 4500 with the non-ESP marker after NAT is found', () => {
    const auth = step(simulatePath(build({})), 'ike-auth-request');
    const sent = auth.hops[0]?.packet;
    expect(sent?.src.port).toBe(4500);
    expect(sent?.dst.port).toBe(4500);
    expect(sent?.payload).toContain('non-ESP marker');
  });

  it('sends ESP without ports when there is no NAT', () => {
    const data = step(simulatePath(build({ client: 'public', edge: 'none' })), 'data-c2s');
    expect(data.hops[0]?.packet?.transport).toBe('esp');
    expect(data.hops[0]?.packet?.src.port).toBeNull();
  });

  it('drops the newest IKE_SA_INIT at RRAS once full NAT reaches the limit, but not before', () => {
    expect(hopStatus(step(simulatePath(build({ edge: 'fullnat', clients: 10 })), 'ike-sa-init-request'), 'rras')).toBe('received');
    const over = step(simulatePath(build({ edge: 'fullnat', clients: 11 })), 'ike-sa-init-request');
    expect(over.status).toBe('dropped');
    expect(hopStatus(over, 'rras')).toBe('dropped');
  });

  it('marks the threshold as resting on the reported default only when the registry value is not set', () => {
    const byDefault = simulatePath(build({ edge: 'fullnat' })).verdict;
    const raised = simulatePath(build({ edge: 'fullnat', saLimit: 5, clients: 6 })).verdict;
    expect(byDefault.kind === 'fails-under-load' && byDefault.isThresholdAssumed).toBe(true);
    expect(raised.kind === 'fails-under-load' && raised.isThresholdAssumed).toBe(false);
  });

  it('sends IKE_AUTH to another server when persistence is per virtual server, where it is discarded', () => {
    const result = simulatePath(build({ servers: 2, persist: 'per-port' }));
    const init = step(result, 'ike-sa-init-request');
    const auth = step(result, 'ike-auth-request');
    expect(auth.server).not.toBe(init.server);
    expect(hopStatus(auth, 'rras')).toBe('dropped');
    expect(phase(result, 'data').status).toBe('not-reached');
  });

  it('keeps IKE_AUTH on the IKE_SA_INIT server with spanning persistence', () => {
    const result = simulatePath(build({ servers: 3 }));
    expect(step(result, 'ike-auth-request').server).toBe(step(result, 'ike-sa-init-request').server);
  });

  it('gives the UDP 4500 flow a second public address under arbitrary carrier-grade pooling', () => {
    const result = simulatePath(build({ client: 'cgnat', cgnat: 'arbitrary' }));
    const init = step(result, 'ike-sa-init-request').hops.find((h) => h.hop === 'cgnat');
    const auth = step(result, 'ike-auth-request').hops.find((h) => h.hop === 'cgnat');
    expect(init?.packet?.src.ip).toBe('198.51.100.20');
    expect(auth?.packet?.src.ip).toBe('198.51.100.21');
  });

  it('lets a bypassing reply skip the edge and drops it on the path', () => {
    const response = step(simulatePath(build({ returnPath: 'bypass' })), 'ike-sa-init-response');
    expect(hopStatus(response, 'edge')).toBe('bypassed');
    expect(hopStatus(response, 'path')).toBe('dropped');
    expect(hopStatus(response, 'client')).toBe('not-reached');
  });

  it('splits a 2,000-byte IKE_AUTH into two IP fragments at a 1,500-byte MTU', () => {
    // 2000 bytes + 4 (non-ESP marker) + 8 (UDP) = 2012 bytes of IP payload; 1480 bytes fit per IPv4 fragment.
    const auth = step(simulatePath(build({ ikeAuthBytes: 2000 })), 'ike-auth-request');
    expect(auth.hops[0]?.packet?.fragmentation).toEqual({ kind: 'ip', count: 2 });
  });

  it('uses IKEv2 fragments instead of IP fragments when fragmentation is on', () => {
    const auth = step(simulatePath(build({ ikeAuthBytes: 2000, frag: true })), 'ike-auth-request');
    expect(auth.hops[0]?.packet?.fragmentation).toEqual({ kind: 'ike', count: 2 });
  });

  it('leaves a 1,200-byte IKE_AUTH whole', () => {
    const auth = step(simulatePath(build({ ikeAuthBytes: 1200 })), 'ike-auth-request');
    expect(auth.hops[0]?.packet?.fragmentation).toEqual({ kind: 'none' });
  });

  it('rejects the SSTP crypto binding at RRAS when the offload hash is missing', () => {
    const call = step(simulatePath(build({ proto: 'sstp', tls: 'offload', sstpHash: 'missing' })), 'sstp-call-connect');
    expect(hopStatus(call, 'rras')).toBe('dropped');
  });

  it('passes plain HTTP to RRAS on port 80 behind a TLS-offloading edge', () => {
    const connect = step(simulatePath(build({ proto: 'sstp', tls: 'offload' })), 'sstp-connect');
    const atRras = connect.hops.find((h) => h.hop === 'rras')?.packet;
    expect(atRras?.dst.port).toBe(80);
    expect(atRras?.payload).toContain('HTTP');
  });

  it('names no client error for SSTP failures it could not verify', () => {
    const result = simulatePath(build({ proto: 'sstp', block: ['tcp443'] }));
    expect(result.verdict.kind === 'fails-always' && result.verdict.error).toBeNull();
    expect(result.verdict.kind === 'fails-always' && result.verdict.errorNote).toMatch(/not verified/);
  });

  it('uses IPv6 documentation addresses for an IPv6 path', () => {
    const sent = step(simulatePath(build({ ip: 6, client: 'public', edge: 'none' })), 'ike-sa-init-request').hops[0]?.packet;
    expect(sent?.src.ip.startsWith('2001:db8:')).toBe(true);
    expect(sent?.dst.ip.startsWith('2001:db8:')).toBe(true);
  });

  it('prefers a failure for every client over a failure under load', () => {
    const result = simulatePath(build({ edge: 'fullnat', block: ['udp500'] }));
    expect(result.verdict.kind).toBe('fails-always');
  });

  it('lists the per-source assumption whenever the threshold rests on the reported default', () => {
    expect(simulatePath(build({ edge: 'fullnat' })).assumptions).toContain('perSourceDefault');
    expect(simulatePath(build({ edge: 'dnat' })).assumptions).not.toContain('perSourceDefault');
  });
});

describe('vendor wording', () => {
  it.each([
    [
      'F5 full NAT asks for Source Address Translation None',
      { vendor: 'f5', edge: 'fullnat' },
      'per-source-limit',
      'Source Address Translation to None',
    ],
    [
      'Citrix per-port persistence asks for a SOURCEIP persistency group',
      { vendor: 'citrix', servers: 2, persist: 'per-port' },
      'persistence',
      'persistence SOURCEIP',
    ],
    [
      'Kemp per-port persistence asks for Port Following',
      { vendor: 'kemp', servers: 2, persist: 'per-port' },
      'persistence',
      'Port Following',
    ],
    ['Kemp full NAT asks for Transparency', { vendor: 'kemp', edge: 'fullnat' }, 'per-source-limit', 'Transparency'],
    ['Citrix bypassed replies ask for the subnet IP as gateway', { vendor: 'citrix', returnPath: 'bypass' }, 'return-path', 'subnet IP'],
  ] as const)('%s', (_name, overrides, findingId, phrase) => {
    const finding = simulatePath(build(overrides)).findings.find((f) => f.id === findingId);
    expect(`${finding?.explanation ?? ''} ${finding?.fix ?? ''}`).toContain(phrase);
  });

  it('uses generic wording without a vendor', () => {
    const finding = simulatePath(build({ edge: 'fullnat' })).findings.find((f) => f.id === 'per-source-limit');
    expect(finding?.fix).toContain('destination NAT');
    expect(finding?.fix).not.toMatch(/BIG-IP|Citrix|LoadMaster/);
  });
});
