import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findCodeCandidates, MAX_INPUT_LENGTH, MAX_RESULTS, parseErrorInput, type ErrorLookupOutcome } from './parse-error-input';
import { buildErrorIndex, createErrorLookup, type ErrorIndexSource, type EventIndexSource } from './lookup-index';
import { hresultFromWin32, toHex, toHex32, toSigned32 } from './forms';

// Fixtures: real numbers and symbols (raserror.h, winerror.h); summaries are placeholders for the test only.
const ERRORS: ErrorIndexSource[] = [
  { kind: 'win32', value: 64, symbol: 'ERROR_NETNAME_DELETED', summary: 'Network name no longer available.' },
  { kind: 'ras', value: 809, symbol: 'ERROR_VPN_TIMEOUT', summary: 'The VPN server did not answer.' },
  { kind: 'ras', value: 853, symbol: 'ERROR_EAP_USER_CERT_INVALID', summary: 'The client certificate is not valid.' },
  { kind: 'ike', value: 13801, symbol: 'ERROR_IPSEC_IKE_AUTH_FAIL', summary: 'IKE credentials were not accepted.' },
  { kind: 'ike', value: 13868, symbol: 'ERROR_IPSEC_IKE_POLICY_MATCH', summary: 'No IKE proposal matched.' },
  { kind: 'hresult', value: 0x80092013, symbol: 'CRYPT_E_REVOCATION_OFFLINE', summary: 'Revocation server offline.' },
  { kind: 'hresult', value: 0x800b0101, symbol: 'CERT_E_EXPIRED', summary: 'A certificate has expired.' },
  { kind: 'nps', value: 16, summary: 'Authentication failed.' },
  { kind: 'nps', value: 48, summary: 'No network policy matched.' },
];
const EVENTS: EventIndexSource[] = [
  { source: 'RasClient', eventId: 20227, title: 'RasClient 20227', description: 'The connection failed.' },
  { source: 'NPS', eventId: 6273, title: 'NPS 6273', description: 'NPS denied access.' },
  { source: 'CAPI2', eventId: 11, title: 'CAPI2 11', description: 'Chain building failed.' },
];
const lookup = createErrorLookup(buildErrorIndex(ERRORS, EVENTS));

function ids(outcome: ErrorLookupOutcome): string[] {
  return outcome.results.map((result) => result.id);
}

function lookUp(input: string): ErrorLookupOutcome {
  return parseErrorInput(input, lookup);
}

const RASCLIENT_20227 = `Log Name:      Application
Source:        RasClient
Date:          14/03/2025 08:12:09
Event ID:      20227
Level:         Error
Description:
CoId={8A3F1C52-77D0-4B8E-9F21-6C0D2E5B7A14}: The user CONTOSO\\alice dialed a connection named Contoso VPN which has failed. The error code returned on failure is 809.`;

const RASDIAL = `Connecting to Contoso VPN...
Verifying username and password...
Remote Access error 809 - The network connection between your computer and the VPN server could not be established.

For more help on this error:
        Type 'hh netcfg.chm'
        In help, click Troubleshooting, then Error Messages, then 809`;

const NPS_6273 = `Log Name:      Security
Source:        Microsoft-Windows-Security-Auditing
Date:          14/03/2025 08:12:11
Event ID:      6273
Task Category: Network Policy Server
Keywords:      Audit Failure
Description:
Network Policy Server denied access to a user.

User:
	Security ID:			S-1-5-21-3623811015-3361044348-30300820-1013
	Account Name:			CONTOSO\\alice

Client Machine:
	Calling Station Identifier:		203.0.113.25

NAS:
	NAS IPv4 Address:		10.0.2.15
	NAS Port-Type:			Virtual
	NAS Port:			12

Authentication Details:
	Logon ID:			0x3e7
	Authentication Type:		EAP
	Reason Code:			48
	Reason:				The connection request did not match any configured network policy.`;

