/**
 * Generates the configuration for either side from a set of transform values:
 * the RRAS server command, the ProfileXML <CryptographySuite> and the client
 * Set-VpnConnectionIPsecConfiguration command. Parameter names and lifetimes
 * follow Microsoft's "How to configure cryptographic settings for IKEv2 VPN
 * connections" example.
 */
import { quotePowerShell } from '../powershell/quote';
import type { CompleteTransformValues, SidePolicy, TransformValues } from './policy';
import { FIELD_INFO, TRANSFORM_FIELDS, spellValue, type TransformField } from './transforms';

export type Generated = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/** Preset policies. */
export interface Preset {
  readonly id: 'enhanced' | 'baseline';
  readonly label: string;
  readonly description: string;
  readonly values: CompleteTransformValues;
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'enhanced',
    label: 'Enhanced (AES-GCM)',
    description:
      'Richard Hicks\u2019 enhanced baseline: AES-GCM for both SAs, SHA256, DH group 14 and ECP256 for PFS. Needs Windows Server 1803 and Windows 10 1803 or later.',
    values: {
      authenticationTransform: 'GCMAES128',
      cipherTransform: 'GCMAES128',
      encryptionMethod: 'GCMAES128',
      integrityCheckMethod: 'SHA256',
      dhGroup: 'Group14',
      pfsGroup: 'ECP256',
    },
  },
  {
    id: 'baseline',
    label: 'Baseline (AES-CBC)',
    description:
      'The values in Microsoft\u2019s example and Richard Hicks\u2019 standard baseline: AES128, SHA256, DH group 14, PFS2048. Works with every supported Windows version.',
    values: {
      authenticationTransform: 'SHA256128',
      cipherTransform: 'AES128',
      encryptionMethod: 'AES128',
      integrityCheckMethod: 'SHA256',
      dhGroup: 'Group14',
      pfsGroup: 'PFS2048',
    },
  },
];

/** The pair the checker recommends. */
export const RECOMMENDED_PRESET: Preset = PRESETS[0] ?? {
  id: 'enhanced',
  label: 'Enhanced',
  description: '',
  values: {
    authenticationTransform: 'GCMAES128',
    cipherTransform: 'GCMAES128',
    encryptionMethod: 'GCMAES128',
    integrityCheckMethod: 'SHA256',
    dhGroup: 'Group14',
    pfsGroup: 'ECP256',
  },
};

/** Returns the values as a complete set, or the list of missing fields. */
export function completeValues(
  values: TransformValues,
): { ok: true; values: CompleteTransformValues } | { ok: false; missing: TransformField[] } {
  const missing = TRANSFORM_FIELDS.filter((field) => values[field] === undefined);
  if (missing.length > 0) return { ok: false, missing };
  return { ok: true, values: values as CompleteTransformValues };
}

/** The order Set-VpnServerConfiguration's example and Microsoft's article use. */
const COMMAND_ORDER: readonly TransformField[] = [
  'authenticationTransform',
  'cipherTransform',
  'dhGroup',
  'encryptionMethod',
  'integrityCheckMethod',
  'pfsGroup',
];

/** Element order of <CryptographySuite> in the ProfileXML XSD. */
const XSD_ORDER: readonly TransformField[] = [
  'authenticationTransform',
  'cipherTransform',
  'pfsGroup',
  'dhGroup',
  'integrityCheckMethod',
  'encryptionMethod',
];

function spellAll(
  values: CompleteTransformValues,
  dialect: 'server' | 'client' | 'profilexml',
): { ok: true; spelled: Record<TransformField, string> } | { ok: false; reason: string } {
  const spelled = {} as Record<TransformField, string>;
  for (const field of TRANSFORM_FIELDS) {
    const spelling = spellValue(field, values[field], dialect);
    if (spelling === undefined) {
      return {
        ok: false,
        reason:
          dialect === 'profilexml'
            ? `ProfileXML cannot express ${FIELD_INFO[field].xmlElement} ${values[field]} (the VPNv2 CSP has no such value); use Set-VpnConnectionIPsecConfiguration on the client or choose another value on the server.`
            : `${values[field]} is not a value of -${FIELD_INFO[field].parameter}.`,
      };
    }
    spelled[field] = spelling;
  }
  return { ok: true, spelled };
}

export { quotePowerShell };

