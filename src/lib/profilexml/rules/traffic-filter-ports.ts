import { GUIDE } from '../guide-links';
import type { ProfileRule, RuleHit } from '../types';
import { elementChildren, textContent } from '../xml';
import { hit, SOURCE } from './support';

/** Port ranges in a traffic filter are valid only for TCP (6) and UDP (17). */
export const trafficFilterPortsRule: ProfileRule = {
  id: 'traffic-filter-ports',
  severity: 'error',
  title: 'Traffic filter ports without TCP or UDP',
  message: 'The CSP: LocalPortRanges and RemotePortRanges are only valid when Protocol is TCP (6) or UDP (17).',
  guide: GUIDE.routesTrafficFilters,
  sources: [SOURCE.csp],
  check({ profile }) {
    const hits: RuleHit[] = [];
    for (const filter of profile.trafficFilters) {
      const children = elementChildren(filter);
      const ports = children.find((child) => child.name === 'LocalPortRanges' || child.name === 'RemotePortRanges');
      if (!ports) continue;
      const protocol = children.find((child) => child.name === 'Protocol');
      const protocolText = protocol ? textContent(protocol) : undefined;
      if (protocolText === '6' || protocolText === '17') continue;
      hits.push(
        hit(
          protocolText === undefined
            ? `A <TrafficFilter> sets <${ports.name}> without a <Protocol>.`
            : `A <TrafficFilter> sets <${ports.name}> with <Protocol>${protocolText}</Protocol>.`,
          'Add <Protocol>6</Protocol> (TCP) or <Protocol>17</Protocol> (UDP); ports are valid only for those protocols.',
          ports,
        ),
      );
    }
    return hits;
  },
};
