import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeVerdictAttributes, simulatePath } from './index';
import { ASSUMPTIONS, SOURCES } from './sources';
import { topologyArbitrary } from './test-support';

const VERDICTS = ['works', 'fails-always', 'fails-under-load', 'intermittent', 'connects-no-data', 'unknown'];

describe('simulatePath on any topology', () => {
  it('returns a trace and a verdict, never a throw', () => {
    fc.assert(
      fc.property(topologyArbitrary, (topology) => {
        const result = simulatePath(topology);
        expect(VERDICTS).toContain(result.verdict.kind);
        expect(result.verdict.headline.length).toBeGreaterThan(0);
        expect(result.phases.length).toBeGreaterThan(0);
        for (const phase of result.phases) {
          if (phase.status !== 'not-applicable') expect(phase.steps.length).toBeGreaterThan(0);
          for (const step of phase.steps) expect(step.hops.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same topology always gives the same result', () => {
    fc.assert(
      fc.property(topologyArbitrary, (topology) => {
        expect(simulatePath(topology)).toEqual(simulatePath(topology));
      }),
      { numRuns: 100 },
    );
  });

  it('carries a threshold exactly when it fails under load and a probability exactly when it is intermittent', () => {
    fc.assert(
      fc.property(topologyArbitrary, (topology) => {
        const attributes = describeVerdictAttributes(simulatePath(topology));
        const kind = attributes['data-verdict'];
        expect('data-threshold' in attributes).toBe(kind === 'fails-under-load');
        expect('data-probability' in attributes).toBe(kind === 'intermittent');
        if (kind === 'intermittent') {
          const probability = Number(attributes['data-probability']);
          expect(probability).toBeGreaterThan(0);
          expect(probability).toBeLessThan(1);
        }
        if (kind === 'fails-under-load') expect(Number(attributes['data-threshold'])).toBeGreaterThan(1);
        expect(['true', 'false']).toContain(attributes['data-nat-t']);
        expect(['true', 'false']).toContain(attributes['data-client-ip-preserved']);
      }),
      { numRuns: 300 },
    );
  });

  it('reports TLS as the data path exactly for SSTP, and NAT traversal never for SSTP', () => {
    fc.assert(
      fc.property(topologyArbitrary, (topology) => {
        const result = simulatePath(topology);
        expect(result.dataPath === 'tls').toBe(topology.proto === 'sstp');
        if (topology.proto === 'sstp') expect(result.isNatTraversal).toBe(false);
      }),
    );
  });

  it('finds NAT traversal for IKEv2 exactly when some device translates an address', () => {
    fc.assert(
      fc.property(topologyArbitrary, (topology) => {
        fc.pre(topology.proto === 'ikev2');
        const isTranslated = topology.client !== 'public' || topology.edge !== 'none';
        expect(simulatePath(topology).isNatTraversal).toBe(isTranslated);
      }),
    );
  });

  it('refers only to sources and assumptions that exist', () => {
    fc.assert(
      fc.property(topologyArbitrary, (topology) => {
        const result = simulatePath(topology);
        for (const finding of result.findings) {
          for (const id of finding.sources) expect(SOURCES).toHaveProperty(id);
          for (const id of finding.assumptions) expect(ASSUMPTIONS).toHaveProperty(id);
          for (const link of finding.links) expect(link.href).toMatch(/^\/(guide|errors)\/[a-z0-9/-]+\/$/);
        }
      }),
    );
  });

  it('only drops a packet where it also explains why', () => {
    fc.assert(
      fc.property(topologyArbitrary, (topology) => {
        for (const phase of simulatePath(topology).phases) {
          for (const step of phase.steps) {
            for (const hop of step.hops) {
              if (hop.status === 'dropped') expect(hop.note).toBeTruthy();
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
