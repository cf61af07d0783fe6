import type { Rule } from '../../rules/contract';
import { GUIDE, SOURCES } from '../sources';
import { hit, type CertificateContext } from './support';

/** Windows checks revocation through the CRL distribution point; without one the check cannot succeed. */
export const cdpPresentRule: Rule<CertificateContext> = {
  id: 'cdp-present',
  title: 'CRL distribution point',
  guide: [GUIDE.revocation],
  sources: [SOURCES.rfc5280, SOURCES.msCertificates],
  check: ({ certificate, role }) => {
    if (certificate.isSelfIssued || role === 'entra-ca') return [];
    const urls = certificate.crlUrls ?? [];
    if (urls.length > 0)
      return [
        hit('pass', `CRL distribution points: ${urls.join(', ')}.`, 'Clients and servers must reach one of them to check revocation.'),
      ];
    return [
      hit(
        'warning',
        'The certificate has no CRL distribution point.',
        'A certificate checked for revocation needs a CRL distribution point the checking side can reach; without it the check fails (0x80092013).',
      ),
    ];
  },
};