describe('parseErrorInput: every form of one code', () => {
  it.each([
    ['809', '809'],
    ['0x329', '809'],
    ['0X329', '809'],
    ['0x80070329', '809'],
    ['0x80070329L', '809'],
    ['80070329', '809'],
    ['-2147024087', '809'],
    // 0x80070329 read as an unsigned decimal: 2147483648 + 7 × 65536 + 809.
    ['2147943209', '809'],
    ['ERROR_VPN_TIMEOUT', '809'],
    ['error_vpn_timeout', '809'],
    ['vpn_timeout', '809'],
    ['VPN_TIMEOUT', '809'],
    ['vpn timeout', '809'],
    ['  809  ', '809'],
    // Eight digits starting 80 are an HRESULT in hex, unless a minus sign makes them a negative decimal.
    ['-80999999', '0xfb2c09c1'],
    ['Error 809', '809'],
    ['809 error', '809'],
    ['13868', '13868'],
    ['0x362C', '13868'],
    ['0x8007362c', '13868'],
    ['0x80092013', '0x80092013'],
    ['CRYPT_E_REVOCATION_OFFLINE (0x80092013)', '0x80092013'],
    ['-2146885613', '0x80092013'],
    ['CRYPT_E_REVOCATION_OFFLINE', '0x80092013'],
    ['-2146762495', '0x800b0101'],
    ['0x800B0101', '0x800b0101'],
    ['64', '64'],
    ['0x80070040', '64'],
    ['48', 'nps-48'],
    ['nps-48', 'nps-48'],
    ['NPS 48', 'nps-48'],
    ['Reason Code: 48', 'nps-48'],
    ['reason code 16', 'nps-16'],
  ])('reads %j as code %s', (input, expected) => {
    const outcome = lookUp(input);
    expect(ids(outcome)).toEqual([expected]);
    expect(outcome.status).toBe('found');
  });

  it('gives one result for several spellings of the same code, listing each spelling', () => {
    const outcome = lookUp('809 0x329 0x80070329 -2147024087');
    expect(ids(outcome)).toEqual(['809']);
    expect(outcome.results[0]?.foundAs).toEqual(['809', '0x329', '0x80070329', '-2147024087']);
  });

  it('adds the HRESULT decoding when a code was given as an HRESULT', () => {
    const [result] = lookUp('0x80070329').results;
    expect(result?.type).toBe('known');
    expect(result?.type === 'known' ? result.decoded?.win32Code : undefined).toBe(809);
  });
});

describe('parseErrorInput: pasted text', () => {
  it('finds the code in a RasClient 20227 event and names the event', () => {
    const outcome = lookUp(RASCLIENT_20227);
    expect(ids(outcome)).toEqual(['809']);
    expect(outcome.events.map((event) => event.id)).toEqual(['rasclient-20227']);
  });

  it('finds the code in rasdial output, once', () => {
    expect(ids(lookUp(RASDIAL))).toEqual(['809']);
  });

  it('reads "Reason Code" in an NPS 6273 event as an NPS reason code and ignores SIDs, addresses, ports and logon IDs', () => {
    const outcome = lookUp(NPS_6273);
    expect(ids(outcome)).toEqual(['nps-48']);
    expect(outcome.events.map((event) => event.id)).toEqual(['nps-6273']);
  });

  it('finds the signed HRESULT RasClient prints for certificate failures', () => {
    const text =
      'The user CONTOSO\\bob dialed a connection named Contoso VPN which has failed. The error code returned on failure is -2146885613.';
    expect(ids(lookUp(text))).toEqual(['0x80092013']);
  });

  it('gives one result per code when a paste holds several, in order of appearance', () => {
    const text = `${RASCLIENT_20227}\n\n${NPS_6273}\n\nThe error code returned on failure is -2146762495.\nError 0x8007362C`;
    expect(ids(lookUp(text))).toEqual(['809', 'nps-48', '0x800b0101', '13868']);
  });

  it('reads a short list of codes joined by words', () => {
    expect(ids(lookUp('809, 13868 and 0x80092013'))).toEqual(['809', '13868', '0x80092013']);
  });

  it('finds symbols named in pasted text', () => {
    expect(ids(lookUp('IKEEXT logged ERROR_IPSEC_IKE_POLICY_MATCH during main mode.\nSecond line.'))).toEqual(['13868']);
  });

  it('ignores hex groups inside GUIDs', () => {
    expect(lookUp('CoId={80070329-0000-4000-8000-000000000000} connected.\nNothing failed.').status).toBe('nothing');
  });

  it('ignores numbers in long text that no word marks as an error', () => {
    const text = 'Port 809 was opened by process 13868.\nThe session lasted 64 seconds on 10.0.8.9 at 10:08:09.';
    expect(lookUp(text).status).toBe('nothing');
  });

  it('names events without inventing codes for their IDs', () => {
    const outcome = lookUp('Event ID: 20227\nSource: RasClient\nNothing else.');
    expect(outcome.results).toEqual([]);
    expect(outcome.events.map((event) => event.id)).toEqual(['rasclient-20227']);
    expect(outcome.status).toBe('found');
  });
});

