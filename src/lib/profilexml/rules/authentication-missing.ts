import { GUIDE } from '../guide-links';
import type { ProfileRule } from '../types';
import { AUTH, hit, NATIVE, SOURCE } from './support';

/** <Authentication> with a user or machine method is required. */
export const authenticationMissingRule: ProfileRule = {
  id: 'authentication-missing',
  severity: 'error',
  title: '<Authentication> with a method',
  message: 'The CSP requires an <Authentication> node with a UserMethod or MachineMethod in every native profile.',
  guide: GUIDE.userTunnel,
  sources: [SOURCE.csp, SOURCE.xsd],
  check({ profile }) {
    const native = profile.first(NATIVE);
    if (!native) return [];
    const auth = profile.first(AUTH);
    if (!auth) {
      return [
        hit(
          '<NativeProfile> has no <Authentication>.',
          profile.isDeviceTunnel
            ? 'Add <Authentication><MachineMethod>Certificate</MachineMethod></Authentication>.'
            : 'Add <Authentication> with <UserMethod>Eap</UserMethod> and the EAP configuration.',
          native,
        ),
      ];
    }
    if (profile.text(`${AUTH}/UserMethod`) === undefined && profile.text(`${AUTH}/MachineMethod`) === undefined) {
      return [
        hit(
          '<Authentication> has neither <UserMethod> nor <MachineMethod>.',
          'Add the method the tunnel uses (Eap for a user tunnel, Certificate for a device tunnel).',
          auth,
        ),
      ];
    }
    return [];
  },
};
