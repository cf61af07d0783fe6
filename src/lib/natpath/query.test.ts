import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARAMETERS, parseTopologyQuery, serializeTopology } from './query';
import { BLOCKABLE, DEFAULT_TOPOLOGY, LIMITS } from './topology';
import type { Topology } from './types';
import { topologyArbitrary } from './test-support';

describe('parseTopologyQuery', () => {
  it('returns the defaults for an empty query', () => {
    expect(parseTopologyQuery('')).toEqual({ topology: DEFAULT_TOPOLOGY, notices: [] });
    expect(parseTopologyQuery('?')).toEqual({ topology: DEFAULT_TOPOLOGY, notices: [] });
  });

  it('reads every parameter by its documented name', () => {
    const { topology, notices } = parseTopologyQuery(
      '?proto=sstp&ip=6&client=cgnat&cgnat=arbitrary&edge=fullnat&servers=3&persist=per-port&return=bypass&block=udp4500,fragments&clients=40&saLimit=50000&ikeAuth=2000&frag=on&tls=offload&sstpHash=missing&vendor=kemp',
    );
    expect(notices).toEqual([]);
    expect(topology).toEqual({
      proto: 'sstp',
      ip: 6,
      client: 'cgnat',
      cgnat: 'arbitrary',
      edge: 'fullnat',
      servers: 3,
      persist: 'per-port',
      returnPath: 'bypass',
      block: ['udp4500', 'fragments'],
      clients: 40,
      saLimit: 50000,
      ikeAuthBytes: 2000,
      frag: true,
      tls: 'offload',
      sstpHash: 'missing',
      vendor: 'kemp',
    } satisfies Topology);
  });

  it.each([
    ['an unknown protocol', 'proto=l2tp', 'proto', { proto: 'ikev2' }],
    ['too many servers', 'servers=12', 'servers', { servers: 1 }],
    ['zero servers', 'servers=0', 'servers', { servers: 1 }],
    ['a fractional client count', 'clients=2.5', 'clients', { clients: 1 }],
    ['a negative IKE_AUTH size', 'ikeAuth=-5', 'ikeAuth', { ikeAuthBytes: 1200 }],
    ['a word for the limit', 'saLimit=lots', 'saLimit', { saLimit: 'default' }],
    ['an unknown vendor', 'vendor=acme', 'vendor', { vendor: null }],
    ['a yes for fragmentation', 'frag=yes', 'frag', { frag: false }],
  ] as const)('falls back to the default with a notice for %s', (_name, query, param, expected) => {
    const { topology, notices } = parseTopologyQuery(query);
    expect(topology).toEqual({ ...DEFAULT_TOPOLOGY, ...expected });
    expect(notices).toHaveLength(1);
    expect(notices[0]?.param).toBe(param);
    expect(notices[0]?.message).toContain(param);
  });

  it('keeps the known items of a block list and reports the unknown ones', () => {
    const { topology, notices } = parseTopologyQuery('block=esp,gre,udp500,esp');
    expect(topology.block).toEqual(['udp500', 'esp']);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.message).toContain('gre');
  });

  it('treats an empty block list as nothing blocked, without a notice', () => {
    expect(parseTopologyQuery('block=')).toEqual({ topology: DEFAULT_TOPOLOGY, notices: [] });
  });

  it('accepts values in any letter case and with surrounding spaces', () => {
    const { topology, notices } = parseTopologyQuery('proto=SSTP&edge=%20FullNAT%20&saLimit=Default');
    expect(notices).toEqual([]);
    expect(topology.proto).toBe('sstp');
    expect(topology.edge).toBe('fullnat');
    expect(topology.saLimit).toBe('default');
  });

  it('reports unknown parameters and repeated ones', () => {
    const { topology, notices } = parseTopologyQuery('preset=dnat-fixed&servers=2&servers=3');
    expect(topology.servers).toBe(2);
    expect(notices.map((notice) => notice.param)).toEqual(['preset', 'servers']);
  });

  it('treats parameter names as case-sensitive, as documented', () => {
    const { notices } = parseTopologyQuery('salimit=100');
    expect(notices[0]?.message).toContain('Unknown parameter');
  });

  it('never throws and always returns a topology within the limits, whatever the string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (input) => {
        const { topology } = parseTopologyQuery(input);
        expect(topology.servers).toBeGreaterThanOrEqual(LIMITS.servers.min);
        expect(topology.servers).toBeLessThanOrEqual(LIMITS.servers.max);
        expect(topology.clients).toBeGreaterThanOrEqual(LIMITS.clients.min);
        expect(topology.ikeAuthBytes).toBeGreaterThanOrEqual(LIMITS.ikeAuthBytes.min);
        expect(topology.block.every((item) => BLOCKABLE.includes(item))).toBe(true);
      }),
    );
  });

  it('never throws for strings made of parameter-like pieces', () => {
    const piece = fc.tuple(
      fc.oneof(fc.constantFrom(...PARAMETERS.map((doc) => doc.name)), fc.string({ maxLength: 8 })),
      fc.oneof(
        fc.constantFrom('', 'on', 'off', 'ikev2', 'sstp', '0', '9', '99999999999999', '%', '%zz', 'udp500,,esp'),
        fc.string({ maxLength: 12 }),
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const query = pieces.map(([name, value]) => `${name}=${value}`).join('&');
        const { topology, notices } = parseTopologyQuery(query);
        expect(typeof topology.proto).toBe('string');
        for (const notice of notices) expect(notice.message.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('serializeTopology', () => {
  it('writes the default topology with every parameter except an empty block list and no vendor', () => {
    expect(serializeTopology(DEFAULT_TOPOLOGY)).toBe(
      'proto=ikev2&ip=4&client=nat&cgnat=paired&edge=dnat&servers=1&persist=spanning&return=via-edge&clients=1&saLimit=default&ikeAuth=1200&frag=off&tls=passthrough&sstpHash=ok',
    );
  });

  it('writes the block list with plain commas in canonical order', () => {
    expect(serializeTopology({ ...DEFAULT_TOPOLOGY, block: ['fragments', 'udp500'] })).toContain('block=udp500,fragments&');
  });

  it('round-trips any topology through the query string without notices', () => {
    fc.assert(
      fc.property(topologyArbitrary, (topology) => {
        expect(parseTopologyQuery(serializeTopology(topology))).toEqual({ topology, notices: [] });
      }),
    );
  });
});
