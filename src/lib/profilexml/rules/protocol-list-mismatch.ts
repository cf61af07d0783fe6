import { GUIDE } from '../guide-links';
import { isValue } from '../model';
import type { ProfileRule } from '../types';
import { hit, NATIVE, SOURCE } from './support';

/** NativeProtocolType ProtocolList and the <ProtocolList> element go together. */
export const protocolListMismatchRule: ProfileRule = {
  id: 'protocol-list-mismatch',
  severity: 'error',
  title: 'ProtocolList without its counterpart',
  message:
    'The CSP: using NativeProtocolType ProtocolList requires the NativeProfile/ProtocolList node, which lists the protocols in priority order.',
  guide: GUIDE.protocols,
  sources: [SOURCE.csp],
  check({ profile }) {
    const list = profile.first(`${NATIVE}/ProtocolList`);
    const wantsList = isValue(profile.protocol, 'ProtocolList');
    if (wantsList && !list) {
      return [
        hit(
          '<NativeProtocolType> is ProtocolList but there is no <ProtocolList> element.',
          'Add <ProtocolList> with one <NativeProtocol><Type>…</Type></NativeProtocol> per protocol in priority order (up to four).',
          profile.first(`${NATIVE}/NativeProtocolType`),
        ),
      ];
    }
    if (list && !wantsList) {
      return [
        hit(
          `The profile has a <ProtocolList> but <NativeProtocolType> is ${profile.protocol ?? 'not set'}.`,
          'Set <NativeProtocolType>ProtocolList</NativeProtocolType> for the list to be used, or remove the list.',
          list,
          'warning',
        ),
      ];
    }
    return [];
  },
};
