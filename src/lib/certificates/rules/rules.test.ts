/**
 * Every certificate rule has a case that passes and a case that fails, on real
 * certificates made by OpenSSL (fixtures/make-fixtures.sh).
 */
import { describe, expect, it } from 'vitest';
import type { Severity } from '../../rules/contract';
import { inspectCertificates } from '../inspect';
import type { CertificateRole } from '../roles';
import { FIXTURE_NOW, pem, type FixtureName } from '../test-support';
import { RULES } from './index';

interface Case {
  readonly certificates: readonly FixtureName[];
  readonly role: CertificateRole;
  readonly serverName?: string;
  readonly now?: number;
  readonly severity: Severity;
  /** Text the finding must contain. */
  readonly says: string;
}

const TWO_YEARS = 2 * 365 * 86_400_000;

const CASES: Record<string, { readonly passing: Case; readonly failing: Case }> = {
  'eku-server-auth': {
    passing: { certificates: ['sstp'], role: 'sstp-server', severity: 'pass', says: 'Server Authentication (1.3.6.1.5.5.7.3.1)' },
    failing: { certificates: ['user'], role: 'sstp-server', severity: 'error', says: 'EKUs Client Authentication (1.3.6.1.5.5.7.3.2)' },
  },
  'eku-ike-intermediate': {
    passing: { certificates: ['ikev2'], role: 'ikev2-server', severity: 'pass', says: 'IP security IKE intermediate (1.3.6.1.5.5.8.2.2)' },
    failing: { certificates: ['sstp'], role: 'ikev2-server', severity: 'warning', says: 'needs IP security IKE intermediate' },
  },
  'eku-client-auth': {
    passing: { certificates: ['user'], role: 'user', severity: 'pass', says: 'Client Authentication' },
    failing: { certificates: ['sstp'], role: 'device-tunnel', severity: 'error', says: 'EKUs Server Authentication' },
  },
  'eku-aad-conditional-access': {
    passing: { certificates: ['entra'], role: 'entra-ca', severity: 'pass', says: 'AAD Conditional Access (1.3.6.1.4.1.311.87)' },
    failing: { certificates: ['user'], role: 'entra-ca', severity: 'error', says: 'needs AAD Conditional Access' },
  },
  'san-dns-matches': {
    passing: {
      certificates: ['sstp'],
      role: 'sstp-server',
      serverName: 'vpn.example.COM',
      severity: 'pass',
      says: 'VPN.Example.com covers vpn.example.COM',
    },
    failing: {
      certificates: ['ikev2'],
      role: 'ikev2-server',
      serverName: 'vpn2.example.com',
      severity: 'error',
      says: 'vpn2.example.com is not among',
    },
  },
  'san-upn': {
    passing: { certificates: ['user'], role: 'user', severity: 'pass', says: 'alice@example.com' },
    failing: { certificates: ['weak'], role: 'user', severity: 'warning', says: 'has no UPN' },
  },
  'key-size': {
    passing: { certificates: ['ikev2'], role: 'ikev2-server', severity: 'pass', says: 'RSA key of 3072 bits' },
    failing: { certificates: ['weak'], role: 'ikev2-server', severity: 'error', says: 'RSA key of 1024 bits' },
  },
  'key-usage': {
    passing: { certificates: ['sstp'], role: 'sstp-server', severity: 'pass', says: 'digitalSignature' },
    failing: { certificates: ['weak'], role: 'sstp-server', severity: 'error', says: 'digitalSignature is missing' },
  },
  'signature-hash': {
    passing: { certificates: ['sstp'], role: 'sstp-server', severity: 'pass', says: 'sha256RSA' },
    failing: { certificates: ['weak'], role: 'sstp-server', severity: 'error', says: 'sha1RSA (SHA-1)' },
  },
  'validity-current': {
    passing: { certificates: ['sstp'], role: 'sstp-server', severity: 'pass', says: 'valid from 2026-12-02' },
    failing: { certificates: ['sstp'], role: 'sstp-server', now: FIXTURE_NOW + TWO_YEARS, severity: 'error', says: 'expired' },
  },
  'validity-lifetime': {
    passing: { certificates: ['sstp'], role: 'sstp-server', severity: 'pass', says: 'at most 200 days' },
    failing: { certificates: ['sstp-long'], role: 'sstp-server', severity: 'warning', says: 'Lifetime 825 days' },
  },
  'cdp-present': {
    passing: { certificates: ['user'], role: 'user', severity: 'pass', says: 'http://pki.example.com/issuing.crl' },
    failing: { certificates: ['weak'], role: 'user', severity: 'warning', says: 'no CRL distribution point' },
  },
  'aia-present': {
    passing: { certificates: ['user'], role: 'user', severity: 'pass', says: 'http://pki.example.com/issuing.crt' },
    failing: { certificates: ['weak'], role: 'nps-server', severity: 'warning', says: 'No CA Issuers location' },
  },
  'sid-extension': {
    passing: { certificates: ['user'], role: 'user', severity: 'pass', says: 'S-1-5-21-1004336348-1177238915-682003330-1105' },
    failing: { certificates: ['weak'], role: 'user', severity: 'warning', says: 'no SID extension (1.3.6.1.4.1.311.25.2)' },
  },
  'template-info': {
    passing: {
      certificates: ['ikev2'],
      role: 'ikev2-server',
      severity: 'info',
      says: 'template 1.3.6.1.4.1.311.21.8.1.2.3.4.5, version 100.4',
    },
    failing: { certificates: ['sstp'], role: 'sstp-server', severity: 'info', says: 'does not name an enterprise CA template' },
  },
  'basic-constraints': {
    passing: { certificates: ['root'], role: 'ca', severity: 'pass', says: 'Basic constraints: CA' },
    failing: { certificates: ['root'], role: 'sstp-server', severity: 'error', says: 'marked as a CA' },
  },
  'chain-order': {
    passing: {
      certificates: ['sstp', 'issuing', 'root'],
      role: 'sstp-server',
      severity: 'pass',
      says: '3 certificates, each issued by the next',
    },
    failing: {
      certificates: ['root', 'sstp', 'issuing'],
      role: 'sstp-server',
      severity: 'warning',
      says: 'Reorder them leaf first: #2, #3, #1',
    },
  },
};

