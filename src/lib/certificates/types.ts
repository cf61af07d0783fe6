/** What the inspector knows about one certificate: plain data, no parser objects. */
import type { TemplateInfo } from './der';

export type KeyUsageName =
  | 'digitalSignature'
  | 'nonRepudiation'
  | 'keyEncipherment'
  | 'dataEncipherment'
  | 'keyAgreement'
  | 'keyCertSign'
  | 'crlSign'
  | 'encipherOnly'
  | 'decipherOnly';

export interface SubjectAltNames {
  readonly dns: readonly string[];
  readonly upn: readonly string[];
  readonly email: readonly string[];
  readonly ip: readonly string[];
  readonly uri: readonly string[];
  /** Other name forms, as "type: value". */
  readonly other: readonly string[];
}

export interface PublicKeyFacts {
  readonly algorithm: 'RSA' | 'ECC' | 'other';
  /** Modulus bits for RSA, curve size for ECC. */
  readonly bits: number | undefined;
  readonly curve: string | undefined;
  readonly oid: string;
}

export interface ExtensionFacts {
  readonly oid: string;
  readonly name: string;
  readonly critical: boolean;
}

export interface CertificateFacts {
  /** 1-based position in the input. */
  readonly position: number;
  readonly subject: string;
  readonly issuer: string;
  /** DER of the subject and issuer names, hex, to compare exactly. */
  readonly subjectKey: string;
  readonly issuerKey: string;
  readonly serialNumber: string;
  /** Milliseconds since the epoch. */
  readonly notBefore: number;
  readonly notAfter: number;
  readonly signature: { readonly oid: string; readonly name: string; readonly hash: string };
  readonly publicKey: PublicKeyFacts;
  /** undefined when the certificate has no EKU extension. */
  readonly ekus: readonly string[] | undefined;
  readonly keyUsage: readonly KeyUsageName[] | undefined;
  readonly basicConstraints: { readonly isCa: boolean; readonly pathLength: number | undefined } | undefined;
  readonly san: SubjectAltNames | undefined;
  readonly crlUrls: readonly string[] | undefined;
  readonly aia: { readonly caIssuers: readonly string[]; readonly ocsp: readonly string[] } | undefined;
  readonly sid: string | undefined;
  /** Whether the SID extension is present, even if its SID could not be read. */
  readonly hasSidExtension: boolean;
  readonly template: TemplateInfo | undefined;
  readonly templateName: string | undefined;
  readonly extensions: readonly ExtensionFacts[];
  readonly isSelfIssued: boolean;
  /** Lowercase hex digests of the DER. */
  readonly sha1: string;
  readonly sha256: string;
}
