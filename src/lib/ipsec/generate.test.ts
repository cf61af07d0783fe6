import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePolicies } from './compare';
import {
  generateClientPowerShell,
  generateClientXml,
  generateMatchingSide,
  generatePair,
  generateServerCommand,
  quotePowerShell,
  RECOMMENDED_PRESET,
} from './generate';
import { parseClientInput } from './parse-client';
import { parseServerInput } from './parse-server';
import type { CompleteTransformValues } from './policy';
import { TRANSFORM_FIELDS, TRANSFORM_VALUES, type TransformField } from './transforms';

/** Every value a dialect can express, per field. */
function valuesFor(field: TransformField, onlyXml: boolean): string[] {
  return TRANSFORM_VALUES[field].filter((entry) => !onlyXml || entry.profilexml !== undefined).map((entry) => entry.id);
}

function policyArbitrary(onlyXml: boolean): fc.Arbitrary<CompleteTransformValues> {
  return fc.record({
    authenticationTransform: fc.constantFrom(...valuesFor('authenticationTransform', onlyXml)),
    cipherTransform: fc.constantFrom(...valuesFor('cipherTransform', onlyXml)),
    encryptionMethod: fc.constantFrom(...valuesFor('encryptionMethod', onlyXml)),
    integrityCheckMethod: fc.constantFrom(...valuesFor('integrityCheckMethod', onlyXml)),
    dhGroup: fc.constantFrom(...valuesFor('dhGroup', onlyXml)),
    pfsGroup: fc.constantFrom(...valuesFor('pfsGroup', onlyXml)),
  });
}

const connectionName = fc.string({ minLength: 1, maxLength: 30 }).filter((name) => name.trim() !== '' && !/[\n\r`]/.test(name));

describe('generated pairs', () => {
  it('round-trip: the server command and the client XML parse back to a match', () => {
    fc.assert(
      fc.property(policyArbitrary(true), (values) => {
        const pair = generatePair(values, { connectionName: 'Always On VPN', isAllUserConnection: false });
        if (!pair.serverCommand.ok || !pair.clientXml.ok) throw new Error('generation failed for expressible values');
        const server = parseServerInput(pair.serverCommand.text);
        const client = parseClientInput(pair.clientXml.text);
        expect(server.notes.filter((n) => n.severity !== 'info')).toEqual([]);
        expect(client.notes).toEqual([]);
        expect(comparePolicies(server.policy, client.policy).verdict).toBe('match');
      }),
      { numRuns: 400 },
    );
  });

  it('round-trip: the server command and the client PowerShell parse back to a match for every cmdlet value', () => {
    fc.assert(
      fc.property(policyArbitrary(false), connectionName, fc.boolean(), (values, name, allUsers) => {
        const server = parseServerInput(generateServerCommand(values).ok ? (generateServerCommand(values) as { text: string }).text : '');
        const generated = generateClientPowerShell(values, { connectionName: name, isAllUserConnection: allUsers });
        if (!generated.ok) throw new Error(generated.reason);
        const client = parseClientInput(generated.text);
        expect(client.connectionName).toBe(name.trim());
        expect(client.isAllUserConnection).toBe(allUsers);
        expect(comparePolicies(server.policy, client.policy).verdict).toBe('match');
      }),
      { numRuns: 400 },
    );
  });

  it('covers every value of every field at least once', () => {
    for (const field of TRANSFORM_FIELDS) {
      for (const entry of TRANSFORM_VALUES[field]) {
        const values = { ...RECOMMENDED_PRESET.values, [field]: entry.id };
        const server = parseServerInput((generateServerCommand(values) as { ok: true; text: string }).text);
        const client = parseClientInput(
          (generateClientPowerShell(values, { connectionName: 'x', isAllUserConnection: true }) as { ok: true; text: string }).text,
        );
        expect(comparePolicies(server.policy, client.policy).verdict).toBe('match');
        const xml = generateClientXml(values);
        if (entry.profilexml === undefined) {
          expect(xml.ok).toBe(false);
        } else {
          expect(comparePolicies(server.policy, parseClientInput((xml as { ok: true; text: string }).text).policy).verdict).toBe('match');
        }
      }
    }
  });

  it('generates the matching client for a parsed server and the result matches', () => {
    fc.assert(
      fc.property(policyArbitrary(true), (values) => {
        const server = parseServerInput((generateServerCommand(values) as { ok: true; text: string }).text);
        if (!server.policy) throw new Error('server not parsed');
        const matching = generateMatchingSide(server.policy, { connectionName: 'VPN', isAllUserConnection: false });
        if (!matching.clientXml.ok) throw new Error(matching.clientXml.reason);
        expect(comparePolicies(server.policy, parseClientInput(matching.clientXml.text).policy).verdict).toBe('match');
      }),
      { numRuns: 200 },
    );
  });
});

describe('generateClientXml', () => {
  it('writes the ProfileXML spellings in XSD order', () => {
    const xml = generateClientXml(RECOMMENDED_PRESET.values);
    expect(xml).toEqual({
      ok: true,
      text: [
        '<CryptographySuite>',
        '  <AuthenticationTransformConstants>GCMAES128</AuthenticationTransformConstants>',
        '  <CipherTransformConstants>GCMAES128</CipherTransformConstants>',
        '  <PfsGroup>ECP256</PfsGroup>',
        '  <DHGroup>Group14</DHGroup>',
        '  <IntegrityCheckMethod>SHA256</IntegrityCheckMethod>',
        '  <EncryptionMethod>AES_GCM_128</EncryptionMethod>',
        '</CryptographySuite>',
      ].join('\n'),
    });
  });

  it('refuses a value ProfileXML cannot express', () => {
    expect(generateClientXml({ ...RECOMMENDED_PRESET.values, cipherTransform: 'None' }).ok).toBe(false);
  });
});

describe('generateMatchingSide', () => {
  it('reverts the other side to defaults for a default policy', () => {
    const pair = generateMatchingSide({ mode: 'default', values: {} }, { connectionName: 'VPN', isAllUserConnection: true });
    expect(pair.clientPowerShell).toEqual({
      ok: true,
      text: "Set-VpnConnectionIPsecConfiguration -ConnectionName 'VPN' -RevertToDefault -AllUserConnection -Force",
    });
  });

  it('refuses an incomplete policy and names the missing transforms', () => {
    const pair = generateMatchingSide(
      { mode: 'custom', values: { dhGroup: 'Group14' } },
      { connectionName: 'VPN', isAllUserConnection: false },
    );
    expect(pair.serverCommand.ok).toBe(false);
    if (!pair.serverCommand.ok) expect(pair.serverCommand.reason).toContain('PfsGroup');
  });
});

describe('quotePowerShell', () => {
  it('doubles embedded single quotes', () => {
    expect(quotePowerShell("Contoso's VPN")).toBe("'Contoso''s VPN'");
  });
});
