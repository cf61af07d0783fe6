import { GUIDE } from '../guide-links';
import { isValue } from '../model';
import type { ProfileRule } from '../types';
import { hit, NATIVE, SOURCE } from './support';

/** With Automatic, Windows tries SSTP first, then IKEv2. */
export const automaticPrefersSstpRule: ProfileRule = {
  id: 'automatic-prefers-sstp',
  severity: 'info',
  title: 'Automatic tries SSTP first',
  message: 'With NativeProtocolType Automatic, Windows tries the protocols in a fixed order: SSTP, IKEv2, PPTP, then L2TP.',
  guide: GUIDE.protocols,
  sources: [SOURCE.csp, SOURCE.hicksUser],
  check({ profile }) {
    if (!isValue(profile.protocol, 'Automatic')) return [];
    return [
      hit(
        '<NativeProtocolType> is Automatic.',
        'Windows will try SSTP before IKEv2, and the order cannot be changed. To prefer IKEv2 with SSTP as fallback, use ProtocolList (Windows 11) with Ikev2 listed first.',
        profile.first(`${NATIVE}/NativeProtocolType`),
      ),
    ];
  },
};
