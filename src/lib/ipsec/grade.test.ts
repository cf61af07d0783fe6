import { describe, expect, it } from 'vitest';
import { gradePolicy, gradeTransform } from './grade';
import { TRANSFORM_FIELDS, TRANSFORM_VALUES } from './transforms';

describe('gradeTransform', () => {
  // Microsoft: the defaults DES3 / SHA1 / DH group 2 "aren't secure".
  it.each([
    ['encryptionMethod', 'DES3'],
    ['integrityCheckMethod', 'SHA1'],
    ['dhGroup', 'Group2'],
    ['cipherTransform', 'DES'],
    ['authenticationTransform', 'MD596'],
    ['pfsGroup', 'PFS1'],
  ] as const)('grades %s %s as weak', (field, value) => {
    expect(gradeTransform(field, value).grade).toBe('weak');
  });

  it.each([
    ['encryptionMethod', 'AES128', 'baseline'],
    ['dhGroup', 'Group14', 'baseline'],
    ['pfsGroup', 'PFS2048', 'baseline'],
    ['cipherTransform', 'GCMAES128', 'strong'],
    ['pfsGroup', 'ECP256', 'strong'],
    ['pfsGroup', 'None', 'fair'],
  ] as const)('grades %s %s as %s', (field, value, grade) => {
    expect(gradeTransform(field, value).grade).toBe(grade);
  });

  it('has a grade and a reason for every documented value', () => {
    for (const field of TRANSFORM_FIELDS) {
      for (const entry of TRANSFORM_VALUES[field]) {
        expect(gradeTransform(field, entry.id).reason).not.toContain('not a known');
      }
    }
  });
});

describe('gradePolicy', () => {
  it('takes the weakest field as the overall grade and names it', () => {
    const graded = gradePolicy({ encryptionMethod: 'GCMAES128', integrityCheckMethod: 'SHA1' });
    expect(graded.overall).toBe('weak');
    expect(graded.weaknesses).toHaveLength(1);
    expect(graded.weaknesses[0]).toContain('IntegrityCheckMethod SHA1');
  });
});
