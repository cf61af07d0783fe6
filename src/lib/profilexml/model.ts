/**
 * A read-only view of a parsed ProfileXML with the lookups the rules need:
 * every element with its path, typed accessors, and the derived facts
 * (device or user tunnel, protocol, routing policy, routes).
 */
import { parseBoolean } from './catalog';
import { elementChildren, textContent, type XmlElement } from './xml';

export interface ElementRef {
  readonly element: XmlElement;
  /** Path as written, with the root normalised to VPNProfile when only its case differs. */
  readonly path: string;
  readonly parentPath: string;
}

export interface RouteInfo {
  readonly element: XmlElement;
  readonly address: string | undefined;
  readonly prefixSize: number | undefined;
  readonly isExclusion: boolean;
  readonly family: 4 | 6 | undefined;
}

export interface ProfileModel {
  readonly root: XmlElement;
  /** Every element outside opaque blocks (EAP configuration, plug-in configuration), in document order. */
  readonly elements: readonly ElementRef[];
  readonly all: (path: string) => XmlElement[];
  readonly first: (path: string) => XmlElement | undefined;
  /** Trimmed text of the first element at a path. */
  readonly text: (path: string) => string | undefined;
  /** Boolean value of the first element at a path (undefined when absent or not a boolean). */
  readonly bool: (path: string) => boolean | undefined;
  readonly isDeviceTunnel: boolean;
  /** NativeProtocolType as written (trimmed), if present. */
  readonly protocol: string | undefined;
  /** RoutingPolicyType of the NativeProfile as written (trimmed), if present. */
  readonly routingPolicy: string | undefined;
  readonly routes: readonly RouteInfo[];
  readonly trafficFilters: readonly XmlElement[];
}

const OPAQUE_PATHS = new Set(['VPNProfile/NativeProfile/Authentication/Eap/Configuration', 'VPNProfile/PluginProfile/CustomConfiguration']);

function addressFamily(address: string): 4 | 6 | undefined {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(address)) return 4;
  if (address.includes(':')) return 6;
  return undefined;
}

export function buildProfileModel(root: XmlElement): ProfileModel {
  const rootPath = root.name.toLowerCase() === 'vpnprofile' ? 'VPNProfile' : root.name;
  const rootRef: ElementRef = { element: root, path: rootPath, parentPath: '' };
  const ordered: ElementRef[] = [];
  // Depth-first in document order, without recursion.
  const stack: ElementRef[] = [rootRef];
  while (stack.length > 0) {
    const current = stack.pop();
    if (!current) break;
    ordered.push(current);
    if (OPAQUE_PATHS.has(current.path)) continue;
    const children = elementChildren(current.element);
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const child = children[i];
      if (!child || child.namespaceUri !== undefined) continue;
      stack.push({ element: child, path: `${current.path}/${child.name}`, parentPath: current.path });
    }
  }
  const byPath = new Map<string, XmlElement[]>();
  for (const ref of ordered) {
    const list = byPath.get(ref.path);
    if (list) list.push(ref.element);
    else byPath.set(ref.path, [ref.element]);
  }
  const all = (path: string) => byPath.get(path) ?? [];
  const first = (path: string) => all(path)[0];
  const text = (path: string) => {
    const element = first(path);
    return element ? textContent(element) : undefined;
  };
  const bool = (path: string) => {
    const value = text(path);
    return value === undefined ? undefined : parseBoolean(value);
  };
  const routes: RouteInfo[] = all('VPNProfile/Route').map((element) => {
    const children = elementChildren(element);
    const childText = (name: string) => {
      const child = children.find((c) => c.name === name);
      return child ? textContent(child) : undefined;
    };
    const address = childText('Address');
    const prefixText = childText('PrefixSize');
    const prefixSize = prefixText !== undefined && /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : undefined;
    const exclusion = childText('ExclusionRoute');
    return {
      element,
      address,
      prefixSize,
      isExclusion: exclusion !== undefined && parseBoolean(exclusion) === true,
      family: address === undefined ? undefined : addressFamily(address),
    };
  });
  return {
    root,
    elements: ordered,
    all,
    first,
    text,
    bool,
    isDeviceTunnel: bool('VPNProfile/DeviceTunnel') === true,
    protocol: text('VPNProfile/NativeProfile/NativeProtocolType'),
    routingPolicy: text('VPNProfile/NativeProfile/RoutingPolicyType'),
    routes,
    trafficFilters: all('VPNProfile/TrafficFilter'),
  };
}

/** Case-insensitive comparison of an element value with an expected word. */
export function isValue(actual: string | undefined, expected: string): boolean {
  return actual !== undefined && actual.trim().toLowerCase() === expected.toLowerCase();
}
