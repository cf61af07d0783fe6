import { GUIDE } from '../guide-links';
import type { ProfileRule } from '../types';
import { hit, SOURCE } from './support';

/** Microsoft's device tunnel sample sets AlwaysOn to true explicitly. */
export const deviceTunnelAlwaysOnRule: ProfileRule = {
  id: 'device-tunnel-always-on',
  severity: 'warning',
  title: 'Device tunnel sets AlwaysOn',
  message: 'Microsoft\u2019s device tunnel sample and Hicks\u2019 template both set <AlwaysOn>true</AlwaysOn> on the device tunnel.',
  guide: GUIDE.deviceTunnel,
  sources: [SOURCE.deviceTunnel, SOURCE.hicksDevice],
  check({ profile }) {
    if (!profile.isDeviceTunnel) return [];
    const alwaysOn = profile.bool('VPNProfile/AlwaysOn');
    if (alwaysOn === true) return [];
    return [
      hit(
        alwaysOn === false ? 'The device tunnel sets <AlwaysOn>false</AlwaysOn>.' : 'The device tunnel does not set <AlwaysOn>.',
        'Add <AlwaysOn>true</AlwaysOn> so the tunnel connects before sign-in, as Microsoft\u2019s device tunnel sample does.',
        profile.first('VPNProfile/AlwaysOn') ?? profile.first('VPNProfile/DeviceTunnel'),
      ),
    ];
  },
};
