import { GUIDE } from '../guide-links';
import { isValue } from '../model';
import type { ProfileRule } from '../types';
import { hit, NATIVE, SOURCE } from './support';

/** Device tunnels support IKEv2 only, with no SSTP fallback. */
export const deviceTunnelProtocolRule: ProfileRule = {
  id: 'device-tunnel-protocol',
  severity: 'error',
  title: 'Device tunnel uses IKEv2',
  message: 'A device tunnel supports IKEv2 only, with no SSTP fallback.',
  guide: GUIDE.deviceTunnel,
  sources: [SOURCE.deviceTunnel, SOURCE.hicksDevice],
  check({ profile }) {
    if (!profile.isDeviceTunnel || profile.protocol === undefined) return [];
    if (isValue(profile.protocol, 'IKEv2')) return [];
    return [
      hit(
        `<DeviceTunnel> is true but <NativeProtocolType> is ${profile.protocol}.`,
        'Set <NativeProtocolType>IKEv2</NativeProtocolType>; device tunnels support IKEv2 only.',
        profile.first(`${NATIVE}/NativeProtocolType`),
      ),
    ];
  },
};
