/** Shared EKU logic for the four EKU rules. */
import type { RuleHit } from '../../rules/contract';
import { EKU_NAMES } from '../oids';
import type { CertificateFacts } from '../types';
import { hit } from './support';

export function describeEku(oid: string): string {
  return `${EKU_NAMES[oid] ?? 'Unnamed purpose'} (${oid})`;
}

export function describeEkus(certificate: CertificateFacts): string {
  return certificate.ekus === undefined
    ? 'no Enhanced Key Usage extension'
    : `EKUs ${certificate.ekus.map(describeEku).join(', ') || 'none'}`;
}

/** One EKU check: pass when present, `missingSeverity` when the extension lists other purposes or is absent. */
export function requireEku(certificate: CertificateFacts, oid: string, purpose: string, missing: RuleHit['severity']): RuleHit {
  const wanted = describeEku(oid);
  if (certificate.ekus?.includes(oid) === true) return hit('pass', `The certificate has ${wanted}.`, `${purpose} needs ${wanted}.`);
  return hit(
    missing,
    `The certificate has ${describeEkus(certificate)}.`,
    `${purpose} needs ${wanted} in the Enhanced Key Usage extension.`,
  );
}
