import type { Rule } from '../../rules/contract';
import { GUIDE, SOURCES } from '../sources';
import { DAY_MS, formatDate, hit, type CertificateContext } from './support';

/** Maximum validity of publicly trusted TLS certificates by issuance date (CA/Browser Forum ballot SC-081v3). */
export const PUBLIC_TLS_PHASES: readonly { readonly from: string; readonly maxDays: number }[] = [
  { from: '2029-03-15', maxDays: 47 },
  { from: '2027-03-15', maxDays: 100 },
  { from: '2026-03-15', maxDays: 200 },
  { from: '0000-01-01', maxDays: 398 },
];

export function maxPublicTlsDays(issued: number): number {
  const day = formatDate(issued);
  return (PUBLIC_TLS_PHASES.find((phase) => day >= phase.from) ?? { maxDays: 398 }).maxDays;
}

/** SSTP usually uses a public TLS certificate, whose lifetime public CAs must now cap. */
export const validityLifetimeRule: Rule<CertificateContext> = {
  id: 'validity-lifetime',
  title: 'Public TLS lifetime',
  guide: [GUIDE.sstpRenewal],
  sources: [SOURCES.sc081],
  check: ({ certificate, role }) => {
    if (role !== 'sstp-server') return [];
    // The validity period includes both ends (RFC 5280 §4.1.2.5), hence the extra second.
    const days = (certificate.notAfter - certificate.notBefore + 1000) / DAY_MS;
    const limit = maxPublicTlsDays(certificate.notBefore);
    const lifetime = `${Math.round(days)} days, issued ${formatDate(certificate.notBefore)}`;
    if (days <= limit)
      return [
        hit(
          'pass',
          `Lifetime ${lifetime}.`,
          `Public CAs may issue TLS certificates for at most ${limit} days on that date; plan renewals that often.`,
        ),
      ];
    return [
      hit(
        'warning',
        `Lifetime ${lifetime}: longer than the ${limit} days a public CA may issue on that date.`,
        'That is fine from an enterprise CA the clients trust; a public CA cannot issue it, so expect shorter certificates and automate renewal.',
      ),
    ];
  },
};
