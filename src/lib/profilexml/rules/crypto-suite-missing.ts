import { GUIDE } from '../guide-links';
import { isValue } from '../model';
import type { ProfileRule } from '../types';
import { hit, NATIVE, SOURCE, SUITE } from './support';

/** IKEv2 without a CryptographySuite uses the weak Windows defaults. */
export const cryptoSuiteMissingRule: ProfileRule = {
  id: 'crypto-suite-missing',
  severity: 'warning',
  title: 'IKEv2 without a CryptographySuite',
  message:
    'Without a CryptographySuite the client uses the Windows default IKEv2 settings (DES3, SHA1, DH group 2), which Microsoft says are not secure.',
  guide: GUIDE.cryptoHardening,
  sources: [SOURCE.cryptoHowTo, SOURCE.hicksUser],
  check({ profile }) {
    const protocol = profile.protocol;
    const usesIkev2 = isValue(protocol, 'IKEv2') || isValue(protocol, 'Automatic') || isValue(protocol, 'ProtocolList');
    if (!usesIkev2 || profile.first(SUITE)) return [];
    return [
      hit(
        `<NativeProtocolType> is ${protocol ?? ''} and there is no <CryptographySuite>.`,
        'Add a <CryptographySuite> that matches the VPN server\u2019s custom IKEv2 policy (use the IKEv2 policy checker); the defaults are DES3, SHA1 and DH group 2.',
        profile.first(`${NATIVE}/NativeProtocolType`),
      ),
    ];
  },
};
