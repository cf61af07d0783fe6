import { GUIDE } from '../guide-links';
import type { ProfileRule } from '../types';
import { hit, SOURCE } from './support';

/** RegisterDNS should be set on one tunnel only; Hicks sets it on the device tunnel. */
export const registerDnsBothTunnelsRule: ProfileRule = {
  id: 'register-dns-both-tunnels',
  severity: 'warning',
  title: 'RegisterDNS on both tunnels',
  message:
    'When a device tunnel and a user tunnel are both deployed, register the address in DNS from one of them only; Hicks uses the device tunnel.',
  guide: GUIDE.dnsNrpt,
  sources: [SOURCE.hicksUser, SOURCE.hicksDevice],
  check({ profile, options }) {
    if (profile.isDeviceTunnel || options.companionTunnel === 'none') return [];
    if (profile.bool('VPNProfile/RegisterDNS') !== true) return [];
    return [
      hit(
        'The user tunnel sets <RegisterDNS>true</RegisterDNS>.',
        options.companionTunnel === 'deployed'
          ? 'Remove it from the user tunnel and keep it on the device tunnel only, so the two tunnels do not both register addresses for the computer.'
          : 'If these devices also have a device tunnel, keep RegisterDNS on the device tunnel only.',
        profile.first('VPNProfile/RegisterDNS'),
        options.companionTunnel === 'deployed' ? 'warning' : 'info',
      ),
    ];
  },
};
