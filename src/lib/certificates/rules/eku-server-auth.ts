import type { Rule } from '../../rules/contract';
import { OID } from '../oids';
import { roleLabel, SERVER_ROLES } from '../roles';
import { GUIDE, SOURCES } from '../sources';
import { requireEku } from './eku-support';
import type { CertificateContext } from './support';

/** VPN and NPS servers prove their identity with a Server Authentication certificate. */
export const ekuServerAuthRule: Rule<CertificateContext> = {
  id: 'eku-server-auth',
  title: 'Server Authentication EKU',
  guide: [GUIDE.vpnServer, GUIDE.nps, GUIDE.sstp],
  sources: [SOURCES.msCertificates, SOURCES.hicksIkev2],
  check: ({ certificate, role }) =>
    SERVER_ROLES.includes(role) ? [requireEku(certificate, OID.serverAuth, `The ${roleLabel(role)} certificate`, 'error')] : [],
};
