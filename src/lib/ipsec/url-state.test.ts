import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RECOMMENDED_PRESET } from './generate';
import { decodePolicy, decodeState, encodeState } from './url-state';

describe('encodeState / decodeState', () => {
  it('round-trips both sides, the connection name and the all-users flag', () => {
    const state = {
      server: { mode: 'custom' as const, values: RECOMMENDED_PRESET.values },
      client: { mode: 'default' as const, values: {} },
      connectionName: 'Always On VPN',
      isAllUserConnection: true,
    };
    const query = encodeState(state);
    expect(query).toBe('?server=GCMAES128.GCMAES128.GCMAES128.SHA256.Group14.ECP256&client=default&name=Always+On+VPN&allusers=1');
    expect(decodeState(query)).toEqual(state);
  });

  it('keeps missing values as gaps', () => {
    expect(decodePolicy('-.-.-.SHA256.-.-')).toEqual({ mode: 'custom', values: { integrityCheckMethod: 'SHA256' } });
  });

  it('drops values it does not recognise', () => {
    expect(decodePolicy('X.Y.Z.A.B.C')).toBeUndefined();
  });

  it('never throws on arbitrary query strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (search) => {
        const state = decodeState(search);
        expect(typeof state.isAllUserConnection).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});
