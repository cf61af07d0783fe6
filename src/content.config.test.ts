import { describe, expect, it } from 'vitest';
import { collections } from './content.config';

interface Parseable {
  safeParse(data: unknown): { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } };
}

function schemaOf(name: keyof typeof collections): Parseable {
  const schema = (collections[name] as { schema?: unknown }).schema;
  if (!schema || typeof (schema as Parseable).safeParse !== 'function') throw new Error(`collection ${name} has no zod schema`);
  return schema as Parseable;
}

const validError = {
  kind: 'ras',
  decimal: 809,
  symbol: 'ERROR_VPN_TIMEOUT',
  summary: 'The server did not answer.',
  userSees: 'A dialog saying the server is not responding.',
  meaning: 'No reply reached the client.',
  protocols: ['IKEv2'],
  seenOn: ['client'],
  causes: [
    { title: 'UDP 500 blocked', likelihood: 'common', explanation: 'x', fix: [{ text: 'Open it.' }], verify: [{ text: 'Connect.' }] },
  ],
  appliesTo: ['Windows 11'],
  sources: [{ title: 'raserror.h', url: 'https://github.com/mingw-w64/mingw-w64' }],
  lastVerified: '2026-11-26',
};

function issuePaths(result: ReturnType<Parseable['safeParse']>): string[] {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`);
}

describe('the errors schema', () => {
  it('accepts a complete entry', () => {
    expect(issuePaths(schemaOf('errors').safeParse(validError))).toEqual([]);
  });

  it('rejects an HRESULT that is not eight hex digits, naming the field and the expected form', () => {
    const result = schemaOf('errors').safeParse({ ...validError, kind: 'hresult', decimal: undefined, hresult: '0x8009201' });
    expect(result.success).toBe(false);
    expect(issuePaths(result)).toContain('hresult: Write HRESULTs as 0x followed by eight hex digits.');
  });

  it('rejects an entry without sources', () => {
    const result = schemaOf('errors').safeParse({ ...validError, sources: [] });
    expect(issuePaths(result)).toContain('sources: List at least one source the facts were checked against.');
  });

  it('rejects a cause without a fix', () => {
    const result = schemaOf('errors').safeParse({ ...validError, causes: [{ ...validError.causes[0], fix: [] }] });
    expect(issuePaths(result).some((line) => line.startsWith('causes.0.fix'))).toBe(true);
  });
});

describe('the guide schema', () => {
  const validSection = {
    title: 'DNS',
    description: 'Names.',
    sources: [{ title: 'Doc', url: 'https://learn.microsoft.com/' }],
    lastVerified: '2026-11-26',
    appliesTo: ['Windows Server 2022'],
  };

  it('accepts a section and defaults draft to false', () => {
    const result = schemaOf('guide').safeParse(validSection);
    expect(result.success).toBe(true);
  });

  it('rejects a source whose address is not a URL', () => {
    const result = schemaOf('guide').safeParse({ ...validSection, sources: [{ title: 'Doc', url: 'learn.microsoft.com' }] });
    expect(issuePaths(result).some((line) => line.startsWith('sources.0.url'))).toBe(true);
  });
});

describe('the events schema', () => {
  const validEvent = {
    title: 'RasSstp 18: the SSTP certificate hash is invalid',
    source: 'RasSstp',
    eventId: 18,
    log: 'System',
    provider: 'Microsoft-Windows-RasSstp',
    seenOn: ['rras'],
    description: 'The hash is missing.',
    meaning: 'SSTP stops accepting connections.',
    appliesTo: ['Windows Server 2022'],
    sources: [{ title: 'Event ID 18', url: 'https://technet.microsoft.com/' }],
    lastVerified: '2026-12-02',
  };

  it.each(['RasClient', 'RasSstp', 'RemoteAccess', 'NPS', 'IPsec', 'CAPI2', 'KDC', 'SCM'])(
    'accepts an event from the %s source',
    (source) => {
      expect(issuePaths(schemaOf('events').safeParse({ ...validEvent, source }))).toEqual([]);
    },
  );

  it('rejects a source it does not document, naming the field', () => {
    const result = schemaOf('events').safeParse({ ...validEvent, source: 'Schannel' });
    expect(issuePaths(result).some((line) => line.startsWith('source'))).toBe(true);
  });
});
