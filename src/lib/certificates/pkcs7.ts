/**
 * Certificates inside a PKCS #7 / CMS SignedData (.p7b, "PKCS7" PEM blocks):
 * RFC 5652 ContentInfo { contentType signedData, [0] EXPLICIT SignedData {
 * version, digestAlgorithms, encapContentInfo, certificates [0] IMPLICIT ... } }.
 * Only definite-length DER is read; each certificate comes back as its own DER.
 */
import { decodeOidValue, readTlv } from './der';

const SIGNED_DATA_OID = '1.2.840.113549.1.7.2';
const SEQUENCE = 0x30;
const OID_TAG = 0x06;
const CONTEXT_0 = 0xa0;

export type Pkcs7Result =
  | { readonly kind: 'not-pkcs7' }
  | { readonly kind: 'certificates'; readonly blocks: readonly Uint8Array[] }
  | { readonly kind: 'unreadable'; readonly message: string };

/** The children of a constructed value, each as its full TLV bytes; undefined when one cannot be read. */
function children(value: Uint8Array): Uint8Array[] | undefined {
  const found: Uint8Array[] = [];
  let offset = 0;
  while (offset < value.length) {
    const element = readTlv(value, offset);
    if (element === undefined) return undefined;
    found.push(value.subarray(offset, element.end));
    offset = element.end;
  }
  return found;
}

/** Whether the bytes start a ContentInfo of type signedData, and if so the certificates it holds. */
export function readPkcs7Certificates(bytes: Uint8Array): Pkcs7Result {
  const contentInfo = readTlv(bytes);
  if (contentInfo?.tag !== SEQUENCE) return { kind: 'not-pkcs7' };
  const contentType = readTlv(contentInfo.value);
  if (contentType?.tag !== OID_TAG || decodeOidValue(contentType.value) !== SIGNED_DATA_OID) return { kind: 'not-pkcs7' };
  const explicit = readTlv(contentInfo.value, contentType.end);
  const signedData = explicit?.tag === CONTEXT_0 ? readTlv(explicit.value) : undefined;
  const fields = signedData?.tag === SEQUENCE ? children(signedData.value) : undefined;
  if (fields === undefined)
    return {
      kind: 'unreadable',
      message: 'The PKCS #7 file could not be read (it may use indefinite lengths); export it as DER or PEM certificates instead.',
    };
  // version, digestAlgorithms, encapContentInfo, then the optional [0] certificates.
  const certificates = fields[3] === undefined ? undefined : readTlv(fields[3]);
  if (certificates?.tag !== CONTEXT_0) return { kind: 'unreadable', message: 'The PKCS #7 file holds no certificates.' };
  const blocks = children(certificates.value);
  if (blocks === undefined) return { kind: 'unreadable', message: 'The certificate list inside the PKCS #7 file could not be read.' };
  return { kind: 'certificates', blocks };
}
