/**
 * Every parser of pasted text takes any string and returns a structured
 * result without throwing: random text, random fragments of valid input, and
 * valid input with random damage.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePolicies } from './compare';
import { parseClientCommand, parseClientInput, parseClientOutput, parseCryptographySuite } from './parse-client';
import { parseServerCommand, parseServerInput, parseServerOutput } from './parse-server';
import type { ParsedSide } from './policy';

const SAMPLES = [
  'Set-VpnServerConfiguration -TunnelType IKEv2 -CustomPolicy -AuthenticationTransformConstants SHA256128 -CipherTransformConstants AES128 -DHGroup Group14 -EncryptionMethod AES128 -IntegrityCheckMethod SHA256 -PFSgroup PFS2048',
  "$p = @{ DHGroup = 'Group14'; PfsGroup = 'PFS2048' }\nSet-VpnServerConfiguration -CustomPolicy @p `\n -EncryptionMethod:\"AES256\"",
  'AuthenticationTransformConstants : SHA256128\nCustomPolicy : True\nDHGroup : Group14\n',
  '<CryptographySuite><DHGroup>Group14</DHGroup><EncryptionMethod>AES_GCM_128</EncryptionMethod></CryptographySuite>',
  "Set-VpnConnectionIPsecConfiguration -ConnectionName 'VPN' GCMAES128 GCMAES128 Group14 GCMAES128 SHA256 ECP256 -Force",
  '<# block #> Set-VpnServerConfiguration -CustomPolicy # comment\n',
];

const damagedSample = fc
  .tuple(fc.constantFrom(...SAMPLES), fc.nat(), fc.nat(), fc.string({ maxLength: 8 }))
  .map(([sample, a, b, insert]) => {
    const start = a % (sample.length + 1);
    const end = start + (b % 12);
    return sample.slice(0, start) + insert + sample.slice(end);
  });

const anyText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.stringMatching(/^[-$@{}()'"`#<>:;|=\n A-Za-z0-9_]{0,200}$/),
  damagedSample,
);

function assertWellFormed(side: ParsedSide): void {
  expect(typeof side.format).toBe('string');
  expect(Array.isArray(side.notes)).toBe(true);
  for (const note of side.notes) {
    expect(['error', 'warning', 'info']).toContain(note.severity);
    expect(note.message.length).toBeGreaterThan(0);
    if (note.line !== undefined) expect(note.line).toBeGreaterThanOrEqual(1);
  }
}

const PARSERS: [string, (text: string) => ParsedSide][] = [
  ['parseServerInput', parseServerInput],
  ['parseServerCommand', parseServerCommand],
  ['parseServerOutput', parseServerOutput],
  ['parseClientInput', parseClientInput],
  ['parseClientCommand', parseClientCommand],
  ['parseClientOutput', parseClientOutput],
  ['parseCryptographySuite', parseCryptographySuite],
];

describe.each(PARSERS)('%s', (_name, parse) => {
  it('returns a structured result for any text and never throws', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        assertWellFormed(parse(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('comparePolicies on parsed random input', () => {
  it('always produces six rows and a verdict', () => {
    fc.assert(
      fc.property(anyText, anyText, (serverText, clientText) => {
        const comparison = comparePolicies(parseServerInput(serverText).policy, parseClientInput(clientText).policy);
        expect(comparison.rows).toHaveLength(6);
        expect(comparison.headline.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
