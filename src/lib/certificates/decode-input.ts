/**
 * Turns what the reader pastes or drops into DER blocks: PEM (one block or a
 * chain), bare Base64, or the bytes of a .cer/.crt/.der file; a PKCS #7 bundle
 * (.p7b) in any of these forms yields the certificates it holds. Never throws;
 * every block it cannot read becomes a problem that says why.
 */

export interface InputProblem {
  /** 1-based block number, when the problem belongs to one block. */
  readonly block: number | undefined;
  readonly message: string;
}

export interface DecodedInput {
  readonly blocks: readonly Uint8Array[];
  readonly problems: readonly InputProblem[];
}

import { readPkcs7Certificates } from './pkcs7';

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;
const CERTIFICATE_LABELS = new Set(['CERTIFICATE', 'X509 CERTIFICATE', 'TRUSTED CERTIFICATE']);
const PKCS7_LABELS = new Set(['PKCS7', 'CMS']);
const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes Base64 (whitespace ignored); returns a message naming the first bad character instead of throwing. */
export function decodeBase64(text: string): Uint8Array | string {
  const compact = text.replace(/\s+/g, '');
  const body = compact.replace(/={1,2}$/, '');
  const bad = body.search(/[^A-Za-z0-9+/]/);
  if (bad >= 0) return `"${body.charAt(bad)}" at position ${bad + 1} is not a Base64 character.`;
  if (body.length % 4 === 1) return 'The Base64 text is cut short (its length is not possible for Base64).';
  const bytes = new Uint8Array(Math.floor((body.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const character of body) {
    buffer = (buffer << 6) | BASE64_ALPHABET.indexOf(character);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[index] = (buffer >> bits) & 0xff;
      index += 1;
    }
  }
  return bytes;
}

/** Adds the certificates of a PKCS #7 bundle, or the bytes as they are when they are not one. */
function addDer(bytes: Uint8Array, block: number | undefined, blocks: Uint8Array[], problems: InputProblem[]): void {
  const pkcs7 = readPkcs7Certificates(bytes);
  if (pkcs7.kind === 'not-pkcs7') blocks.push(bytes);
  else if (pkcs7.kind === 'certificates') blocks.push(...pkcs7.blocks);
  else problems.push({ block, message: pkcs7.message });
}

function addPkcs7(bytes: Uint8Array, block: number, blocks: Uint8Array[], problems: InputProblem[]): void {
  const pkcs7 = readPkcs7Certificates(bytes);
  if (pkcs7.kind === 'certificates') blocks.push(...pkcs7.blocks);
  else
    problems.push({
      block,
      message: pkcs7.kind === 'unreadable' ? pkcs7.message : `Block ${block} is labelled PKCS7 but holds no PKCS #7 signed data.`,
    });
}

function decodeText(text: string): DecodedInput {
  const blocks: Uint8Array[] = [];
  const problems: InputProblem[] = [];
  const matches = [...text.matchAll(PEM_BLOCK)];
  if (matches.length === 0) {
    if (/-----BEGIN /.test(text)) {
      return {
        blocks,
        problems: [{ block: undefined, message: 'A -----BEGIN line has no matching -----END line; paste the whole block.' }],
      };
    }
    if (text.trim() === '') return { blocks, problems };
    const bytes = decodeBase64(text);
    if (typeof bytes === 'string') {
      return { blocks, problems: [{ block: undefined, message: `This is neither PEM nor Base64: ${bytes}` }] };
    }
    addDer(bytes, undefined, blocks, problems);
    return { blocks, problems };
  }
  matches.forEach((match, index) => {
    const label = match[1] ?? '';
    if (PKCS7_LABELS.has(label)) {
      const bytes = decodeBase64(match[2] ?? '');
      if (typeof bytes === 'string') problems.push({ block: index + 1, message: `Block ${index + 1} is not valid Base64: ${bytes}` });
      else addPkcs7(bytes, index + 1, blocks, problems);
      return;
    }
    if (!CERTIFICATE_LABELS.has(label)) {
      problems.push({ block: index + 1, message: `Block ${index + 1} is a ${label}, not a certificate; it was skipped.` });
      return;
    }
    const bytes = decodeBase64(match[2] ?? '');
    if (typeof bytes === 'string') problems.push({ block: index + 1, message: `Block ${index + 1} is not valid Base64: ${bytes}` });
    else blocks.push(bytes);
  });
  return { blocks, problems };
}

/** Pasted text, or a file's bytes (DER, or PEM/Base64 text saved to a file). */
export function decodeCertificateInput(input: string | Uint8Array): DecodedInput {
  if (typeof input === 'string') return decodeText(input);
  if (input.length === 0) return { blocks: [], problems: [{ block: undefined, message: 'The file is empty.' }] };
  // A DER certificate or PKCS #7 bundle starts with a SEQUENCE tag; anything else is read as text.
  if (input[0] === 0x30) {
    const blocks: Uint8Array[] = [];
    const problems: InputProblem[] = [];
    addDer(input, undefined, blocks, problems);
    return { blocks, problems };
  }
  return decodeText(new TextDecoder('utf-8', { fatal: false }).decode(input));
}
