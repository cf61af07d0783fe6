/**
 * The shareable URL: the whole topology in the query string. Parsing takes
 * any string and never throws; unknown or malformed values fall back to the
 * default and produce a notice saying what was found and what was expected.
 */
import { BLOCKABLE, DEFAULT_TOPOLOGY, LIMITS, normaliseBlock } from './topology';
import type { Blockable, SaLimit, Topology, Vendor } from './types';

const VENDORS: readonly Vendor[] = ['f5', 'citrix', 'kemp'];

export interface QueryNotice {
  /** The parameter name as written in the URL. */
  readonly param: string;
  /** What the URL held (shortened when long). */
  readonly found: string;
  /** One sentence: what was found, what was expected, what the tool used. */
  readonly message: string;
}

export interface ParsedQuery {
  readonly topology: Topology;
  readonly notices: readonly QueryNotice[];
}

/** Documentation of one URL parameter, for the tool page. */
export interface ParameterDoc {
  readonly name: string;
  readonly values: string;
  readonly defaultValue: string;
  readonly meaning: string;
}

export const PARAMETERS: readonly ParameterDoc[] = [
  { name: 'proto', values: 'ikev2, sstp', defaultValue: 'ikev2', meaning: 'VPN protocol of the profile.' },
  { name: 'ip', values: '4, 6', defaultValue: '4', meaning: 'IP version of the path.' },
  {
    name: 'client',
    values: 'public, nat, cgnat',
    defaultValue: 'nat',
    meaning: 'Client position: its own public address, behind a home or office NAT, or behind that NAT and a carrier-grade NAT.',
  },
  {
    name: 'cgnat',
    values: 'paired, arbitrary',
    defaultValue: 'paired',
    meaning: 'Address pooling of the carrier-grade NAT (used with client=cgnat): one public address per client, or any address per flow.',
  },
  {
    name: 'edge',
    values: 'none, dnat, fullnat',
    defaultValue: 'dnat',
    meaning: 'Device in front of RRAS: routing only, destination NAT only, or full NAT (source and destination).',
  },
  { name: 'servers', values: '1 to 8', defaultValue: '1', meaning: 'Number of RRAS servers behind the edge.' },
  {
    name: 'persist',
    values: 'none, per-port, spanning',
    defaultValue: 'spanning',
    meaning:
      'Load-balancer persistence: none, a source-IP record per virtual server, or one source-IP record spanning UDP 500 and UDP 4500.',
  },
  {
    name: 'return',
    values: 'via-edge, bypass',
    defaultValue: 'via-edge',
    meaning: 'Whether RRAS sends its replies back through the edge.',
  },
  {
    name: 'block',
    values: 'comma list of udp500, udp4500, esp, tcp443, fragments',
    defaultValue: '(empty)',
    meaning: 'What a firewall on the path drops.',
  },
  {
    name: 'clients',
    values: `1 to ${LIMITS.clients.max.toLocaleString('en-US')}`,
    defaultValue: '1',
    meaning: 'Concurrent clients; the trace follows the newest one.',
  },
  {
    name: 'saLimit',
    values: 'default, or a whole number',
    defaultValue: 'default',
    meaning: 'IkeNumEstablishedForInitialQuery on RRAS: not set, or the value set.',
  },
  {
    name: 'ikeAuth',
    values: `${LIMITS.ikeAuthBytes.min} to ${LIMITS.ikeAuthBytes.max.toLocaleString('en-US')}`,
    defaultValue: '1200',
    meaning: 'Size in bytes of the largest IKE_AUTH message.',
  },
  { name: 'frag', values: 'on, off', defaultValue: 'off', meaning: 'IKEv2 fragmentation enabled on RRAS (EnableServerFragmentation).' },
  {
    name: 'tls',
    values: 'passthrough, offload',
    defaultValue: 'passthrough',
    meaning: 'SSTP: whether the edge passes TLS through or terminates it.',
  },
  {
    name: 'sstpHash',
    values: 'ok, missing',
    defaultValue: 'ok',
    meaning: 'SSTP with TLS offload: whether RRAS holds the SHA-256 hash of the edge certificate.',
  },
  {
    name: 'vendor',
    values: 'f5, citrix, kemp',
    defaultValue: '(none)',
    meaning: 'Optional: name the load balancer so findings use its setting names.',
  },
];

const KNOWN_PARAMS = new Set(PARAMETERS.map((doc) => doc.name));

function shorten(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}

/** Reads one enumerated value, case-insensitively. */
function readChoice<T extends string>(raw: string | null, param: string, choices: readonly T[], fallback: T, notices: QueryNotice[]): T {
  if (raw === null) return fallback;
  const value = raw.trim().toLowerCase();
  const match = choices.find((choice) => choice.toLowerCase() === value);
  if (match !== undefined) return match;
  notices.push({
    param,
    found: shorten(raw),
    message: `“${param}=${shorten(raw)}” is not one of ${choices.join(', ')}; using the default, ${fallback}.`,
  });
  return fallback;
}

/** Reads a whole number within a range. */
function readCount(
  raw: string | null,
  param: string,
  range: { readonly min: number; readonly max: number },
  fallback: number,
  notices: QueryNotice[],
): number {
  if (raw === null) return fallback;
  const value = raw.trim();
  if (/^\d{1,12}$/.test(value)) {
    const number = Number(value);
    if (number >= range.min && number <= range.max) return number;
  }
  notices.push({
    param,
    found: shorten(raw),
    message: `“${param}=${shorten(raw)}” is not a whole number from ${range.min.toLocaleString('en-US')} to ${range.max.toLocaleString('en-US')}; using the default, ${fallback}.`,
  });
  return fallback;
}

