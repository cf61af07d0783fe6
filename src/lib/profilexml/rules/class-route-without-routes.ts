import { GUIDE } from '../guide-links';
import { isValue } from '../model';
import type { ProfileRule } from '../types';
import { hit, NATIVE, SOURCE } from './support';

/** DisableClassBasedDefaultRoute removes the only automatic route; split tunnels then need explicit routes. */
export const classRouteWithoutRoutesRule: ProfileRule = {
  id: 'class-route-without-routes',
  severity: 'error',
  title: 'DisableClassBasedDefaultRoute without routes',
  message: 'With DisableClassBasedDefaultRoute true on a split tunnel, only the <Route> entries send traffic into the tunnel.',
  guide: GUIDE.routesTrafficFilters,
  sources: [SOURCE.csp, SOURCE.hicksUser],
  check({ profile }) {
    if (profile.bool(`${NATIVE}/DisableClassBasedDefaultRoute`) !== true) return [];
    if (isValue(profile.routingPolicy, 'ForceTunnel')) return [];
    if (profile.routes.some((route) => !route.isExclusion)) return [];
    return [
      hit(
        '<DisableClassBasedDefaultRoute> is true and the profile has no <Route> entries.',
        'Add a <Route> for every internal network (Address and PrefixSize); without the class-based route nothing else is routed into the tunnel.',
        profile.first(`${NATIVE}/DisableClassBasedDefaultRoute`),
      ),
    ];
  },
};
