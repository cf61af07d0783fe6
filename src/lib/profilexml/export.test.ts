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

/** Reads the value of `$ProfileXml = …` back out of a generated script, the way PowerShell would. */
function readProfileXmlLiteral(script: string): string {
  const hereString = /\$ProfileXml = @'\n([\s\S]*?)\n'@/.exec(script);
  if (hereString?.[1] !== undefined) return hereString[1];
  const literal = /\$ProfileXml = '((?:[^']|'')*)'/.exec(script);
  if (literal?.[1] !== undefined) return literal[1].replace(/''/g, "'");
  throw new Error('no $ProfileXml assignment');
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
  it('uses a here-string for ordinary text', () => {
    expect(toPowerShellLiteral("it's <x>")).toBe("@'\nit's <x>\n'@");
  });

  it("falls back to a quoted literal when a line starts with '@", () => {
    expect(toPowerShellLiteral("a\n'@ b")).toBe("'a\n''@ b'");
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
