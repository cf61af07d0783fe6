import { GUIDE } from '../guide-links';
import type { ProfileRule } from '../types';
import { isWindows11Build } from '../windows-builds';
import { hit, NATIVE, SOURCE } from './support';

/**
 * Field report (Richard Hicks' templates): deploying ProfileXML with Intune to
 * Windows 11 requires the server listed twice, `vpn.example.net;vpn.example.net`
 * — which the CSP reads as the server name followed by a friendly name.
 */
export const intuneDuplicateServerRule: ProfileRule = {
  id: 'intune-duplicate-server',
  severity: 'warning',
  title: 'Windows 11 with Intune: server listed twice',
  message:
    'Richard Hicks\u2019 templates list the VPN server twice (name;name) because this is required when deploying the XML with Intune to Windows 11. Microsoft does not document it; the CSP reads the second name as the friendly name.',
  guide: GUIDE.profileXmlIntune,
  sources: [SOURCE.hicksUser, SOURCE.hicksDevice, SOURCE.csp],
  check({ profile, options }) {
    if (options.target !== 'intune' || !isWindows11Build(options.build)) return [];
    const servers = profile.text(`${NATIVE}/Servers`);
    if (servers === undefined || servers === '') return [];
    const entries = servers
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '');
    const single = entries.filter((entry) => !entry.includes(';'));
    if (single.length === 0) return [];
    const fixed = entries.map((entry) => (entry.includes(';') ? entry : `${entry};${entry}`)).join(',');
    return [
      hit(
        `<Servers> is "${servers}" and the profile targets Windows 11 through Intune.`,
        `Write <Servers>${fixed}</Servers> (server name, then the same name as its friendly name), as Hicks\u2019 templates do for Intune and Windows 11.`,
        profile.first(`${NATIVE}/Servers`),
      ),
    ];
  },
};
