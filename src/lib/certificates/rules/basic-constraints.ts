import type { Rule } from '../../rules/contract';
import { GUIDE, SOURCES } from '../sources';
import { hit, type CertificateContext } from './support';

/** Only a CA certificate says CA:true, and a CA certificate must say it (RFC 5280 §4.2.1.9). */
export const basicConstraintsRule: Rule<CertificateContext> = {
  id: 'basic-constraints',
  title: 'Basic constraints',
  guide: [GUIDE.ntauth],
  sources: [SOURCES.rfc5280],
  check: ({ certificate, role }) => {
    const isCa = certificate.basicConstraints?.isCa === true;
    const path = certificate.basicConstraints?.pathLength;
    if (role === 'ca') {
      return isCa
        ? [
            hit(
              'pass',
              `Basic constraints: CA${path === undefined ? '' : `, path length ${path}`}.`,
              'A CA certificate must be marked CA:true.',
            ),
          ]
        : [
            hit(
              'error',
              'The certificate is not marked as a CA (no basic constraints CA:true).',
              'An issuing or root CA certificate must carry basic constraints CA:true, or nothing it signs will chain.',
            ),
          ];
    }
    return isCa
      ? [
          hit(
            'error',
            'The certificate is marked as a CA (basic constraints CA:true).',
            'An end-entity certificate for this role must not be a CA certificate; you may have pasted the CA instead of the leaf.',
          ),
        ]
      : [hit('pass', 'The certificate is an end-entity certificate (not a CA).', 'End-entity certificates are not CA certificates.')];
  },
};
