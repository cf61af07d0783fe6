/**
 * Reads the RRAS server side: either the output of Get-VpnServerConfiguration
 * (or Get-VpnServerIPsecConfiguration), or a Set-VpnServerConfiguration /
 * Set-VpnServerIPsecConfiguration command line. Any string in, a ParsedSide
 * out; never throws.
 */
import { describeOversizedPaste, IPSEC_TEXT_LIMIT } from '../input/size-limit';
import type { ParsedSide, ParseNote, TransformValues } from './policy';
import { looksLikePropertyList, parsePropertyList } from './parse-property-list';
import { COMMON_PARAMETERS, findHashtables, findInvocation, resolveParameter, tokenizePowerShell, type PsArgument } from './powershell';
import { isSwitchOn, readTransformArgument } from './transform-arguments';
import { FIELD_INFO, TRANSFORM_FIELDS } from './transforms';

/** Parameters of Set-VpnServerConfiguration (all parameter sets) with their documented aliases. */
export const SET_VPN_SERVER_CONFIGURATION_PARAMETERS: Readonly<Record<string, readonly string[]>> = {
  TunnelType: [],
  SstpPorts: [],
  GrePorts: [],
  IdleDisconnectSeconds: ['IdleDurationSeconds'],
  SALifeTimeSeconds: ['LifeTimeSeconds', 'QMSALifeTimeSeconds'],
  MMSALifeTimeSeconds: [],
  SADataSizeForRenegotiationKilobytes: ['LifeTimeKiloBytes'],
  Ikev2Ports: [],
  L2tpPorts: [],
  PassThru: [],
  EncryptionType: [],
  RevertToDefault: [],
  CustomPolicy: [],
  EncryptionMethod: ['Encryption'],
  IntegrityCheckMethod: ['FirstIntegrityAlgorithm', 'OtherHashAlgorithm'],
  CipherTransformConstants: ['FirstCipherAlgorithm', 'OtherCipherAlgorithm'],
  PfsGroup: ['PfsGroupId'],
  AuthenticationTransformConstants: ['FirstTransformType'],
  DHGroup: [],
  CimSession: ['Session'],
  ThrottleLimit: [],
  AsJob: [],
  WhatIf: ['wi'],
  Confirm: ['cf'],
  ...COMMON_PARAMETERS,
};

const SERVER_SWITCHES = new Set(['PassThru', 'RevertToDefault', 'CustomPolicy', 'AsJob', 'WhatIf', 'Confirm', 'Verbose', 'Debug']);

export const SERVER_COMMANDS = ['Set-VpnServerConfiguration', 'Set-VpnServerIPsecConfiguration'];

function isServerSwitch(written: string): boolean {
  const resolved = resolveParameter(written, SET_VPN_SERVER_CONFIGURATION_PARAMETERS);
  return resolved.kind === 'found' && SERVER_SWITCHES.has(resolved.parameter);
}

interface Collected {
  values: TransformValues;
  notes: ParseNote[];
  hasCustomPolicy: boolean;
  hasRevertToDefault: boolean;
  tunnelType: string | undefined;
}

function applyArgument(argument: Pick<PsArgument, 'name' | 'value' | 'isUnresolved' | 'line' | 'column'>, collected: Collected): void {
  const { name, value, line, column } = argument;
  if (name === undefined) {
    collected.notes.push({
      severity: 'warning',
      message: `Ignored "${value ?? ''}": Set-VpnServerConfiguration takes no positional values; name the parameter.`,
      line,
      column,
    });
    return;
  }
  const resolved = resolveParameter(name, SET_VPN_SERVER_CONFIGURATION_PARAMETERS);
  if (resolved.kind === 'unknown') {
    collected.notes.push({ severity: 'error', message: `-${name} is not a parameter of Set-VpnServerConfiguration.`, line, column });
    return;
  }
  if (resolved.kind === 'ambiguous') {
    collected.notes.push({
      severity: 'error',
      message: `-${name} is ambiguous: it could be ${resolved.candidates.map((c) => `-${c}`).join(' or ')}. Write the full parameter name.`,
      line,
      column,
    });
    return;
  }
  const parameter = resolved.parameter;
  if (parameter === 'CustomPolicy') {
    collected.hasCustomPolicy = isSwitchOn(value);
    return;
  }
  if (parameter === 'RevertToDefault') {
    collected.hasRevertToDefault = isSwitchOn(value);
    return;
  }
  if (parameter === 'TunnelType') {
    collected.tunnelType = value;
    return;
  }
  readTransformArgument(parameter, argument, 'server', collected.values, collected.notes);
}

