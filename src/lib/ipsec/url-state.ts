/**
 * Shareable state for the policy checker: the two sides as normalised values
 * (never the pasted text) in a short query string, e.g.
 * `?server=GCMAES128.GCMAES128.GCMAES128.SHA256.Group14.ECP256&client=default`.
 * Decoding accepts any string and drops anything it does not recognise.
 */
import type { SidePolicy, TransformValues } from './policy';
import { TRANSFORM_FIELDS, TRANSFORM_VALUES } from './transforms';

export interface SharedState {
  readonly server: SidePolicy | undefined;
  readonly client: SidePolicy | undefined;
  readonly connectionName: string | undefined;
  readonly isAllUserConnection: boolean;
}

const MISSING = '-';

export function encodePolicy(policy: SidePolicy): string {
  if (policy.mode === 'default') return 'default';
  return TRANSFORM_FIELDS.map((field) => policy.values[field] ?? MISSING).join('.');
}

export function decodePolicy(text: string | null | undefined): SidePolicy | undefined {
  if (typeof text !== 'string' || text.length === 0 || text.length > 200) return undefined;
  if (text === 'default') return { mode: 'default', values: {} };
  const parts = text.split('.');
  if (parts.length !== TRANSFORM_FIELDS.length) return undefined;
  const values: TransformValues = {};
  let known = 0;
  TRANSFORM_FIELDS.forEach((field, index) => {
    const part = parts[index];
    if (part === undefined || part === MISSING) return;
    const entry = TRANSFORM_VALUES[field].find((candidate) => candidate.id === part);
    if (entry) {
      values[field] = entry.id;
      known += 1;
    }
  });
  return known === 0 ? undefined : { mode: 'custom', values };
}

export function encodeState(state: SharedState): string {
  const params = new URLSearchParams();
  if (state.server) params.set('server', encodePolicy(state.server));
  if (state.client) params.set('client', encodePolicy(state.client));
  if (state.connectionName && state.connectionName.trim() !== '') params.set('name', state.connectionName.trim().slice(0, 100));
  if (state.isAllUserConnection) params.set('allusers', '1');
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

export function decodeState(search: string): SharedState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const name = params.get('name');
  return {
    server: decodePolicy(params.get('server')),
    client: decodePolicy(params.get('client')),
    connectionName: name !== null && name.trim() !== '' ? name.slice(0, 100) : undefined,
    isAllUserConnection: params.get('allusers') === '1',
  };
}
