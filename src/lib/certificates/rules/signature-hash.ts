import type { Rule } from '../../rules/contract';
import { GUIDE, SOURCES } from '../sources';
import { hit, type CertificateContext } from './support';

const WEAK_HASHES = new Set(['SHA-1', 'MD5']);

/** SHA-1 and MD5 signatures are broken; a self-signed root's own signature is not relied on. */
export const signatureHashRule: Rule<CertificateContext> = {
  id: 'signature-hash',
  title: 'Signature hash',
  guide: [GUIDE.vpnServer],
  sources: [SOURCES.nistKeys, SOURCES.rfc5280],
  check: ({ certificate }) => {
    const { name, hash } = certificate.signature;
    if (!WEAK_HASHES.has(hash)) return [hit('pass', `Signed with ${name} (${hash}).`, 'Signatures need SHA-256 or stronger.')];
    if (certificate.isSelfIssued) {
      return [
        hit(
          'info',
          `This self-signed root is signed with ${name} (${hash}).`,
          'A root is trusted because it is in the store, not by its own signature; the certificates it signs still need SHA-256 or stronger.',
        ),
      ];
    }
    return [
      hit(
        'error',
        `Signed with ${name} (${hash}).`,
        'Signatures need SHA-256 or stronger; reissue the certificate from a CA that signs with SHA-256.',
      ),
    ];
  },
};
