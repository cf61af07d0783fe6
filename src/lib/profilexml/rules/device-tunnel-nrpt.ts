import { GUIDE } from '../guide-links';
import type { ProfileRule } from '../types';
import { hit, SOURCE } from './support';

/** With both tunnels on a device, the NRPT belongs on the user tunnel only. */
export const deviceTunnelNrptRule: ProfileRule = {
  id: 'device-tunnel-nrpt',
  severity: 'warning',
  title: 'NRPT on a device tunnel',
  message:
    'When a user tunnel and a device tunnel are both used, Microsoft supports the NRPT (DomainNameInformation) only on the user tunnel.',
  guide: GUIDE.dnsNrpt,
  sources: [SOURCE.deviceTunnel],
  check({ profile, options }) {
    if (!profile.isDeviceTunnel || options.companionTunnel === 'none') return [];
    const rules = profile.all('VPNProfile/DomainNameInformation');
    if (rules.length === 0) return [];
    return [
      hit(
        `The device tunnel has ${rules.length} <DomainNameInformation> (NRPT) rule(s).`,
        options.companionTunnel === 'deployed'
          ? 'Move the NRPT rules to the user tunnel; with both tunnels, the NRPT can be used only on the user tunnel.'
          : 'If these devices also get a user tunnel, move the NRPT rules to it; with both tunnels, the NRPT can be used only on the user tunnel.',
        rules[0],
        options.companionTunnel === 'deployed' ? 'warning' : 'info',
      ),
    ];
  },
};
