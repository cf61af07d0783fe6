import { GUIDE } from '../guide-links';
import type { ProfileRule } from '../types';
import { hit, NATIVE, SOURCE } from './support';

/** <Servers> is required for native profiles. */
export const serversMissingRule: ProfileRule = {
  id: 'servers-missing',
  severity: 'error',
  title: '<Servers> set',
  message: 'A native profile must name the VPN server (public name or address) in <NativeProfile><Servers>.',
  guide: GUIDE.profileXmlIntune,
  sources: [SOURCE.csp, SOURCE.xsd],
  check({ profile }) {
    const native = profile.first(NATIVE);
    if (!native) return [];
    const servers = profile.text(`${NATIVE}/Servers`);
    if (servers === undefined) {
      return [
        hit(
          '<NativeProfile> has no <Servers> element.',
          'Add <Servers> with the public name of the VPN server, e.g. vpn.example.net.',
          native,
        ),
      ];
    }
    if (servers === '') {
      return [hit('<Servers> is empty.', 'Enter the public name or address of the VPN server.', profile.first(`${NATIVE}/Servers`))];
    }
    return [];
  },
};
