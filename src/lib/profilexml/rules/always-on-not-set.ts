import { GUIDE } from '../guide-links';
import type { ProfileRule } from '../types';
import { hit, SOURCE } from './support';

/** Without AlwaysOn the user tunnel does not connect automatically at sign-in. */
export const alwaysOnNotSetRule: ProfileRule = {
  id: 'always-on-not-set',
  severity: 'info',
  title: 'User tunnel without AlwaysOn',
  message: 'AlwaysOn makes the profile connect automatically at sign-in; it defaults to false.',
  guide: GUIDE.triggersAlwaysOn,
  sources: [SOURCE.csp],
  check({ profile }) {
    if (profile.isDeviceTunnel || profile.bool('VPNProfile/AlwaysOn') === true) return [];
    return [
      hit(
        'The user tunnel does not set <AlwaysOn>true</AlwaysOn>.',
        'Add <AlwaysOn>true</AlwaysOn> if the connection should start automatically at sign-in (the default is false).',
        profile.first('VPNProfile/AlwaysOn') ?? profile.root,
      ),
    ];
  },
};
