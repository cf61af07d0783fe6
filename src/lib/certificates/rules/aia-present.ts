import type { Rule } from '../../rules/contract';
import { GUIDE, SOURCES } from '../sources';
import { hit, type CertificateContext } from './support';

/** The AIA extension tells the verifier where to fetch a missing issuing CA certificate. */
export const aiaPresentRule: Rule<CertificateContext> = {
  id: 'aia-present',
  title: 'Authority Information Access',
  guide: [GUIDE.revocation],
  sources: [SOURCES.rfc5280],
  check: ({ certificate, role }) => {
    if (certificate.isSelfIssued || role === 'entra-ca') return [];
    const issuers = certificate.aia?.caIssuers ?? [];
    if (issuers.length > 0)
      return [
        hit(
          'pass',
          `CA issuer location: ${issuers.join(', ')}.`,
          'Verifiers fetch the issuing CA certificate from here when they lack it.',
        ),
      ];
    return [
      hit(
        'warning',
        'No CA Issuers location in an Authority Information Access extension.',
        'Without it, every verifier must already hold the issuing CA certificate, or chain building fails (0x800b010a).',
      ),
    ];
  },
};
