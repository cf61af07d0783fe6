import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildIntuneExport,
  buildWmiBridgeScript,
  encodeProfileName,
  escapeForWmiBridge,
  toPowerShellLiteral,
  unescapeWmiBridge,
  validateProfileName,
} from './export';
import { CLEAN_USER_TUNNEL } from './samples';

const SINGLE_QUOTES = new Set(["'", '\u2018', '\u2019', '\u201a', '\u201b']);
/** Line terminators PowerShell's tokenizer accepts (CR, LF; CRLF is the two together). */
const LINE_TERMINATORS = new Set(['\r', '\n']);

/**
 * An independent reader of PowerShell's verbatim string forms, written from
 * the language rules rather than from the encoder: a single-quoted literal
 * ends at a quote character not followed by another, and a doubled quote
 * stands for one; a single-quoted here-string ends at a line terminator
 * followed by a quote character and @. Returns the value and the span of
 * script text the literal occupies.
 */
function readVerbatimLiteral(script: string, start: number): { value: string; end: number } {
  const first = script.charAt(start);
  if (first === '@' && SINGLE_QUOTES.has(script.charAt(start + 1))) {
    let index = start + 2;
    while (index < script.length && !LINE_TERMINATORS.has(script.charAt(index))) index += 1;
    if (script.charAt(index) === '\r' && script.charAt(index + 1) === '\n') index += 1;
    const bodyStart = index + 1;
    for (let cursor = bodyStart; cursor < script.length; cursor += 1) {
      if (!LINE_TERMINATORS.has(script.charAt(cursor))) continue;
      if (SINGLE_QUOTES.has(script.charAt(cursor + 1)) && script.charAt(cursor + 2) === '@') {
        const bodyEnd = cursor > bodyStart && script.charAt(cursor - 1) === '\r' && script.charAt(cursor) === '\n' ? cursor - 1 : cursor;
        return { value: script.slice(bodyStart, bodyEnd), end: cursor + 3 };
      }
    }
    throw new Error('unterminated here-string');
  }
  if (!SINGLE_QUOTES.has(first)) throw new Error(`no verbatim literal at ${start}`);
  let value = '';
  for (let cursor = start + 1; cursor < script.length; cursor += 1) {
    const char = script.charAt(cursor);
    if (SINGLE_QUOTES.has(char)) {
      if (SINGLE_QUOTES.has(script.charAt(cursor + 1))) {
        value += char;
        cursor += 1;
        continue;
      }
      return { value, end: cursor + 1 };
    }
    value += char;
  }
  throw new Error('unterminated single-quoted string');
}

/** Reads the value of `$ProfileXml = …` back out of a generated script, the way PowerShell would. */
function readProfileXmlAssignment(script: string): { value: string; start: number; end: number } {
  const marker = '$ProfileXml = ';
  const at = script.indexOf(marker);
  if (at < 0) throw new Error('no $ProfileXml assignment');
  const start = at + marker.length;
  const { value, end } = readVerbatimLiteral(script, start);
  return { value, start, end };
}

function readProfileXmlLiteral(script: string): string {
  return readProfileXmlAssignment(script).value;
}

describe('encodeProfileName', () => {
  it('encodes spaces as %20 as the CSP and Microsoft\u2019s script do', () => {
    expect(encodeProfileName('Always On VPN')).toBe('Always%20On%20VPN');
  });

  it('encodes other URL-reserved characters', () => {
    expect(encodeProfileName("Contoso's VPN (EU)")).toBe('Contoso%27s%20VPN%20%28EU%29');
  });
});

describe('validateProfileName', () => {
  it('rejects a forward slash', () => {
    expect(validateProfileName('a/b')).toContain('forward slash');
  });

  it('accepts an ordinary name', () => {
    expect(validateProfileName('Always On VPN')).toBeUndefined();
  });
});

