import type { Rule } from '../../rules/contract';
import { OID } from '../oids';
import { GUIDE, SOURCES } from '../sources';
import { requireEku } from './eku-support';
import type { CertificateContext } from './support';

/** NPS and the profile's EKU filter pick the Entra-issued certificate by the AAD Conditional Access EKU. */
export const ekuAadConditionalAccessRule: Rule<CertificateContext> = {
  id: 'eku-aad-conditional-access',
  title: 'AAD Conditional Access EKU',
  guide: [GUIDE.conditionalAccess],
  sources: [SOURCES.msConditionalAccess],
  check: ({ certificate, role }) =>
    role === 'entra-ca' ? [requireEku(certificate, OID.aadConditionalAccess, 'The Entra Conditional Access VPN certificate', 'error')] : [],
};
