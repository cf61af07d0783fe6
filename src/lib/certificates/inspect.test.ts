import { describe, expect, it } from 'vitest';
import { inspectCertificates } from './inspect';
import { buildDigestOutputs } from './outputs';
import { FIXTURE_NOW, opensslDigest, pem, readFixture, readFixtureBytes } from './test-support';

const OPTIONS = { role: 'sstp-server', serverName: 'vpn.example.com', now: FIXTURE_NOW } as const;

describe('inspectCertificates', () => {
  it('computes the SHA-1 and SHA-256 digests OpenSSL prints for the same certificate', () => {
    const [sstp] = inspectCertificates(pem('sstp'), OPTIONS).certificates;
    expect(sstp?.facts.sha1).toBe(opensslDigest('sstp', 'sha1'));
    expect(sstp?.facts.sha256).toBe(opensslDigest('sstp', 'sha256'));
  });

  it('reads a DER file and the same certificate as PEM to the same facts', () => {
    const fromDer = inspectCertificates(readFixtureBytes('sstp.der'), OPTIONS).certificates[0]?.facts;
    const fromPem = inspectCertificates(readFixture('sstp.pem'), OPTIONS).certificates[0]?.facts;
    expect(fromDer?.sha256).toBe(opensslDigest('sstp', 'sha256'));
    expect(fromDer).toEqual(fromPem);
  });

  it('reads Base64 without PEM headers', () => {
    const body = readFixture('sstp.pem').replace(/-----[A-Z ]+-----/g, '');
    expect(inspectCertificates(body, OPTIONS).certificates[0]?.facts.sha256).toBe(opensslDigest('sstp', 'sha256'));
  });

  it.each([
    ['a DER .p7b file', () => readFixtureBytes('chain.p7b')],
    ['a PEM PKCS7 block', () => readFixture('chain.p7b.pem')],
  ])('reads the leaf and issuing CA that OpenSSL bundled into %s', (_form, read) => {
    const report = inspectCertificates(read(), OPTIONS);
    expect(report.problems).toEqual([]);
    expect(report.certificates.map((certificate) => certificate.facts.subject)).toEqual(['CN=vpn.example.com', 'CN=Example Issuing CA']);
    expect(report.certificates[0]?.facts.sha1).toBe(opensslDigest('sstp', 'sha1'));
  });

  it('says when a PKCS7 block holds no signed data', () => {
    const report = inspectCertificates('-----BEGIN PKCS7-----\nMAMCAQA=\n-----END PKCS7-----', OPTIONS);
    expect(report.problems[0]?.message).toBe('Block 1 is labelled PKCS7 but holds no PKCS #7 signed data.');
  });

  it('checks the leaf of a chain pasted in any order', () => {
    const report = inspectCertificates(pem('root', 'issuing', 'sstp'), OPTIONS);
    expect(report.checkedPosition).toBe(3);
  });

  it('names a private key block instead of treating it as a certificate', () => {
    const report = inspectCertificates('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----', OPTIONS);
    expect(report.problems[0]?.message).toBe('Block 1 is a PRIVATE KEY, not a certificate; it was skipped.');
    expect(report.findings).toEqual([]);
  });

  it('names the character that is not Base64', () => {
    expect(inspectCertificates('MIIB!xyz', OPTIONS).problems[0]?.message).toBe(
      'This is neither PEM nor Base64: "!" at position 5 is not a Base64 character.',
    );
  });

  it('says when the bytes are not a certificate', () => {
    expect(inspectCertificates('AAAA', OPTIONS).problems[0]?.message).toMatch(
      /^The input decodes to 3 bytes that are not an X\.509 certificate/,
    );
  });

  it('lists errors before warnings, notes and passes', () => {
    const severities = inspectCertificates(pem('weak'), OPTIONS).findings.map((finding) => finding.severity);
    expect(severities.indexOf('error')).toBe(0);
    expect(severities.lastIndexOf('error')).toBeLessThan(severities.indexOf('warning'));
  });
});

describe('buildDigestOutputs', () => {
  const sha1 = opensslDigest('root', 'sha1');
  const sha256 = opensslDigest('root', 'sha256');
  const outputs = buildDigestOutputs(sha1, sha256);

  it('writes the SHA-256 as a REG_BINARY hex value under the SstpSvc parameters key', () => {
    const pairs = sha256.match(/../g)?.join(',');
    expect(outputs.sstpReg).toContain('[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\SstpSvc\\Parameters]');
    expect(outputs.sstpReg).toContain(`"SHA256CertificateHash"=hex:${pairs}`);
  });

  it('writes the SHA-256 as a 32-byte PowerShell array for New-ItemProperty -PropertyType Binary', () => {
    const array = /\[byte\[\]\]\(([^)]*)\)/.exec(outputs.sstpPowerShell)?.[1]?.split(',');
    expect(array).toHaveLength(32);
    expect(array?.[0]).toBe(`0x${sha256.slice(0, 2).toUpperCase()}`);
    expect(outputs.sstpPowerShell).toContain('-Name SHA256CertificateHash -PropertyType Binary -Value $Hash');
  });

  it('writes the TrustedRootCA thumbprint as lowercase byte pairs separated by spaces', () => {
    expect(outputs.trustedRootCa).toMatch(/^([0-9a-f]{2} ){19}[0-9a-f]{2}$/);
    expect(outputs.trustedRootCa.replaceAll(' ', '')).toBe(sha1);
  });

  it('refuses anything but hex, so no text can reach the generated scripts', () => {
    expect(() => buildDigestOutputs("00'; Remove-Item", sha256)).toThrow('Not a hex digest');
  });
});
