import { GUIDE } from '../guide-links';
import type { ProfileRule, RuleHit } from '../types';
import { elementChildren } from '../xml';
import { hit, SOURCE } from './support';

function isIpv4(address: string): boolean {
  const parts = address.split('.');
  return parts.length === 4 && parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255);
}

function isIpv6(address: string): boolean {
  if (!/^[0-9a-f:.]+$/i.test(address) || !address.includes(':')) return false;
  const doubleColons = address.split('::').length - 1;
  if (doubleColons > 1) return false;
  const groups = address.split(':').filter((group) => group !== '');
  if (groups.some((group) => !/^[0-9a-f]{1,4}$/i.test(group) && !isIpv4(group))) return false;
  return doubleColons === 1 ? groups.length <= 7 : groups.length === 8 || (groups.length === 7 && isIpv4(groups[6] ?? ''));
}

/** Each route needs an IPv4 or IPv6 address and a prefix size that fits it. */
export const routeInvalidRule: ProfileRule = {
  id: 'route-invalid',
  severity: 'error',
  title: 'Route address or prefix size invalid',
  message: 'Each <Route> needs an IPv4 or IPv6 <Address> and a <PrefixSize> of at most 32 (IPv4) or 128 (IPv6).',
  guide: GUIDE.routesTrafficFilters,
  sources: [SOURCE.csp, SOURCE.xsd],
  check({ profile }) {
    const hits: RuleHit[] = [];
    for (const route of profile.routes) {
      const children = elementChildren(route.element);
      const addressElement = children.find((child) => child.name === 'Address');
      const prefixElement = children.find((child) => child.name === 'PrefixSize');
      if (route.address === undefined || route.address === '') {
        hits.push(hit('A <Route> has no <Address>.', 'Add the network address, e.g. <Address>10.0.0.0</Address>.', route.element));
        continue;
      }
      const isV4 = isIpv4(route.address);
      if (!isV4 && !isIpv6(route.address)) {
        hits.push(
          hit(`<Address> is "${route.address}".`, 'Expected an IPv4 address (10.0.0.0) or an IPv6 address (2001:db8::).', addressElement),
        );
        continue;
      }
      if (!prefixElement) {
        hits.push(hit(`The route to ${route.address} has no <PrefixSize>.`, `Add <PrefixSize> (0 to ${isV4 ? 32 : 128}).`, route.element));
        continue;
      }
      const limit = isV4 ? 32 : 128;
      if (route.prefixSize !== undefined && route.prefixSize > limit) {
        hits.push(
          hit(
            `The route to ${route.address} has <PrefixSize>${route.prefixSize}</PrefixSize>.`,
            `An ${isV4 ? 'IPv4' : 'IPv6'} prefix is at most ${limit}.`,
            prefixElement,
          ),
        );
      }
    }
    return hits;
  },
};
