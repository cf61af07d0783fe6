import { GUIDE } from '../guide-links';
import type { ProfileRule } from '../types';
import { hit, NATIVE, SOURCE } from './support';

/** Always On VPN with the built-in client needs a <NativeProfile>. */
export const nativeProfileMissingRule: ProfileRule = {
  id: 'native-profile-missing',
  severity: 'error',
  title: '<NativeProfile> present',
  message: 'A profile for the Windows built-in VPN client (IKEv2, SSTP) needs a <NativeProfile>.',
  guide: GUIDE.profileXmlIntune,
  sources: [SOURCE.csp],
  check({ profile }) {
    if (profile.first(NATIVE) || profile.first('VPNProfile/PluginProfile')) return [];
    return [
      hit(
        'The profile has neither <NativeProfile> nor <PluginProfile>.',
        'Add <NativeProfile> with <Servers>, <NativeProtocolType> and <Authentication>; the CSP requires its nodes for the inbox IKEv2 and SSTP client.',
        profile.root,
      ),
    ];
  },
};