/** Reads a Set-VpnServerConfiguration command (or a short script around it). */
export function parseServerCommand(text: string): ParsedSide {
  const tokens = tokenizePowerShell(text);
  const invocation = findInvocation(tokens, SERVER_COMMANDS, isServerSwitch);
  if (!invocation) {
    return {
      format: 'unrecognised',
      policy: undefined,
      notes: [{ severity: 'error', message: 'No Set-VpnServerConfiguration command found.' }],
    };
  }
  const collected: Collected = { values: {}, notes: [], hasCustomPolicy: false, hasRevertToDefault: false, tunnelType: undefined };
  if (invocation.command.toLowerCase() === 'set-vpnserveripsecconfiguration') {
    collected.notes.push({
      severity: 'info',
      message:
        'Set-VpnServerIPsecConfiguration is the cmdlet for servers older than Windows Server 2012 R2 and applies to every tunnel type; on newer servers use Set-VpnServerConfiguration -TunnelType IKEv2.',
      line: invocation.line,
    });
  }
  const tables = findHashtables(tokens);
  const hashtableNames = [...invocation.splats, ...invocation.pipedVariables];
  for (const variable of hashtableNames) {
    const table = tables.find((candidate) => candidate.variable?.toLowerCase() === variable.toLowerCase());
    if (!table) {
      collected.notes.push({
        severity: 'warning',
        message: `Parameters come from $${variable}, but no hashtable assignment to $${variable} was pasted.`,
        line: invocation.line,
      });
      continue;
    }
    for (const entry of table.entries) {
      applyArgument(
        { name: entry.key, value: entry.value, isUnresolved: entry.isUnresolved, line: entry.line, column: entry.column },
        collected,
      );
    }
  }
  for (const argument of invocation.args) applyArgument(argument, collected);

  if (collected.tunnelType !== undefined && !/^ikev2$/i.test(collected.tunnelType)) {
    collected.notes.push({
      severity: 'warning',
      message: `-TunnelType ${collected.tunnelType} changes the ${collected.tunnelType} policy, not the IKEv2 policy Always On VPN uses; expected -TunnelType IKEv2.`,
      line: invocation.line,
    });
  }
  const hasTransforms = Object.keys(collected.values).length > 0;
  if (collected.hasRevertToDefault) {
    if (hasTransforms || collected.hasCustomPolicy) {
      collected.notes.push({
        severity: 'error',
        message: '-RevertToDefault cannot be combined with -CustomPolicy or transform parameters (they are different parameter sets).',
        line: invocation.line,
      });
    }
    return { format: 'server-command', policy: { mode: 'default', values: {} }, notes: collected.notes };
  }
  if (!collected.hasCustomPolicy && hasTransforms) {
    collected.notes.push({
      severity: 'error',
      message: 'Transform parameters belong to the CustomPolicy parameter set, which requires the -CustomPolicy switch; add -CustomPolicy.',
      line: invocation.line,
    });
  }
  if (!collected.hasCustomPolicy && !hasTransforms) {
    collected.notes.push({
      severity: 'info',
      message:
        'This command does not change the IKEv2 policy (no -CustomPolicy or -RevertToDefault); paste Get-VpnServerConfiguration output to see the policy in force.',
      line: invocation.line,
    });
    return { format: 'server-command', policy: undefined, notes: collected.notes };
  }
  for (const field of TRANSFORM_FIELDS) {
    if (collected.values[field] === undefined) {
      collected.notes.push({
        severity: 'warning',
        message: `-${FIELD_INFO[field].parameter} is not set; set all six transforms so the client can be made to match exactly.`,
        line: invocation.line,
      });
    }
  }
  return { format: 'server-command', policy: { mode: 'custom', values: collected.values }, notes: collected.notes };
}

/** Reads Get-VpnServerConfiguration / Get-VpnServerIPsecConfiguration list output. */
export function parseServerOutput(text: string): ParsedSide {
  const list = parsePropertyList(text, 'server');
  const notes = [...list.notes];
  if (list.propertyLineCount === 0) {
    return {
      format: 'unrecognised',
      policy: undefined,
      notes: [{ severity: 'error', message: 'No "Name : Value" lines found; expected the output of Get-VpnServerConfiguration.' }],
    };
  }
  const hasValues = Object.keys(list.values).length > 0;
  if (list.customPolicy === false || (list.customPolicy === undefined && !hasValues)) {
    notes.push({
      severity: 'info',
      message:
        'No custom policy is in force: the server uses the Windows default IKEv2 proposals (Microsoft documents DES3, SHA1 and DH group 2 for the IKE exchange).',
    });
    return { format: 'server-output', policy: { mode: 'default', values: {} }, notes };
  }
  for (const field of TRANSFORM_FIELDS) {
    if (list.values[field] === undefined) {
      notes.push({ severity: 'warning', message: `${FIELD_INFO[field].parameter} is missing from the output.` });
    }
  }
  return { format: 'server-output', policy: { mode: 'custom', values: list.values }, notes };
}

/** Decides what the pasted server text is and reads it. */
export function parseServerInput(text: string): ParsedSide {
  if (text.trim() === '') return { format: 'empty', policy: undefined, notes: [] };
  const oversized = describeOversizedPaste(text, IPSEC_TEXT_LIMIT);
  if (oversized !== undefined) return { format: 'unrecognised', policy: undefined, notes: [{ severity: 'error', message: oversized }] };
  if (/set-vpnserver(ipsec)?configuration/i.test(text)) return parseServerCommand(text);
  if (/<\s*[A-Za-z]/.test(text) && !looksLikePropertyList(text)) {
    return {
      format: 'unrecognised',
      policy: undefined,
      notes: [
        {
          severity: 'error',
          message:
            'This looks like XML, which belongs on the client side; the server side expects Get-VpnServerConfiguration output or a Set-VpnServerConfiguration command.',
        },
      ],
    };
  }
  if (
    looksLikePropertyList(text) ||
    TRANSFORM_FIELDS.some((field) => text.toLowerCase().includes(FIELD_INFO[field].parameter.toLowerCase()))
  ) {
    return parseServerOutput(text);
  }
  return {
    format: 'unrecognised',
    policy: undefined,
    notes: [
      {
        severity: 'error',
        message: 'Expected the output of Get-VpnServerConfiguration ("Name : Value" lines) or a Set-VpnServerConfiguration command.',
      },
    ],
  };
}
