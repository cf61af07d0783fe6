/**
 * Reads the client side: a ProfileXML (or just its <CryptographySuite>), a
 * Set-VpnConnectionIPsecConfiguration command line, or the IPsecCustomPolicy
 * list printed by Get-VpnConnection. Any string in, a ParsedSide out.
 */
import { elementChildren, parseXml, textContent, type XmlElement } from '../profilexml/xml';
import { describeOversizedPaste, IPSEC_TEXT_LIMIT } from '../input/size-limit';
import type { ParsedSide, ParseNote, TransformValues } from './policy';
import { looksLikePropertyList, parsePropertyList } from './parse-property-list';
import { COMMON_PARAMETERS, findHashtables, findInvocation, resolveParameter, tokenizePowerShell, type PsArgument } from './powershell';
import { isSwitchOn, readTransformArgument } from './transform-arguments';
import { FIELD_INFO, TRANSFORM_FIELDS, normalizeTransform } from './transforms';

/** Parameters of Set-VpnConnectionIPsecConfiguration with aliases. */
export const SET_VPN_CONNECTION_IPSEC_PARAMETERS: Readonly<Record<string, readonly string[]>> = {
  ConnectionName: ['Name'],
  AuthenticationTransformConstants: [],
  CipherTransformConstants: [],
  EncryptionMethod: [],
  IntegrityCheckMethod: [],
  PfsGroup: [],
  DHGroup: [],
  PassThru: [],
  Force: [],
  AllUserConnection: [],
  RevertToDefault: [],
  CimSession: ['Session'],
  ThrottleLimit: [],
  AsJob: [],
  WhatIf: ['wi'],
  Confirm: ['cf'],
  ...COMMON_PARAMETERS,
};

/** Documented positions (CustomPolicy parameter set): 1 ConnectionName, 2 Authentication…, 7 PfsGroup. */
const POSITIONAL_PARAMETERS = [
  'ConnectionName',
  'AuthenticationTransformConstants',
  'CipherTransformConstants',
  'DHGroup',
  'EncryptionMethod',
  'IntegrityCheckMethod',
  'PfsGroup',
] as const;

const CLIENT_SWITCHES = new Set([
  'PassThru',
  'Force',
  'AllUserConnection',
  'RevertToDefault',
  'AsJob',
  'WhatIf',
  'Confirm',
  'Verbose',
  'Debug',
]);

function isClientSwitch(written: string): boolean {
  const resolved = resolveParameter(written, SET_VPN_CONNECTION_IPSEC_PARAMETERS);
  return resolved.kind === 'found' && CLIENT_SWITCHES.has(resolved.parameter);
}

