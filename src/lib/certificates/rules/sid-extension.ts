import type { Rule } from '../../rules/contract';
import { OID } from '../oids';
import { GUIDE, SOURCES } from '../sources';
import { hit, type CertificateContext } from './support';

/** The SAN URI form of the SID, for manual mapping and offline requests (Intune SCEP profiles use it). */
const SID_URI_PREFIX = 'tag:microsoft.com,2022-09-14:sid:';

/** Strong mapping (KB5014754): domain controllers map the certificate to the account by the SID it carries. */
export const sidExtensionRule: Rule<CertificateContext> = {
  id: 'sid-extension',
  title: 'SID extension for strong mapping',
  guide: [GUIDE.strongMapping],
  sources: [SOURCES.kb5014754, SOURCES.sanUriTag],
  check: ({ certificate, role }) => {
    if (role !== 'user' && role !== 'entra-ca') return [];
    if (certificate.hasSidExtension) {
      return [
        hit(
          'pass',
          `The SID extension (${OID.sidExtension}) carries ${certificate.sid ?? 'a SID'}.`,
          'Strong mapping matches this SID to the account.',
        ),
      ];
    }
    const tagged = certificate.san?.uri.find((uri) => uri.toLowerCase().startsWith(SID_URI_PREFIX));
    if (tagged !== undefined) {
      return [
        hit(
          'pass',
          `The Subject Alternative Name carries the SID as the URI ${tagged}.`,
          'Strong mapping matches this SID to the account, as it does the SID extension.',
        ),
      ];
    }
    return [
      hit(
        role === 'user' ? 'warning' : 'info',
        `The certificate has no SID extension (${OID.sidExtension}).`,
        'Under full enforcement of KB5014754 the account needs a strong mapping: the SID extension (an online template on an enterprise CA, or the SID in the Intune SAN as a URL tag:microsoft.com,2022-09-14:sid:…) or an explicit altSecurityIdentities mapping.',
      ),
    ];
  },
};
