/** The parser takes any text or bytes and returns certificates and problems; it never throws. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inspectCertificates } from './inspect';
import { parseCertificates } from './parse-certificates';
import { FIXTURE_NOW, pem, readFixtureBytes } from './test-support';

const SAMPLE = pem('sstp', 'issuing');
const DER = readFixtureBytes('sstp.der');
const P7B = readFixtureBytes('chain.p7b');

const damagedText = fc.tuple(fc.nat(), fc.nat(), fc.string({ maxLength: 8 })).map(([a, b, insert]) => {
  const start = a % (SAMPLE.length + 1);
  return SAMPLE.slice(0, start) + insert + SAMPLE.slice(start + (b % 40));
});

/** A copy of the bytes with one byte changed and, one time in three, the end cut off. */
function damage(bytes: Uint8Array) {
  return fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.nat()).map(([position, byte, cut]) => {
    const copy = bytes.slice(0, bytes.length - (cut % 3 === 0 ? cut % bytes.length : 0));
    copy[position % copy.length] = byte;
    return copy;
  });
}

const damagedDer = damage(DER);
const damagedP7b = damage(P7B);

describe('parseCertificates', () => {
  it('never throws on random text, damaged PEM, damaged DER or a damaged .p7b, and reports every unread block', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.base64String(), damagedText, fc.uint8Array(), damagedDer, damagedP7b), (input) => {
        const parsed = parseCertificates(input);
        expect(Array.isArray(parsed.certificates)).toBe(true);
        for (const problem of parsed.problems) expect(problem.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws from the rules either, for every role', () => {
    fc.assert(
      fc.property(
        damagedDer,
        fc.constantFrom('ikev2-server', 'sstp-server', 'nps-server', 'user', 'device-tunnel', 'entra-ca', 'ca' as const),
        (input, role) => {
          const report = inspectCertificates(input, { role, serverName: 'vpn.example.com', now: FIXTURE_NOW });
          expect(report.findings.every((finding) => !finding.isRuleFailure)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
