/** Guide sections the ProfileXML findings point to (ids from the site map). */
export interface GuideLink {
  readonly title: string;
  /** Site-relative path; the island adds the base path. */
  readonly path: string;
}

function section(chapterTitle: string, title: string, path: string): GuideLink {
  return { title: `${chapterTitle} › ${title}`, path };
}

const CLIENT = 'Client deployment';

export const GUIDE = {
  profileXmlIntune: section(CLIENT, 'ProfileXML and Intune', '/guide/client-deployment/profilexml-intune/'),
  userTunnel: section(CLIENT, 'User tunnel', '/guide/client-deployment/user-tunnel/'),
  deviceTunnel: section(CLIENT, 'Device tunnel', '/guide/client-deployment/device-tunnel/'),
  trustedNetwork: section(CLIENT, 'Trusted network detection', '/guide/client-deployment/trusted-network-detection/'),
  dnsNrpt: section(CLIENT, 'DNS and NRPT', '/guide/client-deployment/dns-nrpt/'),
  routesTrafficFilters: section(CLIENT, 'Routes and traffic filters', '/guide/client-deployment/routes-traffic-filters/'),
  triggersAlwaysOn: section(CLIENT, 'Triggers and Always On', '/guide/client-deployment/triggers-always-on/'),
  proxy: section(CLIENT, 'Proxy', '/guide/client-deployment/proxy/'),
  ikev2Cryptography: section(CLIENT, 'IKEv2 cryptography', '/guide/client-deployment/ikev2-cryptography/'),
  newerElements: section(CLIENT, 'Newer elements', '/guide/client-deployment/newer-elements/'),
  powershellConfigMgr: section(CLIENT, 'PowerShell and Configuration Manager', '/guide/client-deployment/powershell-configmgr/'),
  cryptoHardening: section('Operations and maintenance', 'IKEv2 crypto hardening', '/guide/operations/ikev2-crypto-hardening/'),
  protocols: section('Planning and design', 'Protocols', '/guide/planning/protocols/'),
  splitVsForce: section('Planning and design', 'Split vs force tunnel', '/guide/planning/split-vs-force-tunnel/'),
} as const satisfies Record<string, GuideLink>;