describe('buildIntuneExport', () => {
  it('uses the ./User path for a user tunnel', () => {
    expect(buildIntuneExport('<VPNProfile/>', 'Always On VPN', 'user')).toMatchObject({
      omaUri: './User/Vendor/MSFT/VPNv2/Always%20On%20VPN/ProfileXML',
      dataType: 'String (XML file)',
      fileName: 'Always_On_VPN.xml',
    });
  });

  it('uses the ./Device path for a device tunnel', () => {
    expect(buildIntuneExport('<VPNProfile/>', 'Device Tunnel', 'device').omaUri).toBe(
      './Device/Vendor/MSFT/VPNv2/Device%20Tunnel/ProfileXML',
    );
  });
});

describe('escapeForWmiBridge', () => {
  it('escapes & first, then < > and "', () => {
    expect(escapeForWmiBridge('<a b="1">x &amp; y</a>')).toBe('&lt;a b=&quot;1&quot;&gt;x &amp;amp; y&lt;/a&gt;');
  });

  it('round-trips any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(unescapeWmiBridge(escapeForWmiBridge(text))).toBe(text);
      }),
    );
  });
});

describe('toPowerShellLiteral', () => {
  it('doubles every character PowerShell treats as a single quote', () => {
    expect(toPowerShellLiteral("it's \u2019x\u2019")).toBe("'it''s \u2019\u2019x\u2019\u2019'");
  });

  const awkward = fc.constantFrom(
    "'@",
    '"@',
    "@'",
    '\r',
    '\n',
    '\r\n',
    '\u0085',
    '\u2028',
    '\u2029',
    "'",
    '\u2018',
    '\u2019',
    '\u201a',
    '\u201b',
    '$x',
    '`',
    'a',
  );

  it('evaluates back to the input for any text, including line terminators and here-string closers anywhere', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(awkward, fc.string({ maxLength: 5 })), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const literal = toPowerShellLiteral(text);
        const read = readVerbatimLiteral(literal, 0);
        expect(read.value).toBe(text);
        expect(read.end).toBe(literal.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('buildWmiBridgeScript against a crafted profile', () => {
  it('keeps commands planted with bare carriage returns inside the string', () => {
    const planted =
      "<VPNProfile><NativeProfile><Servers>vpn.contoso.com\r'@\rStart-Process calc.exe # injected\r@'\r</Servers></NativeProfile></VPNProfile>";
    const script = buildWmiBridgeScript(planted, { profileName: 'Planted', tunnel: 'device' });
    const { value, start, end } = readProfileXmlAssignment(script);
    expect(unescapeWmiBridge(value)).toBe(planted);
    const outside = script.slice(0, start) + script.slice(end);
    expect(outside).not.toContain('Start-Process');
    expect(script.slice(start, end)).toContain('Start-Process');
  });
});

describe('buildWmiBridgeScript', () => {
  it('creates an MDM_VPNv2_01 instance with the escaped XML', () => {
    const script = buildWmiBridgeScript(CLEAN_USER_TUNNEL, { profileName: 'Always On VPN', tunnel: 'user' });
    expect(script).toContain("$ClassName = 'MDM_VPNv2_01'");
    expect(script).toContain("$NamespaceName = 'root\\cimv2\\mdm\\dmmap'");
    expect(script).toContain("$InstanceId = 'Always%20On%20VPN'");
    expect(script).toContain('PolicyPlatform_UserContext');
    expect(unescapeWmiBridge(readProfileXmlLiteral(script))).toBe(CLEAN_USER_TUNNEL);
  });

  it('creates a device tunnel without user context options', () => {
    const script = buildWmiBridgeScript('<VPNProfile/>', { profileName: 'Device', tunnel: 'device' });
    expect(script).not.toContain('PolicyPlatform_UserContext');
    expect(script).toContain('$Session.CreateInstance($NamespaceName, $Instance)');
  });

  it('embeds any profile so that PowerShell reads back exactly the escaped XML', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ minLength: 1, maxLength: 30 }), (xml, name) => {
        const script = buildWmiBridgeScript(xml, { profileName: name, tunnel: 'device' });
        expect(unescapeWmiBridge(readProfileXmlLiteral(script))).toBe(xml);
      }),
      { numRuns: 300 },
    );
  });
});
