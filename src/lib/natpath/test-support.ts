/**
 * Test helpers: a fast-check generator of every valid topology. Imported by
 * the unit tests only.
 */
import fc from 'fast-check';
import { BLOCKABLE, LIMITS } from './topology';
import type { Topology } from './types';

export const topologyArbitrary: fc.Arbitrary<Topology> = fc.record({
  proto: fc.constantFrom('ikev2', 'sstp'),
  ip: fc.constantFrom(4, 6),
  client: fc.constantFrom('public', 'nat', 'cgnat'),
  cgnat: fc.constantFrom('paired', 'arbitrary'),
  edge: fc.constantFrom('none', 'dnat', 'fullnat'),
  servers: fc.integer(LIMITS.servers),
  persist: fc.constantFrom('none', 'per-port', 'spanning'),
  returnPath: fc.constantFrom('via-edge', 'bypass'),
  block: fc.subarray([...BLOCKABLE]),
  clients: fc.integer(LIMITS.clients),
  saLimit: fc.oneof(fc.constant('default' as const), fc.integer(LIMITS.saLimit)),
  ikeAuthBytes: fc.integer(LIMITS.ikeAuthBytes),
  frag: fc.boolean(),
  tls: fc.constantFrom('passthrough', 'offload'),
  sstpHash: fc.constantFrom('ok', 'missing'),
  vendor: fc.constantFrom(null, 'f5', 'citrix', 'kemp'),
});
