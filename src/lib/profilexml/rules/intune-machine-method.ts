import { GUIDE } from '../guide-links';
import { isValue } from '../model';
import type { ProfileRule } from '../types';
import { isWindows11Build } from '../windows-builds';
import { AUTH, hit, SOURCE } from './support';

/** Field report (Hicks' user template): the machine EAP method must be present when deploying with Intune to Windows 11. */
export const intuneMachineMethodRule: ProfileRule = {
  id: 'intune-machine-method',
  severity: 'warning',
  title: 'Windows 11 with Intune: MachineMethod Eap in user tunnels',
  message:
    'Richard Hicks\u2019 user tunnel template includes <MachineMethod>Eap</MachineMethod> because it must be present when deploying the XML with Intune to Windows 11 (a field report, not documented by Microsoft).',
  guide: GUIDE.profileXmlIntune,
  sources: [SOURCE.hicksUser],
  check({ profile, options }) {
    if (options.target !== 'intune' || !isWindows11Build(options.build) || profile.isDeviceTunnel) return [];
    const userMethod = profile.text(`${AUTH}/UserMethod`);
    if (!isValue(userMethod, 'Eap')) return [];
    if (profile.text(`${AUTH}/MachineMethod`) !== undefined) return [];
    return [
      hit(
        'The user tunnel uses <UserMethod>Eap</UserMethod> without a <MachineMethod> and targets Windows 11 through Intune.',
        'Add <MachineMethod>Eap</MachineMethod> after <UserMethod>, as Hicks\u2019 template does for Intune and Windows 11.',
        profile.first(`${AUTH}/UserMethod`),
      ),
    ];
  },
};
