/**
 * Parses the decoded blocks with the PeculiarVentures ASN.1 schema for X.509
 * (@peculiar/asn1-x509) into plain facts the rules read. Any input in, a list
 * of certificates and problems out; it never throws.
 */
import { sha1 } from '@noble/hashes/legacy.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { AsnConvert } from '@peculiar/asn1-schema';
import { RSAPublicKey } from '@peculiar/asn1-rsa';
import {
  AuthorityInfoAccessSyntax,
  BasicConstraints,
  Certificate,
  CRLDistributionPoints,
  ExtendedKeyUsage,
  KeyUsage,
  Name,
  SubjectAlternativeName,
  type Extension,
  type GeneralName,
} from '@peculiar/asn1-x509';
import { decodeCertificateInput, type InputProblem } from './decode-input';
import { decodeOidValue, readSid, readTemplateInfo, readTemplateName, readTlv, toHex } from './der';
import { CURVES, EXTENSION_NAMES, NAME_ATTRIBUTES, OID, SIGNATURE_ALGORITHMS } from './oids';
import type { CertificateFacts, PublicKeyFacts, SubjectAltNames } from './types';

export interface ParsedInput {
  readonly certificates: readonly CertificateFacts[];
  readonly problems: readonly InputProblem[];
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** RFC 4514 order (most specific first), with the short names certutil uses. */
function formatName(name: Name): string {
  return [...name]
    .reverse()
    .map((rdn) =>
      [...rdn].map((attribute) => `${NAME_ATTRIBUTES[attribute.type] ?? attribute.type}=${attribute.value.toString()}`).join(' + '),
    )
    .join(', ');
}

function readUpn(value: ArrayBuffer): string | undefined {
  // otherName value: [0] EXPLICIT UTF8String
  const outer = readTlv(new Uint8Array(value));
  const inner = outer?.tag === 0xa0 ? readTlv(outer.value) : outer;
  if (inner?.tag !== 0x0c) return undefined;
  return new TextDecoder().decode(inner.value);
}

function collectNames(names: readonly GeneralName[]): SubjectAltNames {
  const san = {
    dns: [] as string[],
    upn: [] as string[],
    email: [] as string[],
    ip: [] as string[],
    uri: [] as string[],
    other: [] as string[],
  };
  for (const name of names) {
    if (name.dNSName !== undefined) san.dns.push(name.dNSName);
    else if (name.rfc822Name !== undefined) san.email.push(name.rfc822Name);
    else if (name.iPAddress !== undefined) san.ip.push(name.iPAddress);
    else if (name.uniformResourceIdentifier !== undefined) san.uri.push(name.uniformResourceIdentifier);
    else if (name.otherName?.typeId === OID.upn) san.upn.push(readUpn(name.otherName.value) ?? '(unreadable UPN)');
    else if (name.otherName !== undefined) san.other.push(`otherName ${name.otherName.typeId}`);
    else if (name.directoryName !== undefined) san.other.push(`Directory name: ${formatName(name.directoryName)}`);
    else san.other.push('Other name form');
  }
  return san;
}

function uris(names: readonly GeneralName[] | undefined): string[] {
  return (names ?? []).flatMap((name) => (name.uniformResourceIdentifier === undefined ? [] : [name.uniformResourceIdentifier]));
}

function readPublicKey(certificate: Certificate): PublicKeyFacts {
  const info = certificate.tbsCertificate.subjectPublicKeyInfo;
  const oid = info.algorithm.algorithm;
  if (oid === OID.rsa) {
    const modulus = new Uint8Array(AsnConvert.parse(info.subjectPublicKey, RSAPublicKey).modulus);
    const leadingZeros = modulus[0] === 0 ? 1 : 0;
    const top = modulus[leadingZeros] ?? 0;
    const bits = (modulus.length - leadingZeros - 1) * 8 + (top === 0 ? 0 : Math.floor(Math.log2(top)) + 1);
    return { algorithm: 'RSA', bits, curve: undefined, oid };
  }
  if (oid === OID.ecPublicKey) {
    const parameters = info.algorithm.parameters;
    const tlv = parameters ? readTlv(new Uint8Array(parameters)) : undefined;
    const curveOid = tlv?.tag === 0x06 ? decodeOidValue(tlv.value) : undefined;
    const curve = curveOid === undefined ? undefined : CURVES[curveOid];
    return { algorithm: 'ECC', bits: curve?.bits, curve: curve?.name ?? curveOid, oid };
  }
  return { algorithm: 'other', bits: undefined, curve: undefined, oid };
}

function extensionValue<T>(extensions: readonly Extension[], oid: string, type: new () => T): T | undefined {
  const extension = extensions.find((candidate) => candidate.extnID === oid);
  return extension === undefined ? undefined : AsnConvert.parse(extension.extnValue, type);
}

function rawExtension(extensions: readonly Extension[], oid: string): Uint8Array | undefined {
  const extension = extensions.find((candidate) => candidate.extnID === oid);
  return extension === undefined ? undefined : new Uint8Array(extension.extnValue.buffer);
}

function toFacts(der: Uint8Array, position: number): CertificateFacts {
  const certificate = AsnConvert.parse(der, Certificate);
  const tbs = certificate.tbsCertificate;
  const extensions: Extension[] = tbs.extensions === undefined ? [] : Array.from(tbs.extensions);
  const subjectKey = toHex(new Uint8Array(AsnConvert.serialize(tbs.subject)));
  const issuerKey = toHex(new Uint8Array(AsnConvert.serialize(tbs.issuer)));
  const signatureOid = certificate.signatureAlgorithm.algorithm;
  const signature = SIGNATURE_ALGORITHMS[signatureOid] ?? { name: signatureOid, hash: 'unknown' };
  const ekus = extensionValue(extensions, '2.5.29.37', ExtendedKeyUsage);
  const keyUsage = extensionValue(extensions, '2.5.29.15', KeyUsage);
  const constraints = extensionValue(extensions, '2.5.29.19', BasicConstraints);
  const san = extensionValue(extensions, '2.5.29.17', SubjectAlternativeName);
  const crl = extensionValue(extensions, '2.5.29.31', CRLDistributionPoints);
  const aia = extensionValue(extensions, '1.3.6.1.5.5.7.1.1', AuthorityInfoAccessSyntax);
  const sidBytes = rawExtension(extensions, OID.sidExtension);
  const templateBytes = rawExtension(extensions, OID.templateV2);
  const templateNameBytes = rawExtension(extensions, OID.templateName);
  return {
    position,
    subject: formatName(tbs.subject),
    issuer: formatName(tbs.issuer),
    subjectKey,
    issuerKey,
    serialNumber: toHex(new Uint8Array(tbs.serialNumber)),
    notBefore: tbs.validity.notBefore.getTime().getTime(),
    notAfter: tbs.validity.notAfter.getTime().getTime(),
    signature: { oid: signatureOid, ...signature },
    publicKey: readPublicKey(certificate),
    ekus: ekus === undefined ? undefined : [...ekus],
    keyUsage: keyUsage === undefined ? undefined : keyUsage.toJSON(),
    basicConstraints: constraints === undefined ? undefined : { isCa: constraints.cA, pathLength: constraints.pathLenConstraint },
    san: san === undefined ? undefined : collectNames([...san]),
    crlUrls: crl === undefined ? undefined : [...crl].flatMap((point) => uris(point.distributionPoint?.fullName)),
    aia:
      aia === undefined
        ? undefined
        : {
            caIssuers: uris([...aia].filter((entry) => entry.accessMethod === '1.3.6.1.5.5.7.48.2').map((entry) => entry.accessLocation)),
            ocsp: uris([...aia].filter((entry) => entry.accessMethod === '1.3.6.1.5.5.7.48.1').map((entry) => entry.accessLocation)),
          },
    sid: sidBytes === undefined ? undefined : readSid(sidBytes),
    hasSidExtension: sidBytes !== undefined,
    template: templateBytes === undefined ? undefined : readTemplateInfo(templateBytes),
    templateName: templateNameBytes === undefined ? undefined : readTemplateName(templateNameBytes),
    extensions: extensions.map((extension) => ({
      oid: extension.extnID,
      name: EXTENSION_NAMES[extension.extnID] ?? extension.extnID,
      critical: extension.critical,
    })),
    isSelfIssued: subjectKey === issuerKey,
    sha1: toHex(sha1(der)),
    sha256: toHex(sha256(der)),
  };
}

/** Reads every certificate in the input; blocks that are not certificates become problems. */
export function parseCertificates(input: string | Uint8Array): ParsedInput {
  const decoded = decodeCertificateInput(input);
  const problems: InputProblem[] = [...decoded.problems];
  const certificates: CertificateFacts[] = [];
  decoded.blocks.forEach((block, index) => {
    const position = index + 1;
    try {
      certificates.push(toFacts(block, position));
    } catch (error) {
      const where = decoded.blocks.length > 1 ? `Block ${position}` : 'The input';
      problems.push({
        block: position,
        message: `${where} decodes to ${block.length} bytes that are not an X.509 certificate (${describe(error)}).`,
      });
    }
  });
  return { certificates, problems };
}
