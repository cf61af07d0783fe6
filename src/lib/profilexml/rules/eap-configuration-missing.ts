import { GUIDE } from '../guide-links';
import { isValue } from '../model';
import type { ProfileRule } from '../types';
import { elementChildren } from '../xml';
import { AUTH, hit, SOURCE } from './support';

/** EAP authentication needs the EAP configuration XML. */
export const eapConfigurationMissingRule: ProfileRule = {
  id: 'eap-configuration-missing',
  severity: 'error',
  title: 'EAP method without EAP configuration',
  message: 'The CSP requires <Eap><Configuration> (the EapHostConfig XML) when the profile uses EAP authentication.',
  guide: GUIDE.userTunnel,
  sources: [SOURCE.csp],
  check({ profile }) {
    const userEap = isValue(profile.text(`${AUTH}/UserMethod`), 'Eap');
    const machineEap = isValue(profile.text(`${AUTH}/MachineMethod`), 'Eap');
    if (!userEap && !machineEap) return [];
    const configuration = profile.first(`${AUTH}/Eap/Configuration`);
    if (!configuration) {
      return [
        hit(
          'The profile uses EAP but has no <Eap><Configuration>.',
          'Add the EapHostConfig XML inside <Authentication><Eap><Configuration>; export it from a hand-built connection with (Get-VpnConnection -Name <name>).EapConfigXmlStream.InnerXml.',
          profile.first(`${AUTH}/UserMethod`) ?? profile.first(AUTH),
        ),
      ];
    }
    if (!elementChildren(configuration).some((child) => child.localName === 'EapHostConfig')) {
      return [
        hit(
          '<Eap><Configuration> contains no <EapHostConfig> element.',
          'Paste the EapHostConfig XML (namespace http://www.microsoft.com/provisioning/EapHostConfig) inside <Configuration>.',
          configuration,
        ),
      ];
    }
    return [];
  },
};
