/** The readable decode of a certificate, as label/value rows for the details table. */
import { EKU_NAMES } from './oids';
import type { CertificateFacts } from './types';

export interface DecodeRow {
  readonly label: string;
  readonly value: string;
}

function describeSan(facts: CertificateFacts): string {
  if (facts.san === undefined) return 'No extension';
  const { dns, upn, email, ip, uri, other } = facts.san;
  const parts = [
    ...dns.map((name) => `DNS: ${name}`),
    ...upn.map((name) => `UPN: ${name}`),
    ...email.map((name) => `E-mail: ${name}`),
    ...ip.map((name) => `IP: ${name}`),
    ...uri.map((name) => `URL: ${name}`),
    ...other,
  ];
  return parts.join('; ') || 'Empty';
}

function describeEkus(ekus: readonly string[] | undefined): string {
  if (ekus === undefined) return 'No extension';
  return ekus.map((oid) => `${EKU_NAMES[oid] ?? 'Unnamed'} (${oid})`).join(', ') || 'Empty';
}

function describeKey(facts: CertificateFacts): string {
  const { algorithm, bits, curve } = facts.publicKey;
  return [algorithm, bits === undefined ? '' : `${bits} bits`, curve === undefined ? '' : `(${curve})`].filter(Boolean).join(' ');
}

function describeBasicConstraints(facts: CertificateFacts): string {
  const constraints = facts.basicConstraints;
  if (constraints === undefined) return 'No extension';
  if (!constraints.isCa) return 'End entity';
  return constraints.pathLength === undefined ? 'CA' : `CA, path length ${constraints.pathLength}`;
}

function describeTemplate(facts: CertificateFacts): string {
  const { template, templateName } = facts;
  if (template === undefined) return templateName ?? 'None';
  const version =
    template.major === undefined ? '' : `, version ${template.major}${template.minor === undefined ? '' : `.${template.minor}`}`;
  return `${templateName === undefined ? '' : `${templateName}, `}${template.oid}${version}`;
}

export function describeCertificate(facts: CertificateFacts): DecodeRow[] {
  return [
    { label: 'Subject', value: facts.subject || '(empty)' },
    { label: 'Issuer', value: facts.issuer || '(empty)' },
    { label: 'Valid from', value: new Date(facts.notBefore).toISOString() },
    { label: 'Valid to', value: new Date(facts.notAfter).toISOString() },
    { label: 'Serial number', value: facts.serialNumber },
    { label: 'Subject Alternative Name', value: describeSan(facts) },
    { label: 'Enhanced Key Usage', value: describeEkus(facts.ekus) },
    { label: 'Key usage', value: facts.keyUsage?.join(', ') ?? 'No extension' },
    { label: 'Basic constraints', value: describeBasicConstraints(facts) },
    { label: 'Public key', value: describeKey(facts) },
    { label: 'Signature algorithm', value: `${facts.signature.name} (${facts.signature.oid})` },
    { label: 'CRL distribution points', value: facts.crlUrls?.join(', ') || 'None' },
    { label: 'CA issuers (AIA)', value: facts.aia?.caIssuers.join(', ') || 'None' },
    { label: 'OCSP (AIA)', value: facts.aia?.ocsp.join(', ') || 'None' },
    { label: 'Template', value: describeTemplate(facts) },
    { label: 'SID (strong mapping)', value: facts.sid ?? (facts.hasSidExtension ? 'Extension present, SID unreadable' : 'None') },
    {
      label: 'Extensions',
      value: facts.extensions.map((extension) => `${extension.name}${extension.critical ? ' (critical)' : ''}`).join(', ') || 'None',
    },
  ];
}
