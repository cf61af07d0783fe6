import { GUIDE } from '../guide-links';
import type { ProfileRule } from '../types';
import { hit, SOURCE } from './support';

/** Hicks (July 2021): traffic filters were not compatible with IPv6 clients. */
export const trafficFilterIpv6Rule: ProfileRule = {
  id: 'traffic-filter-ipv6',
  severity: 'info',
  title: 'Traffic filters with IPv6 routes',
  message:
    'Richard Hicks\u2019 template (noted in July 2021) says traffic filters are not compatible with IPv6 and should not be used when VPN clients get IPv6 addresses.',
  guide: GUIDE.routesTrafficFilters,
  sources: [SOURCE.hicksUser],
  check({ profile }) {
    if (profile.trafficFilters.length === 0) return [];
    const ipv6 = profile.routes.find((route) => route.family === 6);
    if (!ipv6) return [];
    return [
      hit(
        'The profile has traffic filters and an IPv6 <Route>.',
        'Test traffic filters with IPv6 carefully: Hicks recorded in July 2021 that they were not compatible with IPv6-addressed VPN clients. Newer Windows builds may behave differently.',
        ipv6.element,
      ),
    ];
  },
};
