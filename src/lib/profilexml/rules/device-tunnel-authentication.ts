import { GUIDE } from '../guide-links';
import { isValue } from '../model';
import type { ProfileRule, RuleHit } from '../types';
import { AUTH, hit, SOURCE } from './support';

/** Device tunnels authenticate with the machine certificate only. */
export const deviceTunnelAuthenticationRule: ProfileRule = {
  id: 'device-tunnel-authentication',
  severity: 'error',
  title: 'Device tunnel uses machine certificate authentication',
  message:
    'A device tunnel authenticates with the computer certificate: <MachineMethod>Certificate</MachineMethod> and no user or EAP method.',
  guide: GUIDE.deviceTunnel,
  sources: [SOURCE.deviceTunnel, SOURCE.hicksDevice],
  check({ profile }) {
    if (!profile.isDeviceTunnel) return [];
    const hits: RuleHit[] = [];
    const machine = profile.text(`${AUTH}/MachineMethod`);
    if (!isValue(machine, 'Certificate')) {
      hits.push(
        hit(
          machine === undefined
            ? '<DeviceTunnel> is true but <MachineMethod> is not set.'
            : `<DeviceTunnel> is true but <MachineMethod> is ${machine}.`,
          'Set <MachineMethod>Certificate</MachineMethod>; device tunnels support machine certificate authentication only.',
          profile.first(`${AUTH}/MachineMethod`) ?? profile.first(AUTH),
        ),
      );
    }
    const user = profile.first(`${AUTH}/UserMethod`);
    if (user) {
      hits.push(
        hit('The device tunnel also has a <UserMethod>.', 'Remove <UserMethod> and <Eap>; no user is involved before sign-in.', user),
      );
    } else if (profile.first(`${AUTH}/Eap`)) {
      hits.push(
        hit('The device tunnel has an <Eap> configuration.', 'Remove <Eap>; device tunnels do not use EAP.', profile.first(`${AUTH}/Eap`)),
      );
    }
    return hits;
  },
};
