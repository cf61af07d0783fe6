import type { Rule } from '../../rules/contract';
import { OID } from '../oids';
import { GUIDE, SOURCES } from '../sources';
import { hit, type CertificateContext } from './support';

/** Names the enterprise template the certificate came from, so the reader can check the right template. */
export const templateInfoRule: Rule<CertificateContext> = {
  id: 'template-info',
  title: 'Certificate template',
  guide: [GUIDE.vpnServer, GUIDE.userTemplate],
  sources: [SOURCES.wcceTemplate],
  check: ({ certificate, role }) => {
    if (role === 'ca') return [];
    const { template, templateName } = certificate;
    if (template !== undefined) {
      const version = template.major === undefined ? '' : `, version ${template.major}.${template.minor ?? 0}`;
      return [
        hit(
          'info',
          `Issued from template ${template.oid}${version}.`,
          'Check that template when a requirement above fails; the fix belongs there.',
        ),
      ];
    }
    if (templateName !== undefined)
      return [
        hit(
          'info',
          `Issued from the version 1 template ${templateName}.`,
          'Version 1 templates cannot be edited; duplicate it to change its settings.',
        ),
      ];
    return [
      hit(
        'info',
        `No template extension (${OID.templateV2} or ${OID.templateName}).`,
        'The certificate does not name an enterprise CA template (a public or standalone CA issued it, for example).',
      ),
    ];
  },
};
