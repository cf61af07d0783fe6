/**
 * Finds the ProfileXML in whatever was pasted: the XML itself, the value of an
 * Intune custom OMA-URI setting (plain, XML-escaped, JSON-escaped or base64),
 * a SyncML fragment, or a PowerShell WMI-bridge script that embeds the XML in
 * a here-string or escapes it with &lt; &gt; &quot;. Never throws.
 */

export type ExtractionSource = 'xml' | 'escaped-xml' | 'powershell' | 'json-string' | 'base64' | 'none';

export interface Extraction {
  readonly source: ExtractionSource;
  /** The profile XML to parse. */
  readonly xml: string;
  /** What was found and where, in a sentence. */
  readonly description: string;
  /** Lines to add to a line number in `xml` to get the line in the pasted text (undefined when lines do not map). */
  readonly lineOffset: number | undefined;
  /** Profile name found next to the XML (PowerShell variable or OMA-URI), if any. */
  readonly profileName: string | undefined;
}

const OPEN_TAG = /<\s*VPNProfile\b/i;
const CLOSE_TAG = /<\/\s*VPNProfile\s*>/gi;
const ESCAPED_OPEN = /&lt;\s*VPNProfile\b/i;
const ESCAPED_CLOSE = /&lt;\/\s*VPNProfile\s*&gt;/gi;

export function decodeXmlEntities(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#\d{1,7}|#x[0-9a-f]{1,6});/gi, (whole, entity: string) => {
    const name = entity.toLowerCase();
    if (name === 'lt') return '<';
    if (name === 'gt') return '>';
    if (name === 'quot') return '"';
    if (name === 'apos') return "'";
    if (name === 'amp') return '&';
    const code = name.startsWith('#x') ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    if (!Number.isFinite(code) || code > 0x10ffff || code === 0) return whole;
    try {
      return String.fromCodePoint(code);
    } catch {
      return whole;
    }
  });
}

function countLines(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) === 10) count += 1;
  return count;
}

function lastMatchEnd(text: string, pattern: RegExp, from: number): number | undefined {
  pattern.lastIndex = 0;
  let end: number | undefined;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match.index >= from) end = match.index + match[0].length;
    if (match[0].length === 0) pattern.lastIndex += 1;
  }
  return end;
}

