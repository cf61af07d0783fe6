import { GUIDE } from '../guide-links';
import { isValue } from '../model';
import type { ProfileRule } from '../types';
import { hit, NATIVE, SOURCE } from './support';

/** A split tunnel without routes reaches only the class-based network of the assigned address. */
export const splitTunnelWithoutRoutesRule: ProfileRule = {
  id: 'split-tunnel-without-routes',
  severity: 'warning',
  title: 'Split tunnel without routes',
  message:
    'The CSP: a RouteList is required for split tunnelling when the site has more subnets than the default class-based one derived from the assigned address.',
  guide: GUIDE.routesTrafficFilters,
  sources: [SOURCE.csp],
  check({ profile }) {
    if (!isValue(profile.routingPolicy, 'SplitTunnel')) return [];
    if (profile.bool(`${NATIVE}/DisableClassBasedDefaultRoute`) === true) return [];
    if (profile.routes.length > 0) return [];
    return [
      hit(
        'The split tunnel has no <Route> entries.',
        'Only the class-based network of the address the VPN server assigns is routed (for 10.x addresses, 10.0.0.0/8). Add a <Route> per internal network, and usually <DisableClassBasedDefaultRoute>true</DisableClassBasedDefaultRoute>, unless your VPN server supplies the routes when the tunnel connects.',
        profile.first(`${NATIVE}/RoutingPolicyType`),
      ),
    ];
  },
};
