import type { Rule } from '../../rules/contract';
import { GUIDE, SOURCES } from '../sources';
import { hit, listOrNone, type CertificateContext } from './support';
import type { KeyUsageName } from '../types';

function needed(context: CertificateContext): readonly KeyUsageName[] {
  if (context.role === 'ca') return ['keyCertSign'];
  return ['digitalSignature'];
}

/** A CA signs certificates (keyCertSign); a VPN, NPS or client certificate signs the handshake (digitalSignature). */
export const keyUsageRule: Rule<CertificateContext> = {
  id: 'key-usage',
  title: 'Key usage',
  guide: [GUIDE.vpnServer, GUIDE.userTemplate],
  sources: [SOURCES.rfc5280, SOURCES.msCertificates],
  check: (context) => {
    const usage = context.certificate.keyUsage;
    const wanted = needed(context);
    if (usage === undefined) {
      return [
        hit('info', 'The certificate has no Key Usage extension, so its key is not restricted.', `The role uses ${wanted.join(', ')}.`),
      ];
    }
    const missing = wanted.filter((name) => !usage.includes(name));
    if (missing.length === 0) return [hit('pass', `Key usage: ${listOrNone(usage)}.`, `The role needs ${wanted.join(', ')}.`)];
    return [
      hit(
        'error',
        `Key usage: ${listOrNone(usage)}; ${missing.join(', ')} is missing.`,
        `The role needs ${wanted.join(', ')} in the Key Usage extension.`,
      ),
    ];
  },
};
