import { describe, expect, it } from 'vitest';
import { simulatePath } from './index';
import { DEFAULT_TOPOLOGY } from './topology';
import {
  countTraceRows,
  describePacketShape,
  describeStepForScreenReaders,
  describeStepTitle,
  describeVerdictFacts,
  pickDefaultPhase,
  pickDefaultStep,
} from './view-model';

describe('view model', () => {
  it('counts one trace row per device each message passes', () => {
    const result = simulatePath(DEFAULT_TOPOLOGY);
    const rows = result.phases.flatMap((phase) => phase.steps.flatMap((step) => step.hops));
    expect(rows.length).toBeGreaterThan(0);
    expect(countTraceRows(result)).toBe(rows.length);
  });

  it('opens the diagram on the first failing message', () => {
    const result = simulatePath({ ...DEFAULT_TOPOLOGY, servers: 2, persist: 'per-port' });
    const phase = pickDefaultPhase(result);
    expect(phase?.id).toBe('ike-auth');
    expect(pickDefaultStep(phase)?.id).toBe('ike-auth-request');
  });

  it('opens the diagram on the first message when nothing fails', () => {
    const result = simulatePath(DEFAULT_TOPOLOGY);
    expect(pickDefaultStep(pickDefaultPhase(result))?.id).toBe('ike-sa-init-request');
  });

  it('states the threshold as resting on the reported default', () => {
    const facts = describeVerdictFacts(simulatePath({ ...DEFAULT_TOPOLOGY, edge: 'fullnat' }));
    expect(facts.find((fact) => fact.label === 'Failures start at')?.value).toMatch(
      /^client 11 \(rests on the reported, undocumented default of 10/,
    );
    expect(facts.find((fact) => fact.label === 'Client error')?.href).toBe('/errors/809/');
  });

  it('reports both NAT detection results for a client behind NAT and a DNAT edge', () => {
    const facts = describeVerdictFacts(simulatePath(DEFAULT_TOPOLOGY));
    expect(facts.find((fact) => fact.label === 'NAT detection')?.value).toBe('client behind NAT: yes; RRAS behind NAT: yes');
  });

  it('describes a one-byte keepalive in the singular and a fragmented message with its pieces', () => {
    const result = simulatePath({ ...DEFAULT_TOPOLOGY, ikeAuthBytes: 2000 });
    const steps = result.phases.flatMap((phase) => phase.steps);
    const keepalive = steps.find((step) => step.id === 'keepalive-c2s')?.hops[0]?.packet;
    const auth = steps.find((step) => step.id === 'ike-auth-request')?.hops[0]?.packet;
    expect(keepalive && describePacketShape(keepalive)).toBe('UDP, 1 byte');
    expect(auth && describePacketShape(auth)).toBe('UDP, 2,000 bytes, as 2 IP fragments');
  });

  it('writes a text alternative that names every device and the drop', () => {
    const result = simulatePath({ ...DEFAULT_TOPOLOGY, block: ['udp500'] });
    const step = result.phases[0]?.steps[0];
    expect(step).toBeDefined();
    if (step) {
      const text = describeStepForScreenReaders(result, step);
      expect(text).toContain('Client: sent, UDP from 192.168.1.20:500 to 203.0.113.10:500');
      expect(text).toContain('Internet and firewalls: dropped');
      expect(text).toContain('RRAS: not reached');
    }
  });
});

describe('describeStepTitle', () => {
  it('names the edge as the sender when it answers TLS itself', () => {
    const result = simulatePath({ ...DEFAULT_TOPOLOGY, proto: 'sstp', tls: 'offload' });
    const hello = result.phases.flatMap((phase) => phase.steps).find((step) => step.id === 'sstp-server-hello');
    expect(hello && describeStepTitle(hello)).toBe('TLS answer (edge to client, delivered)');
  });
});
