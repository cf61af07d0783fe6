import { GUIDE } from '../guide-links';
import type { ProfileRule } from '../types';
import { hit, NATIVE, SOURCE } from './support';

/** <NativeProtocolType> is required for native profiles. */
export const protocolMissingRule: ProfileRule = {
  id: 'protocol-missing',
  severity: 'error',
  title: '<NativeProtocolType> set',
  message: 'The CSP marks NativeProtocolType as required for native profiles.',
  guide: GUIDE.protocols,
  sources: [SOURCE.csp],
  check({ profile }) {
    const native = profile.first(NATIVE);
    if (!native || profile.protocol !== undefined) return [];
    return [
      hit(
        '<NativeProfile> has no <NativeProtocolType>.',
        'Add <NativeProtocolType>: IKEv2 for a device tunnel; IKEv2, SSTP or Automatic for a user tunnel.',
        native,
      ),
    ];
  },
};