export interface ServerCommandOptions {
  /** Add the Restart-Service line (the policy applies after RemoteAccess restarts). */
  readonly includeRestart?: boolean;
}

export function generateServerCommand(values: CompleteTransformValues, options: ServerCommandOptions = {}): Generated {
  const result = spellAll(values, 'server');
  if (!result.ok) return result;
  const lines = [
    'Set-VpnServerConfiguration -TunnelType IKEv2 -CustomPolicy `',
    ...COMMAND_ORDER.map((field) => `    -${FIELD_INFO[field].parameter} ${result.spelled[field]} \``),
    '    -SALifeTimeSeconds 28800 -MMSALifeTimeSeconds 86400 -SADataSizeForRenegotiationKilobytes 1024000',
  ];
  if (options.includeRestart !== false) lines.push('Restart-Service -Name RemoteAccess -PassThru');
  return { ok: true, text: lines.join('\n') };
}

export function generateServerRevertCommand(): string {
  return ['Set-VpnServerConfiguration -TunnelType IKEv2 -RevertToDefault', 'Restart-Service -Name RemoteAccess -PassThru'].join('\n');
}

export function generateClientXml(values: CompleteTransformValues, indent = ''): Generated {
  const result = spellAll(values, 'profilexml');
  if (!result.ok) return result;
  const inner = `${indent}  `;
  const lines = [
    `${indent}<CryptographySuite>`,
    ...XSD_ORDER.map((field) => `${inner}<${FIELD_INFO[field].xmlElement}>${result.spelled[field]}</${FIELD_INFO[field].xmlElement}>`),
    `${indent}</CryptographySuite>`,
  ];
  return { ok: true, text: lines.join('\n') };
}

export interface ClientCommandOptions {
  readonly connectionName: string;
  /** Add -AllUserConnection (all-user profiles and device tunnels). */
  readonly isAllUserConnection: boolean;
}

export function generateClientPowerShell(values: CompleteTransformValues, options: ClientCommandOptions): Generated {
  const result = spellAll(values, 'client');
  if (!result.ok) return result;
  const name = options.connectionName.trim() === '' ? 'Always On VPN' : options.connectionName.trim();
  const lines = [
    `Set-VpnConnectionIPsecConfiguration -ConnectionName ${quotePowerShell(name)} \``,
    ...COMMAND_ORDER.map((field) => `    -${FIELD_INFO[field].parameter} ${result.spelled[field]} \``),
    `    ${options.isAllUserConnection ? '-AllUserConnection ' : ''}-Force`,
  ];
  return { ok: true, text: lines.join('\n') };
}

export function generateClientRevertCommand(options: ClientCommandOptions): string {
  const name = options.connectionName.trim() === '' ? 'Always On VPN' : options.connectionName.trim();
  return `Set-VpnConnectionIPsecConfiguration -ConnectionName ${quotePowerShell(name)} -RevertToDefault ${options.isAllUserConnection ? '-AllUserConnection ' : ''}-Force`;
}

export interface GeneratedPair {
  readonly serverCommand: Generated;
  readonly clientXml: Generated;
  readonly clientPowerShell: Generated;
}

/** Everything needed to configure both sides with one set of values. */
export function generatePair(values: CompleteTransformValues, client: ClientCommandOptions): GeneratedPair {
  return {
    serverCommand: generateServerCommand(values),
    clientXml: generateClientXml(values),
    clientPowerShell: generateClientPowerShell(values, client),
  };
}

/** The configuration for the other side that matches `policy` exactly. */
export function generateMatchingSide(policy: SidePolicy, client: ClientCommandOptions): GeneratedPair {
  if (policy.mode === 'default') {
    return {
      serverCommand: { ok: true, text: generateServerRevertCommand() },
      clientXml: { ok: true, text: '<!-- Omit <CryptographySuite> from NativeProfile to use the Windows defaults. -->' },
      clientPowerShell: { ok: true, text: generateClientRevertCommand(client) },
    };
  }
  const complete = completeValues(policy.values);
  if (!complete.ok) {
    const reason = `Cannot generate an exact match: ${complete.missing.map((field) => FIELD_INFO[field].parameter).join(', ')} not set.`;
    return { serverCommand: { ok: false, reason }, clientXml: { ok: false, reason }, clientPowerShell: { ok: false, reason } };
  }
  return generatePair(complete.values, client);
}
