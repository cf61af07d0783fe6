/**
 * Strength grading of each transform value.
 *
 * Basis (sources): Microsoft, "How to configure cryptographic settings for
 * IKEv2 VPN connections" — the defaults DES3 / SHA1 / DH group 2 "aren't
 * secure"; its example uses SHA256128 / AES128 / Group14 / SHA256 / PFS2048.
 * Richard Hicks, Set-IKEv2VpnSecurityBaseline.ps1 — a standard baseline
 * (AES128, SHA256128, SHA256, Group14, PFS2048) and an enhanced one
 * (GCMAES128, SHA256, Group14, ECP256). Anything at or above the standard
 * baseline is "baseline"; authenticated encryption (GCM) and the elliptic
 * curve groups are "strong"; the defaults and older are "weak".
 */
import type { TransformValues } from './policy';
import { FIELD_INFO, TRANSFORM_FIELDS, type TransformField } from './transforms';

export type Grade = 'weak' | 'fair' | 'baseline' | 'strong';

export const GRADE_LABELS: Record<Grade, string> = {
  weak: 'Weak',
  fair: 'Fair',
  baseline: 'Meets baseline',
  strong: 'Strong',
};

const GRADE_ORDER: Record<Grade, number> = { weak: 0, fair: 1, baseline: 2, strong: 3 };

export interface ValueGrade {
  readonly grade: Grade;
  readonly reason: string;
}

const WEAK_DEFAULT = 'one of the Windows defaults Microsoft calls not secure';

const GRADES: Record<TransformField, Readonly<Record<string, ValueGrade>>> = {
  authenticationTransform: {
    MD596: { grade: 'weak', reason: 'HMAC-MD5; MD5 is broken.' },
    SHA196: { grade: 'weak', reason: `HMAC-SHA1; SHA1 is ${WEAK_DEFAULT}.` },
    SHA256128: { grade: 'baseline', reason: 'HMAC-SHA256, as in the Microsoft and Hicks baselines.' },
    GCMAES128: { grade: 'strong', reason: 'AES-GCM authenticates and encrypts (Hicks enhanced baseline).' },
    GCMAES192: { grade: 'strong', reason: 'AES-GCM authenticates and encrypts.' },
    GCMAES256: { grade: 'strong', reason: 'AES-GCM authenticates and encrypts.' },
    None: { grade: 'fair', reason: 'None leaves the integrity transform to the cipher; only sound with a GCM cipher.' },
  },
  cipherTransform: {
    DES: { grade: 'weak', reason: 'Single DES (56-bit keys) is broken.' },
    DES3: { grade: 'weak', reason: `Triple DES is ${WEAK_DEFAULT}.` },
    AES128: { grade: 'baseline', reason: 'AES-CBC, as in the Microsoft and Hicks baselines.' },
    AES192: { grade: 'baseline', reason: 'AES-CBC.' },
    AES256: { grade: 'baseline', reason: 'AES-CBC.' },
    GCMAES128: { grade: 'strong', reason: 'AES-GCM authenticated encryption (Hicks enhanced baseline).' },
    GCMAES192: { grade: 'strong', reason: 'AES-GCM authenticated encryption.' },
    GCMAES256: { grade: 'strong', reason: 'AES-GCM authenticated encryption.' },
    None: { grade: 'weak', reason: 'No ESP cipher transform is pinned.' },
  },
  encryptionMethod: {
    DES: { grade: 'weak', reason: 'Single DES (56-bit keys) is broken.' },
    DES3: { grade: 'weak', reason: `Triple DES is ${WEAK_DEFAULT}.` },
    AES128: { grade: 'baseline', reason: 'AES-CBC, as in the Microsoft and Hicks baselines.' },
    AES192: { grade: 'baseline', reason: 'AES-CBC.' },
    AES256: { grade: 'baseline', reason: 'AES-CBC.' },
    GCMAES128: { grade: 'strong', reason: 'AES-GCM for the IKE SA (Hicks enhanced baseline; Windows 10/Server 1803 or later).' },
    GCMAES256: { grade: 'strong', reason: 'AES-GCM for the IKE SA (Windows 10/Server 1803 or later).' },
  },
  integrityCheckMethod: {
    MD5: { grade: 'weak', reason: 'MD5 is broken.' },
    SHA1: { grade: 'weak', reason: `SHA1 is ${WEAK_DEFAULT}.` },
    SHA256: { grade: 'baseline', reason: 'SHA-256, as in the Microsoft and Hicks baselines.' },
    SHA384: { grade: 'strong', reason: 'SHA-384.' },
  },
  dhGroup: {
    None: { grade: 'weak', reason: 'No Diffie-Hellman group for the IKE SA.' },
    Group1: { grade: 'weak', reason: 'Group 1 (768-bit MODP) is smaller than the default group 2.' },
    Group2: { grade: 'weak', reason: `Group 2 (1024-bit MODP) is ${WEAK_DEFAULT}.` },
    Group14: { grade: 'baseline', reason: 'Group 14 (2048-bit MODP), as in both baselines.' },
    Group24: { grade: 'baseline', reason: 'Group 24 (2048-bit MODP with a 256-bit prime-order subgroup).' },
    ECP256: { grade: 'strong', reason: 'ECP-256 (NIST P-256).' },
    ECP384: { grade: 'strong', reason: 'ECP-384 (NIST P-384).' },
  },
  pfsGroup: {
    None: { grade: 'fair', reason: 'No perfect forward secrecy when child SAs are rekeyed; both baselines set a PFS group.' },
    PFS1: { grade: 'weak', reason: 'Group 1 (768-bit MODP).' },
    PFS2: { grade: 'weak', reason: `Group 2 (1024-bit MODP) is ${WEAK_DEFAULT}.` },
    PFS2048: { grade: 'baseline', reason: 'Group 14 (2048-bit MODP), as in the Microsoft and Hicks baselines.' },
    PFS24: { grade: 'baseline', reason: 'Group 24 (2048-bit MODP with a 256-bit subgroup).' },
    ECP256: { grade: 'strong', reason: 'ECP-256 (Hicks enhanced baseline).' },
    ECP384: { grade: 'strong', reason: 'ECP-384.' },
    PFSMM: { grade: 'fair', reason: 'PFSMM reuses the IKE SA (main mode) group; its strength is that of the DH group.' },
  },
};

export function gradeTransform(field: TransformField, value: string): ValueGrade {
  return GRADES[field][value] ?? { grade: 'weak', reason: `${value} is not a known ${FIELD_INFO[field].parameter} value.` };
}

export interface PolicyGrade {
  readonly overall: Grade;
  readonly fields: Partial<Record<TransformField, ValueGrade>>;
  /** Plain sentences naming each weak value. */
  readonly weaknesses: readonly string[];
}

/** Grades a set of values; the overall grade is the weakest field. Missing fields are not graded. */
export function gradePolicy(values: TransformValues): PolicyGrade {
  const fields: Partial<Record<TransformField, ValueGrade>> = {};
  const weaknesses: string[] = [];
  let overall: Grade = 'strong';
  for (const field of TRANSFORM_FIELDS) {
    const value = values[field];
    if (value === undefined) continue;
    const graded = gradeTransform(field, value);
    fields[field] = graded;
    if (GRADE_ORDER[graded.grade] < GRADE_ORDER[overall]) overall = graded.grade;
    if (graded.grade === 'weak') weaknesses.push(`${FIELD_INFO[field].parameter} ${value}: ${graded.reason}`);
  }
  return { overall, fields, weaknesses };
}