/** Reads a Set-VpnConnectionIPsecConfiguration command (or a short script around it). */
export function parseClientCommand(text: string): ParsedSide {
  const tokens = tokenizePowerShell(text);
  const invocation = findInvocation(tokens, ['Set-VpnConnectionIPsecConfiguration'], isClientSwitch);
  if (!invocation) {
    return {
      format: 'unrecognised',
      policy: undefined,
      notes: [{ severity: 'error', message: 'No Set-VpnConnectionIPsecConfiguration command found.' }],
    };
  }
  const notes: ParseNote[] = [];
  const values: TransformValues = {};
  // Mutated by apply(); an object keeps TypeScript from narrowing the flags to their initial values.
  const flags: { connectionName: string | undefined; isAllUserConnection: boolean; isRevertToDefault: boolean } = {
    connectionName: undefined,
    isAllUserConnection: false,
    isRevertToDefault: false,
  };
  const bound = new Set<string>();
  let positionalIndex = 0;

  const apply = (parameter: string, argument: Pick<PsArgument, 'value' | 'isUnresolved' | 'line' | 'column'>) => {
    const { value } = argument;
    bound.add(parameter);
    if (parameter === 'AllUserConnection') {
      flags.isAllUserConnection = isSwitchOn(value);
      return;
    }
    if (parameter === 'RevertToDefault') {
      flags.isRevertToDefault = isSwitchOn(value);
      return;
    }
    if (parameter === 'ConnectionName') {
      flags.connectionName = value;
      return;
    }
    readTransformArgument(parameter, argument, 'client', values, notes);
  };

  const tables = findHashtables(tokens);
  for (const variable of [...invocation.splats, ...invocation.pipedVariables]) {
    const table = tables.find((candidate) => candidate.variable?.toLowerCase() === variable.toLowerCase());
    if (!table) continue;
    for (const entry of table.entries) {
      const resolved = resolveParameter(entry.key, SET_VPN_CONNECTION_IPSEC_PARAMETERS);
      if (resolved.kind === 'found')
        apply(resolved.parameter, { value: entry.value, isUnresolved: entry.isUnresolved, line: entry.line, column: entry.column });
    }
  }

  for (const argument of invocation.args) {
    if (argument.name === undefined) {
      let parameter: string | undefined;
      while (positionalIndex < POSITIONAL_PARAMETERS.length) {
        const candidate = POSITIONAL_PARAMETERS[positionalIndex];
        positionalIndex += 1;
        if (candidate && !bound.has(candidate)) {
          parameter = candidate;
          break;
        }
      }
      if (!parameter) {
        notes.push({
          severity: 'warning',
          message: `Ignored the extra value "${argument.value ?? ''}".`,
          line: argument.line,
          column: argument.column,
        });
        continue;
      }
      apply(parameter, argument);
      continue;
    }
    const resolved = resolveParameter(argument.name, SET_VPN_CONNECTION_IPSEC_PARAMETERS);
    if (resolved.kind === 'unknown') {
      notes.push({
        severity: 'error',
        message: `-${argument.name} is not a parameter of Set-VpnConnectionIPsecConfiguration.`,
        line: argument.line,
        column: argument.column,
      });
      continue;
    }
    if (resolved.kind === 'ambiguous') {
      notes.push({
        severity: 'error',
        message: `-${argument.name} is ambiguous: it could be ${resolved.candidates.map((c) => `-${c}`).join(' or ')}.`,
        line: argument.line,
        column: argument.column,
      });
      continue;
    }
    apply(resolved.parameter, argument);
  }

  const { connectionName, isAllUserConnection, isRevertToDefault } = flags;
  if (connectionName === undefined) {
    notes.push({
      severity: 'warning',
      message: '-ConnectionName is missing; the cmdlet requires the name of the VPN connection.',
      line: invocation.line,
    });
  }
  const common = { format: 'client-command' as const, notes, connectionName, isAllUserConnection };
  if (isRevertToDefault) {
    if (Object.keys(values).length > 0) {
      notes.push({
        severity: 'error',
        message: '-RevertToDefault cannot be combined with transform parameters (they are different parameter sets).',
        line: invocation.line,
      });
    }
    return { ...common, policy: { mode: 'default', values: {} } };
  }
  const missing = TRANSFORM_FIELDS.filter((field) => values[field] === undefined);
  if (missing.length === TRANSFORM_FIELDS.length) {
    notes.push({
      severity: 'info',
      message: 'This command sets no transforms and does not revert to the defaults, so it does not change the policy.',
      line: invocation.line,
    });
    return { ...common, policy: undefined };
  }
  for (const field of missing) {
    notes.push({
      severity: 'error',
      message: `-${FIELD_INFO[field].parameter} is missing; Set-VpnConnectionIPsecConfiguration requires all six transform parameters together.`,
      line: invocation.line,
    });
  }
  return { ...common, policy: { mode: 'custom', values } };
}

function findCryptographySuite(root: XmlElement): XmlElement | undefined {
  if (root.localName === 'CryptographySuite') return root;
  const queue: XmlElement[] = [root];
  while (queue.length > 0) {
    const element = queue.shift();
    if (!element) break;
    for (const child of elementChildren(element)) {
      if (child.localName.toLowerCase() === 'cryptographysuite') return child;
      queue.push(child);
    }
  }
  return undefined;
}

