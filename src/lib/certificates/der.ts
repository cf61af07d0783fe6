/**
 * The few DER reads the schema library has no class for: the template and SID
 * extensions Microsoft defines, and a curve OID. Each returns undefined on bad input.
 */

export interface Tlv {
  readonly tag: number;
  /** Value bytes. */
  readonly value: Uint8Array;
  /** Offset just past this element. */
  readonly end: number;
}

/** Reads one tag-length-value element at `offset` (single-byte tags, definite lengths). */
export function readTlv(bytes: Uint8Array, offset = 0): Tlv | undefined {
  const tag = bytes[offset];
  const first = bytes[offset + 1];
  if (tag === undefined || first === undefined) return undefined;
  let length = first;
  let start = offset + 2;
  if (first & 0x80) {
    const count = first & 0x7f;
    if (count === 0 || count > 4) return undefined;
    length = 0;
    for (let index = 0; index < count; index += 1) {
      const byte = bytes[start + index];
      if (byte === undefined) return undefined;
      length = length * 256 + byte;
    }
    start += count;
  }
  const end = start + length;
  if (end > bytes.length) return undefined;
  return { tag, value: bytes.subarray(start, end), end };
}

/** Dotted form of an OBJECT IDENTIFIER's value bytes. */
export function decodeOidValue(value: Uint8Array): string | undefined {
  if (value.length === 0) return undefined;
  const arcs: number[] = [];
  let arc = 0;
  for (const byte of value) {
    arc = arc * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) {
      arcs.push(arc);
      arc = 0;
    }
  }
  const [first] = arcs;
  if (first === undefined) return undefined;
  const head = first < 80 ? [Math.floor(first / 40), first % 40] : [2, first - 80];
  return [...head, ...arcs.slice(1)].join('.');
}

function readInteger(bytes: Uint8Array, offset: number): { value: number; end: number } | undefined {
  const tlv = readTlv(bytes, offset);
  if (tlv?.tag !== 0x02 || tlv.value.length > 6) return undefined;
  return { value: tlv.value.reduce((sum, byte) => sum * 256 + byte, 0), end: tlv.end };
}

export interface TemplateInfo {
  readonly oid: string;
  readonly major: number | undefined;
  readonly minor: number | undefined;
}

/** szOID_CERTIFICATE_TEMPLATE (1.3.6.1.4.1.311.21.7): SEQUENCE { OID, INTEGER major, INTEGER minor OPTIONAL }. */
export function readTemplateInfo(extnValue: Uint8Array): TemplateInfo | undefined {
  const sequence = readTlv(extnValue);
  if (sequence?.tag !== 0x30) return undefined;
  const oid = readTlv(sequence.value);
  if (oid?.tag !== 0x06) return undefined;
  const dotted = decodeOidValue(oid.value);
  if (dotted === undefined) return undefined;
  const major = readInteger(sequence.value, oid.end);
  const minor = major === undefined ? undefined : readInteger(sequence.value, major.end);
  return { oid: dotted, major: major?.value, minor: minor?.value };
}

/** szOID_ENROLL_CERTTYPE (1.3.6.1.4.1.311.20.2): a BMPString with the template name. */
export function readTemplateName(extnValue: Uint8Array): string | undefined {
  const tlv = readTlv(extnValue);
  if (tlv?.tag !== 0x1e || tlv.value.length % 2 !== 0) return undefined;
  let name = '';
  for (let index = 0; index < tlv.value.length; index += 2) {
    name += String.fromCharCode(((tlv.value[index] ?? 0) << 8) | (tlv.value[index + 1] ?? 0));
  }
  return name;
}

/** The SID in szOID_NTDS_CA_SECURITY_EXT (1.3.6.1.4.1.311.25.2), read as the S-1-… text it carries. */
export function readSid(extnValue: Uint8Array): string | undefined {
  const text = String.fromCharCode(...extnValue);
  return /S-1-\d+(?:-\d+)+/.exec(text)?.[0];
}

export function toHex(bytes: Uint8Array, separator = ''): string {
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join(separator);
}
