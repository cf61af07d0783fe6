import { GUIDE } from '../guide-links';
import { isValue } from '../model';
import type { ProfileRule } from '../types';
import { hit, SOURCE, SUITE } from './support';

/** CryptographySuite configures IPsec; an SSTP-only profile never uses it. */
export const cryptoSuiteWithoutIpsecRule: ProfileRule = {
  id: 'crypto-suite-without-ipsec',
  severity: 'info',
  title: 'CryptographySuite on an SSTP profile',
  message: 'The CryptographySuite holds IPsec settings, which apply only to IKEv2 (and L2TP) connections.',
  guide: GUIDE.ikev2Cryptography,
  sources: [SOURCE.csp, 'Set-VpnConnectionIPsecConfiguration reference (Microsoft Learn)'],
  check({ profile }) {
    const suite = profile.first(SUITE);
    if (!suite || !isValue(profile.protocol, 'SSTP')) return [];
    return [
      hit(
        'The profile uses SSTP and has a <CryptographySuite>.',
        'The suite is not used by SSTP; keep it only if you will switch the profile to IKEv2.',
        suite,
      ),
    ];
  },
};