function readSaLimit(raw: string | null, notices: QueryNotice[]): SaLimit {
  if (raw === null || raw.trim().toLowerCase() === 'default') return 'default';
  const value = raw.trim();
  if (/^\d{1,12}$/.test(value)) {
    const number = Number(value);
    if (number >= LIMITS.saLimit.min && number <= LIMITS.saLimit.max) return number;
  }
  notices.push({
    param: 'saLimit',
    found: shorten(raw),
    message: `“saLimit=${shorten(raw)}” is neither “default” nor a whole number from 1 to ${LIMITS.saLimit.max.toLocaleString('en-US')}; using the default (not set).`,
  });
  return 'default';
}

function readVendor(raw: string | null, notices: QueryNotice[]): Vendor | null {
  if (raw === null || raw.trim() === '') return null;
  const value = raw.trim().toLowerCase();
  const match = VENDORS.find((vendor) => vendor === value);
  if (match !== undefined) return match;
  notices.push({
    param: 'vendor',
    found: shorten(raw),
    message: `“vendor=${shorten(raw)}” is not one of ${VENDORS.join(', ')}; findings use generic names.`,
  });
  return null;
}

function readBlock(raw: string | null, notices: QueryNotice[]): Blockable[] {
  if (raw === null) return [];
  const items = raw
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter((item) => item !== '');
  const valid: Blockable[] = [];
  const invalid: string[] = [];
  for (const item of items) {
    const match = BLOCKABLE.find((choice) => choice === item);
    if (match === undefined) invalid.push(item);
    else valid.push(match);
  }
  if (invalid.length > 0) {
    const list = shorten(invalid.join(', '));
    notices.push({
      param: 'block',
      found: list,
      message: `“block” holds ${invalid.length === 1 ? 'an unknown item' : 'unknown items'} (${list}); expected a comma list of ${BLOCKABLE.join(', ')}. ${
        valid.length > 0 ? 'The known items were kept.' : 'Nothing is blocked.'
      }`,
    });
  }
  return normaliseBlock(valid);
}

/** Parses a query string (with or without the leading `?`) into a topology. Never throws. */
export function parseTopologyQuery(search: string): ParsedQuery {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const notices: QueryNotice[] = [];
  const seen = new Set<string>();
  for (const [name] of params) {
    if (seen.has(name)) continue;
    seen.add(name);
    if (!KNOWN_PARAMS.has(name)) {
      notices.push({ param: name, found: shorten(name), message: `Unknown parameter “${shorten(name)}” was ignored.` });
      continue;
    }
    const count = params.getAll(name).length;
    if (count > 1) {
      notices.push({ param: name, found: name, message: `“${name}” appears ${count} times; the first value was used.` });
    }
  }
  const get = (name: string): string | null => params.get(name);
  const d = DEFAULT_TOPOLOGY;
  const vendorRaw = get('vendor');
  const topology: Topology = {
    proto: readChoice(get('proto'), 'proto', ['ikev2', 'sstp'], d.proto, notices),
    ip: readChoice(get('ip'), 'ip', ['4', '6'], String(d.ip) as '4' | '6', notices) === '6' ? 6 : 4,
    client: readChoice(get('client'), 'client', ['public', 'nat', 'cgnat'], d.client, notices),
    cgnat: readChoice(get('cgnat'), 'cgnat', ['paired', 'arbitrary'], d.cgnat, notices),
    edge: readChoice(get('edge'), 'edge', ['none', 'dnat', 'fullnat'], d.edge, notices),
    servers: readCount(get('servers'), 'servers', LIMITS.servers, d.servers, notices),
    persist: readChoice(get('persist'), 'persist', ['none', 'per-port', 'spanning'], d.persist, notices),
    returnPath: readChoice(get('return'), 'return', ['via-edge', 'bypass'], d.returnPath, notices),
    block: readBlock(get('block'), notices),
    clients: readCount(get('clients'), 'clients', LIMITS.clients, d.clients, notices),
    saLimit: readSaLimit(get('saLimit'), notices),
    ikeAuthBytes: readCount(get('ikeAuth'), 'ikeAuth', LIMITS.ikeAuthBytes, d.ikeAuthBytes, notices),
    frag: readChoice(get('frag'), 'frag', ['on', 'off'], d.frag ? 'on' : 'off', notices) === 'on',
    tls: readChoice(get('tls'), 'tls', ['passthrough', 'offload'], d.tls, notices),
    sstpHash: readChoice(get('sstpHash'), 'sstpHash', ['ok', 'missing'], d.sstpHash, notices),
    vendor: readVendor(vendorRaw, notices),
  };
  return { topology, notices };
}

/**
 * Writes the topology as a query string without the leading `?`. Every field
 * is written, except `block` when nothing is blocked and `vendor` when none is
 * named. Values come from fixed sets, so no encoding is needed.
 */
export function serializeTopology(topology: Topology): string {
  const pairs: Array<[string, string]> = [
    ['proto', topology.proto],
    ['ip', String(topology.ip)],
    ['client', topology.client],
    ['cgnat', topology.cgnat],
    ['edge', topology.edge],
    ['servers', String(topology.servers)],
    ['persist', topology.persist],
    ['return', topology.returnPath],
  ];
  if (topology.block.length > 0) pairs.push(['block', normaliseBlock(topology.block).join(',')]);
  pairs.push(
    ['clients', String(topology.clients)],
    ['saLimit', String(topology.saLimit)],
    ['ikeAuth', String(topology.ikeAuthBytes)],
    ['frag', topology.frag ? 'on' : 'off'],
    ['tls', topology.tls],
    ['sstpHash', topology.sstpHash],
  );
  if (topology.vendor !== null) pairs.push(['vendor', topology.vendor]);
  return pairs.map(([name, value]) => `${name}=${value}`).join('&');
}
