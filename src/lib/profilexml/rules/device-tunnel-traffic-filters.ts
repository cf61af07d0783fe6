import { GUIDE } from '../guide-links';
import { isValue } from '../model';
import type { ProfileRule } from '../types';
import { elementChildren, textContent } from '../xml';
import { hit, SOURCE } from './support';

/** Traffic filters on a device tunnel block unsolicited inbound traffic, which breaks manage-out. */
export const deviceTunnelTrafficFiltersRule: ProfileRule = {
  id: 'device-tunnel-traffic-filters',
  severity: 'warning',
  title: 'Traffic filters on a device tunnel block inbound management',
  message:
    'With traffic filters on a device tunnel, inbound traffic is denied, so server-initiated management (WinRM, remote GPUpdate, Configuration Manager push) fails.',
  guide: GUIDE.deviceTunnel,
  sources: [SOURCE.deviceTunnel, SOURCE.csp],
  check({ profile }) {
    if (!profile.isDeviceTunnel || profile.trafficFilters.length === 0) return [];
    const hasInbound = profile.trafficFilters.some((filter) =>
      elementChildren(filter).some((child) => child.name === 'Direction' && isValue(textContent(child), 'Inbound')),
    );
    if (hasInbound) {
      return [
        hit(
          'The device tunnel has traffic filters, including an inbound one.',
          'Only the inbound traffic your Inbound filters list reaches the device; check that they cover every management tool that connects to it (Direction needs Windows 10 2004 or later).',
          profile.trafficFilters[0],
          'info',
        ),
      ];
    }
    return [
      hit(
        `The device tunnel has ${profile.trafficFilters.length} traffic filter(s) and no inbound filter.`,
        'Expect unsolicited inbound traffic to be blocked: remove the filters and restrict the tunnel with host routes, or add <Direction>Inbound</Direction> filters (Windows 10 2004 or later) for the management traffic you need.',
        profile.trafficFilters[0],
      ),
    ];
  },
};