describe('parseErrorInput: codes without a page', () => {
  it('decodes an HRESULT we have no page for', () => {
    const [result] = lookUp('0x80094004').results;
    expect(result?.type).toBe('decoded');
    expect(result?.id).toBe('0x80094004');
    if (result?.type !== 'decoded') return;
    expect(result.decoded.facility.names).toContain('FACILITY_SECURITY');
    expect(result.decoded.code).toBe(0x4004);
    expect(result.decoded.isFailure).toBe(true);
  });

  it('decodes an unknown FACILITY_WIN32 HRESULT to its Win32 code and names the card by it', () => {
    const [result] = lookUp('0x800704D2').results;
    expect(result?.type).toBe('decoded');
    expect(result?.id).toBe('1234');
    expect(result?.type === 'decoded' ? result.decoded.win32Code : undefined).toBe(1234);
  });

  it('describes an unknown decimal code with its other forms', () => {
    const [result] = lookUp('1234').results;
    expect(result?.type).toBe('unknown');
    expect(result?.type === 'unknown' ? result.forms.map((form) => form.value) : []).toContain('0x800704d2');
  });

  it('describes an NPS reason code we have no page for', () => {
    expect(lookUp('Reason Code: 300').results[0]).toMatchObject({ type: 'unknown', id: 'nps-300', family: 'nps' });
  });

  it('shows a bare event ID as the event rather than as an unknown code', () => {
    const outcome = lookUp('20227');
    expect(outcome.results).toEqual([]);
    expect(outcome.events.map((event) => event.id)).toEqual(['rasclient-20227']);
  });
});

describe('parseErrorInput: nothing to find', () => {
  it.each([[''], ['   '], ['\n\t']])('reports empty input %j as empty', (input) => {
    expect(lookUp(input).status).toBe('empty');
  });

  it.each([['hello world'], ['!!!'], ['¯\\_(ツ)_/¯'], ['qwertyuiop asdf']])('explains what it expected for %j', (input) => {
    const outcome = lookUp(input);
    expect(outcome.status).toBe('nothing');
    expect(outcome.results).toEqual([]);
    expect(outcome.message).toContain('No error code found');
    expect(outcome.message).toContain('0x80070329');
  });

  it('says that 0 means success', () => {
    const outcome = lookUp('0');
    expect(outcome.status).toBe('nothing');
    expect(outcome.notes.join(' ')).toContain('success');
  });

  it('says when a number is too large to be a code', () => {
    expect(lookUp('99999999999').notes.join(' ')).toContain('too large');
    expect(lookUp('0x1234567890').notes.join(' ')).toContain('too large');
  });

  it('says when no symbol contains the typed fragment', () => {
    expect(lookUp('ERROR_NO_SUCH_THING').notes.join(' ')).toContain('ERROR_NO_SUCH_THING');
  });

  it('asks for more than two characters of a symbol', () => {
    expect(lookUp('ab').notes.join(' ')).toContain('too short');
  });
});

