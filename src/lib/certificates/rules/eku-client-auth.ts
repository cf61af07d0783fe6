import type { Rule } from '../../rules/contract';
import { OID } from '../oids';
import { CLIENT_ROLES, roleLabel } from '../roles';
import { GUIDE, SOURCES } from '../sources';
import { requireEku } from './eku-support';
import type { CertificateContext } from './support';

/** User, device and Conditional Access certificates authenticate the client. */
export const ekuClientAuthRule: Rule<CertificateContext> = {
  id: 'eku-client-auth',
  title: 'Client Authentication EKU',
  guide: [GUIDE.userTemplate, GUIDE.device, GUIDE.conditionalAccess],
  sources: [SOURCES.msCertificates, SOURCES.msConditionalAccess],
  check: ({ certificate, role }) =>
    CLIENT_ROLES.includes(role) ? [requireEku(certificate, OID.clientAuth, `The ${roleLabel(role)}`, 'error')] : [],
};
