import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeXmlEntities, extractProfileXml } from './extract';

const PROFILE = '<VPNProfile>\n  <AlwaysOn>true</AlwaysOn>\n</VPNProfile>';

describe('extractProfileXml', () => {
  it('reads plain ProfileXML, keeping comments before it', () => {
    const text = `<!-- header -->\n${PROFILE}`;
    expect(extractProfileXml(text)).toMatchObject({ source: 'xml', xml: text, lineOffset: 0 });
  });

  it('finds the profile in a PowerShell here-string and keeps line numbers', () => {
    const script = `$ProfileName = 'Contoso VPN'\n$ProfileXML = @'\n${PROFILE}\n'@\n$ProfileXML = $ProfileXML -replace '<', '&lt;'`;
    const result = extractProfileXml(script);
    expect(result.source).toBe('powershell');
    expect(result.lineOffset).toBe(2);
    expect(result.xml).toBe(PROFILE);
    expect(result.profileName).toBe('Contoso VPN');
  });

  it('decodes XML-escaped profiles from WMI-bridge scripts', () => {
    const escaped = PROFILE.replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const result = extractProfileXml(`$ProfileXML = "${escaped}"`);
    expect(result).toMatchObject({ source: 'escaped-xml', xml: PROFILE });
  });

  it('decodes a JSON string value (Graph export)', () => {
    const json = JSON.stringify({ omaUri: './User/Vendor/MSFT/VPNv2/Always%20On%20VPN/ProfileXML', value: PROFILE });
    const result = extractProfileXml(json);
    expect(result).toMatchObject({ source: 'json-string', xml: PROFILE, profileName: 'Always On VPN' });
  });

  it('decodes JSON with \\u003c escapes', () => {
    const json = `{"value":"${PROFILE.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/\n/g, '\\n')}"}`;
    expect(extractProfileXml(json).xml).toBe(PROFILE);
  });

  it('decodes base64', () => {
    const base64 = Buffer.from(PROFILE, 'utf8').toString('base64');
    expect(extractProfileXml(`{"valueBase64": "${base64}"}`)).toMatchObject({ source: 'base64', xml: PROFILE });
  });

  it('says nothing was found in plain text', () => {
    expect(extractProfileXml('hello').source).toBe('none');
  });

  it('never throws on any input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.constantFrom('&lt;VPNProfile&gt;', '"\\u003cVPNProfile', '<VPNProfile', 'PFZQTlByb2ZpbGU+'),
        ),
        (text) => {
          const result = extractProfileXml(text);
          expect(typeof result.description).toBe('string');
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('decodeXmlEntities', () => {
  it('decodes named and numeric entities', () => {
    expect(decodeXmlEntities('&lt;a b=&quot;&#65;&#x42;&quot;&gt;&amp;amp;')).toBe('<a b="AB">&amp;');
  });
});
