/**
 * SSTP: TLS on TCP 443, one connection per client.
 * - TLS offload: RRAS must be configured with the SHA-256 hash of the
 *   certificate the edge presents (Microsoft SSTP event 23 for reverse proxies;
 *   KB 947026: RRAS uses the certificate hash for crypto binding). Hicks'
 *   Enable-SstpOffload.ps1 sets, under HKLM\SYSTEM\CurrentControlSet\Services\SstpSvc\Parameters,
 *   UseHttps = 0, isHashConfiguredByAdmin = 1 and SHA256CertificateHash
 *   (REG_BINARY, 32 bytes: event 18), removes SHA1CertificateHash, and asks for
 *   a restart of RemoteAccess.
 * - Persistence: SSL session ID with source IP as fallback (Hicks).
 * - Full NAT: assumption `sstpThroughFullNat`.
 */
import { LINKS, isBlocked } from '../topology';
import { makeFinding, type Rule } from './rule';

const UNVERIFIED_ERROR = 'The error the Windows client shows in this case was not verified in the sources checked.';

export const sstpBlockedRule: Rule = {
  id: 'sstp-tcp443-blocked',
  evaluate({ topology }) {
    if (topology.proto !== 'sstp' || !isBlocked(topology, 'tcp443')) return null;
    return {
      finding: makeFinding({
        id: 'sstp-tcp443-blocked',
        severity: 'error',
        title: 'TCP 443 is blocked: SSTP cannot connect',
        explanation: `SSTP runs entirely inside one TLS connection on TCP 443. With TCP 443 blocked the connection never opens. ${UNVERIFIED_ERROR}`,
        fix: 'Allow TCP 443 from clients to the VPN address.',
        links: [LINKS.firewallPorts, LINKS.sstpLoadBalancing],
        sources: ['hicksSstpOffload'],
      }),
      verdict: {
        kind: 'fails-always',
        headline: 'Fails for every client: TCP 443 is blocked, so the SSTP connection never opens.',
        error: null,
        errorNote: UNVERIFIED_ERROR,
      },
    };
  },
};

export const sstpOffloadRule: Rule = {
  id: 'sstp-offload',
  evaluate({ topology, terms }) {
    if (topology.proto !== 'sstp' || topology.tls !== 'offload') return null;
    if (topology.edge === 'none') {
      return {
        finding: makeFinding({
          id: 'sstp-offload',
          severity: 'info',
          title: 'TLS offload needs an edge',
          explanation:
            'There is no edge in front of RRAS, so nothing can terminate TLS for it; the trace treats the connection as passed through to RRAS.',
          links: [LINKS.sstpLoadBalancing],
          sources: ['hicksSstpOffload'],
        }),
      };
    }
    const relatedErrors = [LINKS.error0x80092013, LINKS.error0x800b0101];
    const certificateNote = `Clients now validate the edge’s certificate: if its revocation list cannot be reached or it has expired, see errors 0x80092013 and 0x800B0101.`;
    if (topology.sstpHash === 'ok') {
      return {
        finding: makeFinding({
          id: 'sstp-offload',
          severity: 'info',
          title: 'TLS offload with the edge certificate hash configured on RRAS',
          explanation: `${terms.product === 'the edge' ? 'The edge' : terms.product} terminates TLS and passes plain HTTP to RRAS, which holds the SHA-256 hash of the edge certificate, so the crypto binding matches. ${certificateNote}`,
          fix: 'When the edge certificate is renewed, update SHA256CertificateHash on every RRAS server and restart RemoteAccess. Health checks should use HTTP against the SSTP URL, since RRAS no longer speaks HTTPS.',
          links: [LINKS.sstpLoadBalancing, LINKS.sstpCertificate, ...relatedErrors],
          sources: ['hicksSstpOffload', 'aovpnSstpScript', 'msSstpEvent23', 'msKb947026'],
          assumptions: ['sstpBackendPort'],
        }),
      };
    }
    return {
      finding: makeFinding({
        id: 'sstp-offload',
        severity: 'error',
        title: 'TLS offload without the edge certificate hash on RRAS',
        explanation: `The client negotiates TLS with the edge and, in the SSTP crypto binding, sends the hash of the certificate it saw: the edge’s. RRAS compares it with the hash of its own certificate, finds a mismatch, and ends the connection as a possible interception. ${UNVERIFIED_ERROR}`,
        fix: 'On every RRAS server set, under HKLM\\SYSTEM\\CurrentControlSet\\Services\\SstpSvc\\Parameters: UseHttps = 0 (DWORD), isHashConfiguredByAdmin = 1 (DWORD), and SHA256CertificateHash = the SHA-256 hash of the edge certificate (REG_BINARY, 32 bytes); remove SHA1CertificateHash if present, then restart RemoteAccess. Hicks’ Enable-SstpOffload.ps1 does exactly this.',
        links: [LINKS.sstpLoadBalancing, LINKS.sstpCertificate, ...relatedErrors],
        sources: ['aovpnSstpScript', 'msSstpEvent23', 'msSstpEvent18', 'msKb947026', 'hicksSstpOffload'],
        assumptions: ['sstpBackendPort'],
      }),
      verdict: {
        kind: 'fails-always',
        headline:
          'Fails for every client: TLS ends at the edge, and RRAS rejects the crypto binding because it does not hold the edge certificate hash.',
        error: null,
        errorNote: UNVERIFIED_ERROR,
      },
    };
  },
};

export const sstpAddressRule: Rule = {
  id: 'sstp-address',
  evaluate({ topology, terms, serverCount }) {
    if (topology.proto !== 'sstp' || topology.edge === 'none') return null;
    const isFullNat = topology.edge === 'fullnat';
    const persistence =
      serverCount > 1
        ? ' With several servers, use SSL session ID persistence with source IP persistence as the fallback, as Hicks recommends.'
        : '';
    return {
      finding: makeFinding({
        id: 'sstp-address',
        severity: 'info',
        title: isFullNat ? 'SSTP through full NAT: it connects, but RRAS sees only the edge' : 'SSTP keeps one TCP connection per client',
        explanation: isFullNat
          ? `SSTP is one TCP connection per client, with no port switch and no IKE per-address limit, so source NAT does not stop it. RRAS logs, accounting and any address-based NPS condition see the address of ${terms.product} for every client.${persistence}`
          : `SSTP is one TCP connection per client, with no port switch, so a single TCP session keeps the client on one server.${persistence}`,
        links: [LINKS.sstpLoadBalancing, LINKS.dnatVsFullNat],
        sources: ['hicksSstpOffload'],
        assumptions: isFullNat ? ['sstpThroughFullNat'] : [],
      }),
    };
  },
};
