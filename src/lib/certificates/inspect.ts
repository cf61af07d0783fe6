/**
 * The inspector: parses the input, picks the certificate to check, runs every
 * rule for the chosen role and returns a plain report. Any input in, a report out.
 */
import { compareFindings, countBySeverity, runRules, type Finding, type Severity } from '../rules/contract';
import type { InputProblem } from './decode-input';
import { describeCertificate, type DecodeRow } from './describe';
import { buildDigestOutputs, type DigestOutputs } from './outputs';
import { parseCertificates } from './parse-certificates';
import type { CertificateRole } from './roles';
import { orderChain } from './rules/chain-order';
import { RULES } from './rules/index';
import type { CertificateFacts } from './types';

export interface InspectOptions {
  readonly role: CertificateRole;
  readonly serverName: string;
  /** Milliseconds since the epoch; the tests pass a fixed instant. */
  readonly now: number;
}

export interface InspectedCertificate {
  readonly facts: CertificateFacts;
  readonly outputs: DigestOutputs;
  /** The readable decode, as rows for a details table. */
  readonly decode: readonly DecodeRow[];
}

export interface InspectionReport {
  readonly problems: readonly InputProblem[];
  readonly certificates: readonly InspectedCertificate[];
  /** Position (1-based) of the certificate the rules checked; undefined when there is none. */
  readonly checkedPosition: number | undefined;
  /** Most severe first. */
  readonly findings: readonly Finding[];
  readonly counts: Readonly<Record<Severity, number>>;
}

/** The leaf of a chain (for a CA role, the first certificate pasted). */
function pickCertificate(certificates: readonly CertificateFacts[], role: CertificateRole): CertificateFacts | undefined {
  if (role === 'ca') return certificates[0];
  return orderChain(certificates)?.[0] ?? certificates[0];
}

export function inspectFacts(
  certificates: readonly CertificateFacts[],
  problems: readonly InputProblem[],
  options: InspectOptions,
): InspectionReport {
  const certificate = pickCertificate(certificates, options.role);
  const findings =
    certificate === undefined
      ? []
      : runRules(RULES, {
          certificate,
          chain: certificates,
          role: options.role,
          serverName: options.serverName.trim(),
          now: options.now,
        }).sort(compareFindings);
  return {
    problems,
    certificates: certificates.map((facts) => ({
      facts,
      outputs: buildDigestOutputs(facts.sha1, facts.sha256),
      decode: describeCertificate(facts),
    })),
    checkedPosition: certificate?.position,
    findings,
    counts: countBySeverity(findings),
  };
}

export function inspectCertificates(input: string | Uint8Array, options: InspectOptions): InspectionReport {
  const parsed = parseCertificates(input);
  return inspectFacts(parsed.certificates, parsed.problems, options);
}