describe('parseErrorInput: partial symbols', () => {
  it('lists every code whose symbol contains the fragment', () => {
    expect(ids(lookUp('ipsec_ike'))).toEqual(['13801', '13868']);
  });

  it('prefers the exact symbol over partial matches', () => {
    expect(ids(lookUp('ERROR_IPSEC_IKE_AUTH_FAIL'))).toEqual(['13801']);
  });
});

describe('findCodeCandidates', () => {
  it.each([
    ['809', 'list'],
    ['809, 812; 0x80092013', 'list'],
    ['vpn timeout', 'words'],
    ['Remote Access error 809', 'text'],
    ['', 'empty'],
  ])('reads %j in %s mode', (input, mode) => {
    expect(findCodeCandidates(input).mode).toBe(mode);
  });

  it('cuts very long input and says so', () => {
    const scan = findCodeCandidates('x'.repeat(MAX_INPUT_LENGTH + 10));
    expect(scan.isTruncated).toBe(true);
  });
});

describe('parseErrorInput properties', () => {
  const codeLikeText = fc.array(
    fc.oneof(
      fc.constantFrom(
        '809',
        '0x',
        '-',
        '0x80070329',
        'error',
        'code',
        'Reason Code:',
        'Event ID:',
        'ERROR_',
        '_',
        '{',
        '}',
        '\n',
        ' ',
        '.',
        ':',
        'nps-',
      ),
      fc.integer({ min: -(2 ** 33), max: 2 ** 33 }).map(String),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 40 },
  );

  it('returns a result for any string and never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.string({ unit: 'grapheme', maxLength: 100 }),
          codeLikeText.map((parts) => parts.join('')),
        ),
        (input) => {
          const outcome = lookUp(input);
          expect(['empty', 'found', 'nothing']).toContain(outcome.status);
          expect(outcome.message.length).toBeGreaterThan(0);
          expect(outcome.results.length).toBeLessThanOrEqual(MAX_RESULTS);
          expect(new Set(ids(outcome)).size).toBe(outcome.results.length);
          expect(outcome.status === 'found').toBe(outcome.results.length + outcome.events.length > 0);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads every numeric form of a documented Win32-sized code as that code', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 0xffff }), (code) => {
        const codeLookup = createErrorLookup(
          buildErrorIndex([{ kind: 'win32', value: code, symbol: 'ERROR_UNDER_TEST', summary: 'Test.' }], []),
        );
        const hresult = hresultFromWin32(code);
        for (const form of [String(code), toHex(code), toHex32(hresult), String(toSigned32(hresult)), String(hresult)]) {
          expect(parseErrorInput(form, codeLookup).results.map((result) => result.id)).toEqual([String(code)]);
        }
      }),
    );
  });

  it('reads the hex and signed forms of any failure HRESULT as the same code', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0x80000000, max: 0xffffffff }), (value) => {
        const fromHex = ids(lookUp(toHex32(value)));
        const fromSigned = ids(lookUp(String(toSigned32(value))));
        expect(fromHex).toHaveLength(1);
        expect(fromSigned).toEqual(fromHex);
      }),
    );
  });

  it('finds a code inside a RasClient message whatever surrounds it', () => {
    const noise = fc.string({ maxLength: 80 }).map((text) => text.replace(/[0-9A-Za-z_]/g, ' '));
    fc.assert(
      fc.property(noise, noise, fc.constantFrom('809', '-2147024087', '0x80070329'), (before, after, form) => {
        const text = `${before}\nThe error code returned on failure is ${form}.\n${after}`;
        expect(ids(lookUp(text))).toContain('809');
      }),
    );
  });
});
