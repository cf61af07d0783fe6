import { GUIDE } from '../guide-links';
import { isValue } from '../model';
import type { ProfileRule } from '../types';
import { hit, NATIVE, SOURCE } from './support';

/** Device tunnels do not support force tunnelling. */
export const deviceTunnelSplitTunnelRule: ProfileRule = {
  id: 'device-tunnel-split-tunnel',
  severity: 'error',
  title: 'Device tunnel is split tunnel',
  message: 'Device tunnels do not support force tunnelling; they must be configured as split tunnel.',
  guide: GUIDE.deviceTunnel,
  sources: [SOURCE.deviceTunnel, SOURCE.hicksDevice],
  check({ profile }) {
    if (!profile.isDeviceTunnel) return [];
    if (isValue(profile.routingPolicy, 'SplitTunnel')) return [];
    if (profile.routingPolicy === undefined) {
      return [
        hit(
          'The device tunnel does not set <RoutingPolicyType>.',
          'Add <RoutingPolicyType>SplitTunnel</RoutingPolicyType>; device tunnels support split tunnelling only.',
          profile.first(NATIVE),
          'warning',
        ),
      ];
    }
    return [
      hit(
        `<DeviceTunnel> is true but <RoutingPolicyType> is ${profile.routingPolicy}.`,
        'Set <RoutingPolicyType>SplitTunnel</RoutingPolicyType>; device tunnels do not support force tunnel.',
        profile.first(`${NATIVE}/RoutingPolicyType`),
      ),
    ];
  },
};
