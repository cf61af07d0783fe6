import { GUIDE } from '../guide-links';
import { isValue } from '../model';
import type { ProfileRule } from '../types';
import { hit, NATIVE, SOURCE } from './support';

/** Hicks: with ForceTunnel, DisableClassBasedDefaultRoute must be false or absent. */
export const forceTunnelClassRouteRule: ProfileRule = {
  id: 'force-tunnel-class-route',
  severity: 'warning',
  title: 'Force tunnel with DisableClassBasedDefaultRoute',
  message: 'Hicks\u2019 template: if ForceTunnel is enabled, DisableClassBasedDefaultRoute must be false or removed.',
  guide: GUIDE.splitVsForce,
  sources: [SOURCE.hicksUser],
  check({ profile }) {
    if (!isValue(profile.routingPolicy, 'ForceTunnel')) return [];
    if (profile.bool(`${NATIVE}/DisableClassBasedDefaultRoute`) !== true) return [];
    return [
      hit(
        '<RoutingPolicyType> is ForceTunnel and <DisableClassBasedDefaultRoute> is true.',
        'Remove <DisableClassBasedDefaultRoute> or set it to false; it belongs to split tunnel profiles.',
        profile.first(`${NATIVE}/DisableClassBasedDefaultRoute`),
      ),
    ];
  },
};