function findingFor(ruleId: string, testCase: Case) {
  const report = inspectCertificates(pem(...testCase.certificates), {
    role: testCase.role,
    serverName: testCase.serverName ?? '',
    now: testCase.now ?? FIXTURE_NOW,
  });
  return report.findings.find((finding) => finding.ruleId === ruleId);
}

describe('certificate rules', () => {
  it('has a passing and a failing case for every rule', () => {
    expect(Object.keys(CASES).sort()).toEqual(RULES.map((rule) => rule.id).sort());
  });

  it('cite at least one source and link at least one guide section each', () => {
    for (const rule of RULES) {
      expect(rule.sources[0].url, rule.id).toMatch(/^https:\/\//);
      expect(rule.guide[0]?.path, rule.id).toMatch(/^\/guide\//);
    }
  });

  describe.each(Object.entries(CASES))('%s', (ruleId, { passing, failing }) => {
    it.each([
      ['passes', passing],
      ['fails', failing],
    ])('%s on its case', (_label, testCase) => {
      const finding = findingFor(ruleId, testCase);
      expect(finding?.severity).toBe(testCase.severity);
      expect(`${finding?.found ?? ''} ${finding?.expected ?? ''}`).toContain(testCase.says);
    });
  });

  it('accepts the SID as a SAN URI (tag:microsoft.com,2022-09-14:sid:) in place of the SID extension', () => {
    const finding = findingFor('sid-extension', { certificates: ['user-sid-uri'], role: 'user', severity: 'pass', says: '' });
    expect(finding?.severity).toBe('pass');
    expect(finding?.found).toContain('S-1-5-21-1004336348-1177238915-682003330-1106');
  });

  it('asks for the server name instead of guessing when none is entered', () => {
    expect(findingFor('san-dns-matches', { certificates: ['sstp'], role: 'sstp-server', severity: 'info', says: '' })?.expected).toContain(
      'Enter the VPN server name',
    );
  });
});
