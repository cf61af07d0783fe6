import { GUIDE } from '../guide-links';
import { isValue } from '../model';
import type { ProfileRule } from '../types';
import { AUTH, hit, SOURCE } from './support';

/** MachineMethod Certificate is only supported with IKEv2. */
export const machineMethodWithoutIkev2Rule: ProfileRule = {
  id: 'machine-method-without-ikev2',
  severity: 'error',
  title: 'Machine certificate authentication without IKEv2',
  message: 'The CSP: MachineMethod is only supported in IKEv2.',
  guide: GUIDE.deviceTunnel,
  sources: [SOURCE.csp],
  check({ profile }) {
    if (!isValue(profile.text(`${AUTH}/MachineMethod`), 'Certificate')) return [];
    // Device tunnels: device-tunnel-protocol reports this. ProtocolList may list IKEv2.
    if (profile.isDeviceTunnel || profile.protocol === undefined) return [];
    if (isValue(profile.protocol, 'IKEv2') || isValue(profile.protocol, 'ProtocolList')) return [];
    return [
      hit(
        `<MachineMethod> is Certificate and <NativeProtocolType> is ${profile.protocol}.`,
        'Set <NativeProtocolType>IKEv2</NativeProtocolType>; machine certificate authentication works only with IKEv2.',
        profile.first(`${AUTH}/MachineMethod`),
      ),
    ];
  },
};
