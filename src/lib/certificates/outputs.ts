/**
 * Copyable forms of a certificate's digests. Every output is built from hex
 * digits only, so nothing from the pasted certificate can reach the generated
 * registry file or PowerShell text.
 */

const HEX_DIGEST = /^[0-9a-f]+$/;

/** The SstpSvc value Enable-SstpOffload.ps1 writes: REG_BINARY, the 32 bytes of the SHA-256 in order. */
export const SSTP_PARAMETERS_KEY = 'SYSTEM\\CurrentControlSet\\Services\\SstpSvc\\Parameters';
export const SSTP_HASH_VALUE = 'SHA256CertificateHash';

function bytePairs(hex: string): string[] {
  if (!HEX_DIGEST.test(hex) || hex.length % 2 !== 0) throw new Error(`Not a hex digest: ${hex.length} characters`);
  return hex.match(/../g) ?? [];
}

export interface DigestOutputs {
  /** SHA-1 thumbprint as Windows shows it (certutil, Cert: drive): uppercase, no separators. */
  readonly sha1Thumbprint: string;
  /** SHA-256 as Enable-SstpOffload -CertificateHash takes it. */
  readonly sha256: string;
  /** A .reg file that sets SHA256CertificateHash. */
  readonly sstpReg: string;
  /** A PowerShell command that sets SHA256CertificateHash. */
  readonly sstpPowerShell: string;
  /** The SHA-1 thumbprint as ProfileXML <TrustedRootCA> carries it: lowercase byte pairs separated by spaces. */
  readonly trustedRootCa: string;
}

export function buildDigestOutputs(sha1: string, sha256: string): DigestOutputs {
  const sha1Pairs = bytePairs(sha1);
  const sha256Pairs = bytePairs(sha256);
  return {
    sha1Thumbprint: sha1.toUpperCase(),
    sha256: sha256.toUpperCase(),
    sstpReg: [
      'Windows Registry Editor Version 5.00',
      '',
      `[HKEY_LOCAL_MACHINE\\${SSTP_PARAMETERS_KEY}]`,
      `"${SSTP_HASH_VALUE}"=hex:${sha256Pairs.join(',')}`,
      '',
    ].join('\r\n'),
    sstpPowerShell: [
      `$Hash = [byte[]](${sha256Pairs.map((pair) => `0x${pair.toUpperCase()}`).join(',')})`,
      `New-ItemProperty -Path 'HKLM:\\${SSTP_PARAMETERS_KEY}' -Name ${SSTP_HASH_VALUE} -PropertyType Binary -Value $Hash -Force`,
    ].join('\n'),
    trustedRootCa: sha1Pairs.join(' '),
  };
}
