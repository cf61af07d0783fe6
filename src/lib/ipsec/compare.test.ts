import { describe, expect, it } from 'vitest';
import { comparePolicies } from './compare';
import type { SidePolicy } from './policy';

const BASELINE: SidePolicy = {
  mode: 'custom',
  values: {
    authenticationTransform: 'SHA256128',
    cipherTransform: 'AES128',
    encryptionMethod: 'AES128',
    integrityCheckMethod: 'SHA256',
    dhGroup: 'Group14',
    pfsGroup: 'PFS2048',
  },
};
const DEFAULTS: SidePolicy = { mode: 'default', values: {} };

describe('comparePolicies', () => {
  it('reports a match when all six values agree', () => {
    const result = comparePolicies(BASELINE, { mode: 'custom', values: { ...BASELINE.values } });
    expect(result.verdict).toBe('match');
    expect(result.predicts13868).toBe(false);
    expect(result.rows.every((row) => row.status === 'match')).toBe(true);
  });

  it('predicts 13868 when the DH group differs', () => {
    const result = comparePolicies(BASELINE, { mode: 'custom', values: { ...BASELINE.values, dhGroup: 'Group2' } });
    expect(result.verdict).toBe('mismatch');
    expect(result.predicts13868).toBe(true);
    expect(result.rows.find((row) => row.field === 'dhGroup')?.status).toBe('mismatch');
  });

  it('explains that a PFS-only difference can surface at rekey', () => {
    const result = comparePolicies(BASELINE, { mode: 'custom', values: { ...BASELINE.values, pfsGroup: 'ECP256' } });
    expect(result.verdict).toBe('mismatch');
    expect(result.details.join(' ')).toContain('rekey');
  });

  it('predicts 13868 when one side pins a policy and the other uses defaults', () => {
    const result = comparePolicies(BASELINE, DEFAULTS);
    expect(result.verdict).toBe('likely-mismatch');
    expect(result.predicts13868).toBe(true);
    expect(result.headline).toContain('client uses the Windows defaults');
  });

  it('matches two default sides but calls them weak', () => {
    const result = comparePolicies(DEFAULTS, DEFAULTS);
    expect(result.verdict).toBe('match-defaults');
    expect(result.headline).toContain('weak');
  });

  it('cannot decide when agreeing values leave gaps', () => {
    const partial: SidePolicy = { mode: 'custom', values: { dhGroup: 'Group14' } };
    expect(comparePolicies(BASELINE, partial).verdict).toBe('incomplete');
  });

  it('waits for both sides', () => {
    expect(comparePolicies(undefined, BASELINE).verdict).toBe('not-compared');
  });

  it('shows the ProfileXML spelling of the client encryption method', () => {
    const gcm: SidePolicy = { mode: 'custom', values: { ...BASELINE.values, encryptionMethod: 'GCMAES128' } };
    const row = comparePolicies(gcm, gcm).rows.find((r) => r.field === 'encryptionMethod');
    expect(row?.clientXmlSpelling).toBe('AES_GCM_128');
  });
});