/** Reads the <CryptographySuite> of a ProfileXML, or a bare <CryptographySuite> fragment. */
export function parseCryptographySuite(text: string): ParsedSide {
  const start = text.search(/<\s*(VPNProfile|CryptographySuite)\b/i);
  const candidate = start > 0 ? text.slice(start) : text;
  const lineOffset = start > 0 ? text.slice(0, start).split('\n').length - 1 : 0;
  const parsed = parseXml(candidate.trim() === '' ? text : candidate);
  if (!parsed.ok) {
    return {
      format: 'profilexml',
      policy: undefined,
      notes: [{ severity: 'error', message: parsed.error.message, line: parsed.error.line + lineOffset, column: parsed.error.column }],
    };
  }
  const suite = findCryptographySuite(parsed.root);
  if (!suite) {
    return {
      format: 'profilexml',
      policy: { mode: 'default', values: {} },
      notes: [
        {
          severity: 'info',
          message:
            'The profile has no <CryptographySuite>, so the client offers the Windows default IKEv2 proposals (Microsoft documents DES3, SHA1 and DH group 2 for the IKE exchange).',
        },
      ],
    };
  }
  const notes: ParseNote[] = [];
  const values: TransformValues = {};
  for (const child of elementChildren(suite)) {
    const field = TRANSFORM_FIELDS.find((f) => FIELD_INFO[f].xmlElement === child.localName);
    const line = child.line + lineOffset;
    if (!field) {
      const caseMatch = TRANSFORM_FIELDS.find((f) => FIELD_INFO[f].xmlElement.toLowerCase() === child.localName.toLowerCase());
      notes.push({
        severity: 'error',
        message: caseMatch
          ? `<${child.localName}> differs in case from <${FIELD_INFO[caseMatch].xmlElement}>; XML element names are case-sensitive.`
          : `<${child.localName}> is not a CryptographySuite element; expected ${TRANSFORM_FIELDS.map((f) => FIELD_INFO[f].xmlElement).join(', ')}.`,
        line,
        column: child.column,
      });
      continue;
    }
    const result = normalizeTransform(field, textContent(child), 'profilexml');
    if (!result.ok) {
      notes.push({ severity: 'error', message: result.message, line, column: child.column });
      continue;
    }
    values[field] = result.value;
    if (result.note) notes.push({ severity: 'warning', message: result.note, line, column: child.column });
  }
  for (const field of TRANSFORM_FIELDS) {
    if (
      values[field] === undefined &&
      !notes.some((note) => note.severity === 'error' && note.message.includes(FIELD_INFO[field].xmlElement))
    ) {
      notes.push({
        severity: 'warning',
        message: `<${FIELD_INFO[field].xmlElement}> is not set; Windows then picks a value itself, which may not match the server.`,
        line: suite.line + lineOffset,
      });
    }
  }
  return { format: 'profilexml', policy: { mode: 'custom', values }, notes };
}

/** Reads the IPsecCustomPolicy list output of Get-VpnConnection. */
export function parseClientOutput(text: string): ParsedSide {
  const list = parsePropertyList(text, 'client');
  const notes = [...list.notes];
  if (list.transformLineCount === 0) {
    return {
      format: 'client-output',
      policy: undefined,
      notes: [
        ...notes,
        {
          severity: 'info',
          message:
            'No transform properties found. An empty IPsecCustomPolicy means the connection uses the Windows defaults; run Get-VpnConnection -Name <name> | Select-Object -ExpandProperty IPsecCustomPolicy.',
        },
      ],
    };
  }
  if (Object.keys(list.values).length === 0) {
    return { format: 'client-output', policy: { mode: 'default', values: {} }, notes };
  }
  return { format: 'client-output', policy: { mode: 'custom', values: list.values }, notes };
}

/** Undoes the escaping used when XML is pasted as text (&lt; &gt; &quot; &apos; &amp;). */
function decodeBasicEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Decides what the pasted client text is and reads it. */
export function parseClientInput(text: string): ParsedSide {
  if (text.trim() === '') return { format: 'empty', policy: undefined, notes: [] };
  const oversized = describeOversizedPaste(text, IPSEC_TEXT_LIMIT);
  if (oversized !== undefined) return { format: 'unrecognised', policy: undefined, notes: [{ severity: 'error', message: oversized }] };
  if (/set-vpnconnectionipsecconfiguration/i.test(text)) return parseClientCommand(text);
  if (/set-vpnserver(ipsec)?configuration/i.test(text)) {
    return {
      format: 'unrecognised',
      policy: undefined,
      notes: [
        {
          severity: 'error',
          message:
            'This is a server command; paste it on the server side. The client side expects ProfileXML or Set-VpnConnectionIPsecConfiguration.',
        },
      ],
    };
  }
  if (/<\s*[A-Za-z?!]/.test(text)) return parseCryptographySuite(text);
  if (/&lt;\s*(VPNProfile|CryptographySuite)\b/i.test(text)) return parseCryptographySuite(decodeBasicEntities(text));
  if (looksLikePropertyList(text)) return parseClientOutput(text);
  return {
    format: 'unrecognised',
    policy: undefined,
    notes: [
      {
        severity: 'error',
        message:
          'Expected a ProfileXML (or its <CryptographySuite>), a Set-VpnConnectionIPsecConfiguration command, or IPsecCustomPolicy output.',
      },
    ],
  };
}