function findProfileName(text: string): string | undefined {
  const variable = /\$ProfileName\s*=\s*['"]([^'"\r\n]{1,100})['"]/i.exec(text);
  if (variable?.[1]) return variable[1].trim();
  const parameter = /-ProfileName\s+['"]([^'"\r\n]{1,100})['"]/i.exec(text);
  if (parameter?.[1]) return parameter[1].trim();
  const omaUri = /\.\/(?:user|device|vendor)\/(?:vendor\/)?MSFT\/VPNv2\/([^/\s"'<>]{1,200})\/ProfileXML/i.exec(text);
  if (omaUri?.[1]) {
    try {
      return decodeURIComponent(omaUri[1]);
    } catch {
      return omaUri[1];
    }
  }
  return undefined;
}

/**
 * Removes every `open … close` span, in one pass with indexOf (a lazy regular
 * expression re-scans to the end of the text for each unclosed opener).
 */
function removeSpans(text: string, open: string, close: string, caseInsensitive = false): string {
  const haystack = caseInsensitive ? text.toLowerCase() : text;
  let kept = '';
  let from = 0;
  for (;;) {
    const start = haystack.indexOf(open, from);
    if (start < 0) break;
    const end = haystack.indexOf(close, start + open.length);
    if (end < 0) break;
    kept += text.slice(from, start);
    from = end + close.length;
  }
  return kept + text.slice(from);
}

function removeComments(text: string): string {
  return removeSpans(text, '<!--', '-->');
}

function isOnlyProlog(text: string): boolean {
  const stripped = removeComments(removeSpans(text, '<?xml', '?>', true)).replace(/^\uFEFF/, '');
  return stripped.trim() === '';
}

function looksLikePowerShell(text: string): boolean {
  return /@['"]\s*\r?\n|\$[A-Za-z_]\w*\s*=|New-CimSession|MDM_VPNv2|CimInstance|-replace\s/i.test(text);
}

function extractPlain(text: string, profileName: string | undefined): Extraction | undefined {
  const open = OPEN_TAG.exec(text);
  if (!open) return undefined;
  const start = open.index;
  const end = lastMatchEnd(text, CLOSE_TAG, start);
  const isPowerShell = looksLikePowerShell(text.slice(0, start)) || looksLikePowerShell(text.slice(end ?? text.length));
  if (!isPowerShell && isOnlyProlog(text.slice(0, start)) && (end === undefined || removeComments(text.slice(end)).trim() === '')) {
    return { source: 'xml', xml: text, description: 'Read the pasted text as ProfileXML.', lineOffset: 0, profileName };
  }
  const slice = text.slice(start, end ?? text.length);
  const lineOffset = countLines(text.slice(0, start));
  const startLine = lineOffset + 1;
  // Keep the first line's columns right by padding with spaces up to the tag.
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const padding = ' '.repeat(start - lineStart);
  return {
    source: isPowerShell ? 'powershell' : 'xml',
    xml: padding + slice,
    description: isPowerShell
      ? `Found the ProfileXML inside the PowerShell script, starting on line ${startLine}.`
      : `Found the <VPNProfile> element starting on line ${startLine}; the text around it was ignored.`,
    lineOffset,
    profileName,
  };
}

function extractEscaped(text: string, profileName: string | undefined): Extraction | undefined {
  const open = ESCAPED_OPEN.exec(text);
  if (!open) return undefined;
  const start = open.index;
  const end = lastMatchEnd(text, ESCAPED_CLOSE, start);
  const slice = text.slice(start, end ?? text.length);
  const lineOffset = countLines(text.slice(0, start));
  return {
    source: 'escaped-xml',
    xml: decodeXmlEntities(slice),
    description: `Found XML-escaped ProfileXML (&lt;VPNProfile&gt;) starting on line ${lineOffset + 1} and decoded it; columns refer to the decoded text.`,
    lineOffset,
    profileName,
  };
}

/**
 * Bodies of double-quoted strings (no line breaks, backslash escapes allowed)
 * of at least `minLength` characters, in one pass. A regular expression with a
 * repeated alternation overflows the stack on a string of a few megabytes.
 */
export function findQuotedStrings(text: string, minLength: number): string[] {
  const bodies: string[] = [];
  let start = -1;
  /** Characters and escape pairs (each counts once, like one repetition of the regular expression it replaces). */
  let units = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (start < 0) {
      if (code === 0x22) {
        start = i + 1;
        units = 0;
      }
      continue;
    }
    if (code === 0x5c) {
      const next = text.charCodeAt(i + 1);
      if (next === 0x0a || next === 0x0d || Number.isNaN(next)) {
        start = -1;
      } else {
        i += 1;
        units += 1;
      }
    } else if (code === 0x0a || code === 0x0d) {
      start = -1;
    } else if (code === 0x22) {
      const isLongEnough = units >= minLength;
      if (isLongEnough) bodies.push(text.slice(start, i));
      // As with a global regular expression, the closing quote can open the next match only if this one was too short to count.
      start = isLongEnough ? -1 : i + 1;
      units = 0;
    } else {
      units += 1;
    }
  }
  return bodies;
}

function isBase64Char(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x2b || code === 0x2f
  );
}

/** Runs of Base64 alphabet of at least `minLength` characters plus up to two '=', at most `limit` of them, in one pass. */
export function findBase64Runs(text: string, minLength: number, limit: number): string[] {
  const runs: string[] = [];
  let i = 0;
  while (i < text.length && runs.length < limit) {
    if (!isBase64Char(text.charCodeAt(i))) {
      i += 1;
      continue;
    }
    const start = i;
    while (i < text.length && isBase64Char(text.charCodeAt(i))) i += 1;
    if (i - start < minLength) continue;
    let end = i;
    while (end < text.length && end - i < 2 && text.charCodeAt(end) === 0x3d) end += 1;
    runs.push(text.slice(start, end));
    i = end;
  }
  return runs;
}

function extractJsonString(text: string, depth: number, profileName: string | undefined): Extraction | undefined {
  for (const body of findQuotedStrings(text, 10)) {
    if (!/VPNProfile|u003cVPNProfile/i.test(body)) continue;
    let decoded: unknown;
    try {
      decoded = JSON.parse(`"${body}"`);
    } catch {
      continue;
    }
    if (typeof decoded !== 'string') continue;
    const inner = extractProfileXml(decoded, depth + 1);
    if (inner.source !== 'none') {
      return {
        ...inner,
        source: 'json-string',
        description: `Found ProfileXML in a JSON string value and decoded it. ${inner.description}`,
        lineOffset: undefined,
        profileName: inner.profileName ?? profileName,
      };
    }
  }
  return undefined;
}

function decodeBase64(run: string): string | undefined {
  try {
    const binary = globalThis.atob(run);
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    const hasUtf16Bom = bytes[0] === 0xff && bytes[1] === 0xfe;
    const looksUtf16 = hasUtf16Bom || (bytes.length > 3 && bytes[1] === 0 && bytes[3] === 0);
    return new TextDecoder(looksUtf16 ? 'utf-16le' : 'utf-8').decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}

function extractBase64(text: string, depth: number, profileName: string | undefined): Extraction | undefined {
  const runs = findBase64Runs(text.replace(/\\[rn]/g, ''), 40, 20);
  for (const run of runs) {
    if (run.length % 4 !== 0) continue;
    const decoded = decodeBase64(run);
    if (!decoded || !/VPNProfile/i.test(decoded)) continue;
    const inner = extractProfileXml(decoded, depth + 1);
    if (inner.source !== 'none') {
      return {
        ...inner,
        source: 'base64',
        description: `Found base64-encoded ProfileXML and decoded it. ${inner.description}`,
        lineOffset: undefined,
        profileName: inner.profileName ?? profileName,
      };
    }
  }
  return undefined;
}

/** Finds the profile XML in pasted text. */
export function extractProfileXml(input: string, depth = 0): Extraction {
  const text = input.replace(/^\uFEFF/, '');
  const profileName = findProfileName(text);
  if (text.trim() === '') {
    return { source: 'none', xml: '', description: 'Nothing pasted yet.', lineOffset: undefined, profileName };
  }
  if (depth > 3) {
    return { source: 'none', xml: '', description: 'The profile is encoded too many times over.', lineOffset: undefined, profileName };
  }
  if (/^\s*[{["]/.test(text)) {
    const json = extractJsonString(text, depth, profileName);
    if (json) return json;
  }
  const plain = extractPlain(text, profileName);
  if (plain) return plain;
  const escaped = extractEscaped(text, profileName);
  if (escaped) return escaped;
  const json = extractJsonString(text, depth, profileName);
  if (json) return json;
  const base64 = extractBase64(text, depth, profileName);
  if (base64) return base64;
  if (text.includes('<')) {
    return {
      source: 'xml',
      xml: text,
      description: 'No <VPNProfile> element found; read the pasted text as XML.',
      lineOffset: 0,
      profileName,
    };
  }
  return {
    source: 'none',
    xml: '',
    description:
      'No ProfileXML found. Expected XML starting with <VPNProfile>, an Intune custom OMA-URI value, or a PowerShell script that contains the profile.',
    lineOffset: undefined,
    profileName,
  };
}
