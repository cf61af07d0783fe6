import type { Rule } from '../../rules/contract';
import { OID } from '../oids';
import { GUIDE, SOURCES } from '../sources';
import { requireEku } from './eku-support';
import type { CertificateContext } from './support';

/** Microsoft's VPN server template adds IP security IKE intermediate next to Server Authentication. */
export const ekuIkeIntermediateRule: Rule<CertificateContext> = {
  id: 'eku-ike-intermediate',
  title: 'IP security IKE intermediate EKU',
  guide: [GUIDE.vpnServer],
  sources: [SOURCES.msCertificates, SOURCES.hicksIkev2],
  check: ({ certificate, role }) =>
    role === 'ikev2-server'
      ? [requireEku(certificate, OID.ikeIntermediate, 'The RRAS IKEv2 certificate (Microsoft VPN server template)', 'warning')]
      : [],
};
