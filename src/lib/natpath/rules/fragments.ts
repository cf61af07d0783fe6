/**
 * Large IKE_AUTH messages. Certificate authentication (more so with PEAP, long
 * chains and large RSA keys) makes IKE_AUTH exceed the path MTU; the IP layer
 * fragments it, many firewalls drop IP fragments, and the connection fails with
 * 809 (Hicks, IKEv2 fragmentation and limitations posts). IKEv2 fragmentation
 * (RFC 7383) avoids IP fragments; RRAS enables it with EnableServerFragmentation
 * = 1 (DWORD) under HKLM\SYSTEM\CurrentControlSet\Services\RemoteAccess\Parameters\Ikev2
 * on Windows Server 1803 (build 17134) or later, then a restart of RemoteAccess
 * (Enable-VpnServerIKEv2Fragmentation.ps1 v1.2; an older copy says to restart the server).
 */
import { PATH_MTU } from '../simulate';
import { ERROR_809, LINKS, isBlocked } from '../topology';
import { formatCount, makeFinding, type Rule } from './rule';

const ENABLE_FRAGMENTATION =
  'Enable IKEv2 fragmentation on every RRAS server: set EnableServerFragmentation = 1 (REG_DWORD) under HKLM\\SYSTEM\\CurrentControlSet\\Services\\RemoteAccess\\Parameters\\Ikev2 and restart the RemoteAccess service. It needs Windows Server 1803 (build 17134) or later.';

export const fragmentsRule: Rule = {
  id: 'ike-fragments',
  evaluate({ topology, trace }) {
    if (topology.proto !== 'ikev2') return null;
    const fragmentation = trace.ikeAuthFragmentation;
    const common = {
      id: 'ike-fragments',
      links: [LINKS.ikev2Fragmentation, LINKS.error809],
      sources: ['hicksIkev2Limits', 'aovpnFragScript', 'rfc7383'] as const,
      assumptions: ['mtu1500', 'ikeAuthBothWays'] as const,
    };
    if (fragmentation.kind === 'ike') {
      return {
        finding: makeFinding({
          ...common,
          severity: 'info',
          title: 'IKEv2 fragmentation keeps IKE_AUTH inside the MTU',
          explanation: `The ${formatCount(topology.ikeAuthBytes)}-byte IKE_AUTH is larger than a ${formatCount(PATH_MTU)}-byte packet. Both peers announced IKEV2_FRAGMENTATION_SUPPORTED (notify 16430) in IKE_SA_INIT, so IKE splits the encrypted message into ${fragmentation.count} Encrypted Fragment payloads, each in a packet of its own. No IP fragments cross the path${isBlocked(topology, 'fragments') ? ', so the firewall that drops them does not matter' : ''}.`,
          assumptions: [...common.assumptions, 'clientFragSupport', 'ikeFragmentSize'],
        }),
      };
    }
    if (fragmentation.kind === 'none') return null;
    if (!isBlocked(topology, 'fragments')) {
      return {
        finding: makeFinding({
          ...common,
          severity: 'warning',
          title: 'IKE_AUTH leaves as IP fragments',
          explanation: `The ${formatCount(topology.ikeAuthBytes)}-byte IKE_AUTH does not fit in a ${formatCount(PATH_MTU)}-byte packet and IKEv2 fragmentation is off, so it crosses the path as ${fragmentation.count} IP fragments. This path passes them, but many firewalls block IP fragments by default, so the same client can fail with 809 from some locations and not others.`,
          fix: ENABLE_FRAGMENTATION,
        }),
      };
    }
    return {
      finding: makeFinding({
        ...common,
        severity: 'error',
        title: 'IKE_AUTH is fragmented and the path drops IP fragments',
        explanation: `IKE_SA_INIT is small and succeeds. The ${formatCount(topology.ikeAuthBytes)}-byte IKE_AUTH does not fit in a ${formatCount(PATH_MTU)}-byte packet, so it leaves as ${fragmentation.count} IP fragments, and a firewall on the path drops them. RRAS never receives a whole IKE_AUTH, and the client gives up with error 809.`,
        fix: `${ENABLE_FRAGMENTATION} Smaller certificate chains and keys shrink IKE_AUTH as well.`,
      }),
      verdict: {
        kind: 'fails-always',
        headline: `Fails with error 809: the ${formatCount(topology.ikeAuthBytes)}-byte IKE_AUTH leaves as IP fragments, and the path drops them.`,
        error: ERROR_809,
        errorNote: null,
      },
    };
  },
};
