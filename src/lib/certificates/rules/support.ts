/** What every certificate rule receives, and small helpers the rule files share. */
import type { RuleHit, Severity } from '../../rules/contract';
import type { CertificateRole } from '../roles';
import type { CertificateFacts } from '../types';

export interface CertificateContext {
  /** The certificate checked against the role (the end-entity certificate of a chain). */
  readonly certificate: CertificateFacts;
  /** Every certificate pasted, in the order given. */
  readonly chain: readonly CertificateFacts[];
  readonly role: CertificateRole;
  /** The name clients use for the VPN server, trimmed; empty when not entered. */
  readonly serverName: string;
  /** Milliseconds since the epoch. */
  readonly now: number;
}

export function hit(severity: Severity, found: string, expected: string): RuleHit {
  return { severity, found, expected };
}

export const DAY_MS = 86_400_000;

export function formatDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function listOrNone(values: readonly string[] | undefined): string {
  return values === undefined || values.length === 0 ? 'none' : values.join(', ');
}
