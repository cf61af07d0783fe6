/**
 * Named scenarios. The guide's high-availability and troubleshooting chapters
 * embed them by id (`<NatPathEmbed preset="fullnat-under-load" />`), so the ids
 * are a contract: add new ones freely, never rename or remove one.
 */
import { DEFAULT_TOPOLOGY } from './topology';
import type { Topology } from './types';

export interface Preset {
  readonly id: PresetId;
  readonly title: string;
  /** One sentence. */
  readonly description: string;
  readonly topology: Topology;
}

function topology(overrides: Partial<Topology>): Topology {
  return { ...DEFAULT_TOPOLOGY, ...overrides };
}

const TWO_SERVERS_BEHIND_NAT = { client: 'nat', servers: 2, persist: 'spanning', returnPath: 'via-edge' } as const;

const PRESET_LIST = [
  {
    id: 'dnat-fixed',
    title: 'Destination NAT with spanning persistence',
    description:
      'A client behind NAT reaches two RRAS servers through an edge that translates only the destination, keeps one source-IP record for UDP 500 and UDP 4500, and receives the replies: it works.',
    topology: topology({ ...TWO_SERVERS_BEHIND_NAT, edge: 'dnat', clients: 50 }),
  },
  {
    id: 'fullnat-under-load',
    title: 'Full NAT at the load balancer, under load',
    description:
      'The load balancer also translates the source, so fifty clients all reach RRAS from one address and new connections fail with error 809 once the per-address limit is reached.',
    topology: topology({ ...TWO_SERVERS_BEHIND_NAT, edge: 'fullnat', clients: 50 }),
  },
  {
    id: 'fullnat-registry-raised',
    title: 'Full NAT with IkeNumEstablishedForInitialQuery raised',
    description:
      'The same full-NAT path with the registry value set to 50,000 on RRAS: the modelled limit moves far out, but the workaround is partial and the remaining limits are undocumented.',
    topology: topology({ ...TWO_SERVERS_BEHIND_NAT, edge: 'fullnat', clients: 50, saLimit: 50_000 }),
  },
  {
    id: 'persistence-per-port',
    title: 'Persistence per virtual server only',
    description:
      'Two RRAS servers behind a destination-NAT edge whose persistence records do not span UDP 500 and UDP 4500, so about half of all attempts fail with error 809.',
    topology: topology({ ...TWO_SERVERS_BEHIND_NAT, edge: 'dnat', persist: 'per-port' }),
  },
  {
    id: 'return-bypass',
    title: 'Replies bypass the destination-NAT edge',
    description:
      'The edge translates only the destination, but RRAS sends its replies through another gateway, so the client never hears back and fails with error 809.',
    topology: topology({ edge: 'dnat', returnPath: 'bypass' }),
  },
  {
    id: 'fragments-dropped',
    title: 'Large IKE_AUTH through a path that drops fragments',
    description:
      'A 2,000-byte IKE_AUTH leaves as IP fragments because IKEv2 fragmentation is off, and a firewall drops them, so the client fails with error 809.',
    topology: topology({ ikeAuthBytes: 2000, block: ['fragments'], frag: false }),
  },
  {
    id: 'fragments-fixed',
    title: 'Large IKE_AUTH with IKEv2 fragmentation on',
    description:
      'The same path with EnableServerFragmentation set on RRAS: IKE splits IKE_AUTH into fragments that each fit in a packet, and the connection works.',
    topology: topology({ ikeAuthBytes: 2000, block: ['fragments'], frag: true }),
  },
  {
    id: 'sstp-offload-missing-hash',
    title: 'SSTP with TLS offload and no certificate hash on RRAS',
    description:
      'The edge terminates TLS, but RRAS does not hold the SHA-256 hash of the edge certificate, so it rejects the crypto binding of every SSTP client.',
    topology: topology({ proto: 'sstp', tls: 'offload', sstpHash: 'missing' }),
  },
  {
    id: 'f5-snat-automap',
    title: 'F5 BIG-IP with Source Address Translation set to Auto Map',
    description:
      'Two RRAS servers behind BIG-IP virtual servers that use Auto Map, so every client arrives from a BIG-IP self IP and IKEv2 fails under load with error 809.',
    topology: topology({ ...TWO_SERVERS_BEHIND_NAT, edge: 'fullnat', clients: 50, vendor: 'f5' }),
  },
  {
    id: 'citrix-usip',
    title: 'Citrix ADC with Use Client IP and a SOURCEIP persistency group',
    description:
      'Two RRAS servers behind a Citrix ADC that keeps the client address (USIP), groups both IKE virtual servers in a SOURCEIP persistency group and routes the replies: it works.',
    topology: topology({ ...TWO_SERVERS_BEHIND_NAT, edge: 'dnat', clients: 50, vendor: 'citrix' }),
  },
  {
    id: 'kemp-transparency',
    title: 'Kemp LoadMaster with Transparency and port following',
    description:
      'Two RRAS servers behind LoadMaster virtual services with Transparency and Port Following, with the LoadMaster as their default gateway: it works.',
    topology: topology({ ...TWO_SERVERS_BEHIND_NAT, edge: 'dnat', clients: 50, vendor: 'kemp' }),
  },
] as const satisfies ReadonlyArray<{ id: string; title: string; description: string; topology: Topology }>;

export type PresetId = (typeof PRESET_LIST)[number]['id'];

export const PRESETS: readonly Preset[] = PRESET_LIST;

export const PRESET_IDS: readonly PresetId[] = PRESET_LIST.map((preset) => preset.id);

export function isPresetId(value: string): value is PresetId {
  return PRESET_IDS.some((id) => id === value);
}

/** Returns the preset with this id, or null for an unknown id. */
export function findPreset(id: string): Preset | null {
  return PRESETS.find((preset) => preset.id === id) ?? null;
}
