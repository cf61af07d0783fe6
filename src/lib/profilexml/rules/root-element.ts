import { GUIDE } from '../guide-links';
import type { ProfileRule } from '../types';
import { hit, SOURCE } from './support';

/** The document element must be <VPNProfile>. */
export const rootElementRule: ProfileRule = {
  id: 'root-element',
  severity: 'error',
  title: 'Root element is <VPNProfile>',
  message: 'The ProfileXML document element must be <VPNProfile>, spelled exactly so.',
  guide: GUIDE.profileXmlIntune,
  sources: [SOURCE.xsd, SOURCE.xmlSpec],
  check({ profile }) {
    const { root } = profile;
    if (root.name === 'VPNProfile') return [];
    if (root.name.toLowerCase() === 'vpnprofile') {
      return [
        hit(
          `The root element is <${root.name}>.`,
          'Write <VPNProfile> with this exact case; XML names are case-sensitive and the ProfileXML schema names the root VPNProfile. The other checks below read it as VPNProfile.',
          root,
        ),
      ];
    }
    return [hit(`The root element is <${root.name}>.`, 'Expected <VPNProfile> as the root element of a ProfileXML.', root)];
  },
};
