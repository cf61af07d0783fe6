import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildErrorIndex, createErrorLookup, type ErrorIndexSource, type EventIndexSource } from '../errors/lookup-index';
import { describeSearchCount, dropCommonWords, planSearch, sitePathOf, withoutCodePages, MAX_CODE_HITS } from './plan-search';

// Fixtures: real numbers and symbols (raserror.h, winerror.h); summaries are placeholders for the test only.
const ERRORS: ErrorIndexSource[] = [
  { kind: 'win32', value: 5, symbol: 'ERROR_ACCESS_DENIED', summary: 'Access is denied.' },
  { kind: 'ras', value: 809, symbol: 'ERROR_VPN_TIMEOUT', summary: 'The VPN server did not answer.' },
  { kind: 'ike', value: 13801, symbol: 'ERROR_IPSEC_IKE_AUTH_FAIL', summary: 'IKE credentials were `not` accepted.' },
  { kind: 'ike', value: 13868, symbol: 'ERROR_IPSEC_IKE_POLICY_MATCH', summary: 'No IKE proposal matched.' },
  { kind: 'hresult', value: 0x80092013, symbol: 'CRYPT_E_REVOCATION_OFFLINE', summary: 'Revocation server offline.' },
  { kind: 'hresult', value: 0x800b0101, symbol: 'CERT_E_EXPIRED', summary: 'A certificate has expired.' },
];
const EVENTS: EventIndexSource[] = [
  { source: 'RasClient', eventId: 20227, title: 'RasClient 20227', description: 'The connection failed.' },
];
const lookup = createErrorLookup(buildErrorIndex(ERRORS, EVENTS));

const RASCLIENT_20227 = `Log Name:      Application
Source:        RasClient
Event ID:      20227
Description:
CoId={8A3F1C52-77D0-4B8E-9F21-6C0D2E5B7A14}: The user CONTOSO\\alice dialed a connection named Contoso VPN which has failed. The error code returned on failure is 13801.`;

const paths = (query: string) => planSearch(query, lookup).codeHits.map((hit) => hit.path);

describe('planSearch', () => {
  it('puts Error 13801 first for the sentence RasClient writes', () => {
    const plan = planSearch('The error code returned on failure is 13801', lookup);
    expect(plan.codeHits[0]).toMatchObject({
      path: '/errors/13801/',
      title: 'Error 13801 — ERROR_IPSEC_IKE_AUTH_FAIL',
      type: 'Error code',
      foundAs: '13801',
    });
  });

  it('searches the full text of pasted text by the code it found, not by its common words', () => {
    expect(planSearch('The error code returned on failure is 13801', lookup).fullTextQuery).toBe('13801');
  });

  it('leads with the code, then the event, for a whole pasted RasClient event', () => {
    expect(paths(RASCLIENT_20227)).toEqual(['/errors/13801/', '/events/rasclient-20227/']);
  });

  it.each([
    ['0x80092013', '/errors/0x80092013/'],
    ['-2147024891', '/errors/5/'],
    ['0x80070329', '/errors/809/'],
    ['ERROR_VPN_TIMEOUT', '/errors/809/'],
    ['vpn timeout', '/errors/809/'],
    ['cert_e_expired', '/errors/0x800b0101/'],
  ])('recognises %s as the page %s', (query, path) => {
    expect(paths(query)[0]).toBe(path);
  });

  it('keeps a typed topic word a full-text search, even when symbols contain it', () => {
    expect(planSearch('revocation', lookup)).toEqual({ codeHits: [], fullTextQuery: 'revocation' });
  });

  it('does not read the numbers of an OID or an address as codes', () => {
    expect(paths('1.3.6.1.5.5.7.3.1')).toEqual([]);
    expect(paths('10.0.0.5')).toEqual([]);
  });

  it('turns inline markup in a summary into plain text', () => {
    expect(planSearch('13801', lookup).codeHits[0]?.summary).toBe('IKE credentials were not accepted.');
  });

  it('searches full text alone when the code index could not be loaded', () => {
    expect(planSearch('the 809 error', undefined)).toEqual({ codeHits: [], fullTextQuery: '809 error' });
  });

  it('lists at most MAX_CODE_HITS code pages, and never throws on any input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const plan = planSearch(text, lookup);
        expect(plan.codeHits.length).toBeLessThanOrEqual(MAX_CODE_HITS);
        expect(plan.fullTextQuery).toBe(plan.fullTextQuery.trim());
      }),
    );
  });
});

describe('dropCommonWords', () => {
  it('removes the words too common to search for or highlight, keeping the rest in order', () => {
    expect(dropCommonWords('The error code returned on failure is 13801.')).toEqual(['error', 'code', 'returned', 'failure', '13801']);
  });
});

describe('withoutCodePages', () => {
  const hits = planSearch('13801', lookup).codeHits;

  it('drops the full-text result for a page that already leads, under any base path and with a fragment', () => {
    const results = [{ url: '/kb/errors/13801/#causes' }, { url: '/kb/guide/troubleshooting/ikev2/' }];
    expect(withoutCodePages(results, hits, '/kb/')).toEqual([{ url: '/kb/guide/troubleshooting/ikev2/' }]);
  });

  it('reads site paths at the root base too', () => {
    expect(sitePathOf('/errors/809/?kb-hl=809', '/')).toBe('/errors/809/');
  });
});

describe('describeSearchCount', () => {
  it('says how many results there are and that code pages come first', () => {
    expect(describeSearchCount(1, 12, '13801')).toBe('13 results for “13801”: 1 code page first.');
  });

  it('says there are no results', () => {
    expect(describeSearchCount(0, 0, 'qqzz')).toBe('No results for “qqzz”.');
  });

  it('quotes pasted text on one short line', () => {
    expect(describeSearchCount(0, 1, `${'word '.repeat(20)}\nend`)).toBe(`1 result for “${'word '.repeat(11)}wo…”.`);
  });
});
