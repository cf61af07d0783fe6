import { GUIDE } from '../guide-links';
import { isValue } from '../model';
import type { ProfileRule } from '../types';
import { AUTH, hit, SOURCE } from './support';

/** MSChapv2 as UserMethod is not supported for IKEv2. */
export const mschapv2WithIkev2Rule: ProfileRule = {
  id: 'mschapv2-with-ikev2',
  severity: 'error',
  title: 'MSChapv2 with IKEv2',
  message: 'The CSP: UserMethod MSChapv2 is not supported for IKEv2.',
  guide: GUIDE.userTunnel,
  sources: [SOURCE.csp],
  check({ profile }) {
    if (!isValue(profile.text(`${AUTH}/UserMethod`), 'MSChapv2')) return [];
    if (!isValue(profile.protocol, 'IKEv2') && !isValue(profile.protocol, 'Automatic')) return [];
    return [
      hit(
        `<UserMethod> is MSChapv2 and <NativeProtocolType> is ${profile.protocol ?? ''}.`,
        'Use <UserMethod>Eap</UserMethod> (PEAP with EAP-TLS for Always On VPN); MSChapv2 is not supported for IKEv2.',
        profile.first(`${AUTH}/UserMethod`),
      ),
    ];
  },
};
