import type { Rule } from '../../rules/contract';
import { GUIDE, SOURCES } from '../sources';
import { hit, type CertificateContext } from './support';

/** RSA keys below 2048 bits are disallowed (NIST SP 800-131A); the Microsoft templates use 2048 or more. */
export const keySizeRule: Rule<CertificateContext> = {
  id: 'key-size',
  title: 'Key size',
  guide: [GUIDE.vpnServer, GUIDE.userTemplate],
  sources: [SOURCES.nistKeys, SOURCES.msCertificates],
  check: ({ certificate }) => {
    const { algorithm, bits, curve } = certificate.publicKey;
    if (algorithm === 'RSA' && bits !== undefined) {
      return bits >= 2048
        ? [hit('pass', `RSA key of ${bits} bits.`, 'RSA keys need at least 2048 bits.')]
        : [
            hit(
              'error',
              `RSA key of ${bits} bits.`,
              'RSA keys need at least 2048 bits; issue a new certificate with a 2048-bit or larger key.',
            ),
          ];
    }
    if (algorithm === 'ECC') {
      return bits !== undefined && bits >= 256
        ? [hit('pass', `ECC key on curve ${curve ?? 'unknown'}.`, 'ECC keys need P-256 or larger.')]
        : [
            hit(
              'warning',
              `ECC key on curve ${curve ?? 'unknown'}.`,
              'Use P-256, P-384 or P-521; other curves are not in the Windows defaults.',
            ),
          ];
    }
    return [hit('info', `Public key algorithm ${certificate.publicKey.oid}.`, 'Only RSA and ECC keys are checked for size.')];
  },
};
