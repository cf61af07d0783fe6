import type { Rule } from '../../rules/contract';
import { GUIDE, SOURCES } from '../sources';
import { DAY_MS, formatDate, hit, type CertificateContext } from './support';

const RENEWAL_WARNING_DAYS = 30;

/** A certificate outside its validity period fails every chain check. */
export const validityCurrentRule: Rule<CertificateContext> = {
  id: 'validity-current',
  title: 'Valid now',
  guide: [GUIDE.sstpRenewal],
  sources: [SOURCES.rfc5280],
  check: ({ certificate, now }) => {
    const period = `valid from ${formatDate(certificate.notBefore)} to ${formatDate(certificate.notAfter)}`;
    if (now < certificate.notBefore)
      return [
        hit(
          'error',
          `The certificate is not valid yet (${period}).`,
          'The certificate must be valid now; check the clock of the CA and of this computer.',
        ),
      ];
    if (now > certificate.notAfter)
      return [hit('error', `The certificate expired (${period}).`, 'Renew the certificate and bind or deploy the new one.')];
    const daysLeft = Math.floor((certificate.notAfter - now) / DAY_MS);
    if (daysLeft < RENEWAL_WARNING_DAYS)
      return [hit('warning', `The certificate expires in ${daysLeft} days (${period}).`, 'Renew it now.')];
    return [hit('pass', `The certificate is ${period}; ${daysLeft} days left.`, 'The certificate must be valid now.')];
  },
};
