import type { Rule } from '../../rules/contract';
import { GUIDE, SOURCES } from '../sources';
import { hit, listOrNone, type CertificateContext } from './support';

/** NPS maps a user certificate to the account by the UPN in the Subject Alternative Name. */
export const sanUpnRule: Rule<CertificateContext> = {
  id: 'san-upn',
  title: 'User principal name in the Subject Alternative Name',
  guide: [GUIDE.userTemplate, GUIDE.conditionalAccess],
  sources: [SOURCES.msCertificates, SOURCES.msConditionalAccess],
  check: ({ certificate, role }) => {
    if (role !== 'user' && role !== 'entra-ca') return [];
    const upns = certificate.san?.upn ?? [];
    if (upns.length > 0)
      return [
        hit(
          'pass',
          `The Subject Alternative Name carries the UPN ${upns.join(', ')}.`,
          'A user certificate carries the user principal name.',
        ),
      ];
    return [
      hit(
        'warning',
        `The Subject Alternative Name has no UPN (other names: ${listOrNone(certificate.san?.email)} e-mail, ${listOrNone(certificate.san?.dns)} DNS).`,
        'The user template builds the subject from Active Directory with the user principal name in the Subject Alternative Name, which NPS uses to find the account.',
      ),
    ];
  },
};
