import { GUIDE } from '../guide-links';
import { isValue } from '../model';
import type { ProfileRule } from '../types';
import { hit, SOURCE } from './support';

/** VPN proxy settings are used only on force tunnel connections. */
export const proxySplitTunnelRule: ProfileRule = {
  id: 'proxy-split-tunnel',
  severity: 'warning',
  title: 'Proxy settings on a split tunnel',
  message: 'VPN proxy settings are used only on force tunnel connections; on split tunnel connections the general proxy settings apply.',
  guide: GUIDE.proxy,
  sources: [SOURCE.csp, SOURCE.profileOptions],
  check({ profile }) {
    const proxy = profile.first('VPNProfile/Proxy');
    if (!proxy || isValue(profile.routingPolicy, 'ForceTunnel')) return [];
    return [
      hit(
        `The profile has <Proxy> settings but the routing policy is ${profile.routingPolicy ?? 'not set'}.`,
        'These settings are ignored on a split tunnel. Use a ForceTunnel profile, or set a per-namespace proxy with <WebProxyServers> in a <DomainNameInformation> rule.',
        proxy,
      ),
    ];
  },
};
