import { GUIDE } from '../guide-links';
import { isValue } from '../model';
import type { ProfileRule } from '../types';
import { hit, SOURCE } from './support';

/** With force tunnel everything already goes through the VPN; only exclusion routes make sense. */
export const forceTunnelInclusionRoutesRule: ProfileRule = {
  id: 'force-tunnel-inclusion-routes',
  severity: 'warning',
  title: 'Force tunnel with inclusion routes',
  message:
    'With ForceTunnel all traffic already uses the VPN; Hicks\u2019 template says to remove the Route entries (exclusion routes are the exception).',
  guide: GUIDE.splitVsForce,
  sources: [SOURCE.hicksUser, SOURCE.csp],
  check({ profile }) {
    if (!isValue(profile.routingPolicy, 'ForceTunnel')) return [];
    const inclusion = profile.routes.filter((route) => !route.isExclusion);
    if (inclusion.length === 0) return [];
    return [
      hit(
        `<RoutingPolicyType> is ForceTunnel and ${inclusion.length} <Route> entr${inclusion.length === 1 ? 'y is' : 'ies are'} not exclusion routes.`,
        'Remove the inclusion routes, or switch to SplitTunnel if only these networks should use the VPN. Keep only <ExclusionRoute>true</ExclusionRoute> routes with force tunnel.',
        inclusion[0]?.element,
      ),
    ];
  },
};
