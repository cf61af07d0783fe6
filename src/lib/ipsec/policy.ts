/** Shared shapes for one side of an IKEv2 policy comparison. */
import type { TransformField } from './transforms';

/** Canonical transform ids (cmdlet spellings) per field; a missing key means "not set". */
export type TransformValues = Partial<Record<TransformField, string>>;

/** A complete set of six values. */
export type CompleteTransformValues = Record<TransformField, string>;

/**
 * `custom`: the side pins its own proposal (CustomPolicy / CryptographySuite).
 * `default`: the side uses the Windows built-in proposals.
 */
export type PolicyMode = 'custom' | 'default';

export interface SidePolicy {
  readonly mode: PolicyMode;
  readonly values: TransformValues;
}

export type InputFormat = 'empty' | 'server-output' | 'server-command' | 'client-command' | 'client-output' | 'profilexml' | 'unrecognised';

export const INPUT_FORMAT_LABELS: Record<InputFormat, string> = {
  empty: 'Nothing pasted',
  'server-output': 'Get-VpnServerConfiguration output',
  'server-command': 'Set-VpnServerConfiguration command',
  'client-command': 'Set-VpnConnectionIPsecConfiguration command',
  'client-output': 'IPsecCustomPolicy output (Get-VpnConnection)',
  profilexml: 'ProfileXML CryptographySuite',
  unrecognised: 'Unrecognised text',
};

export type NoteSeverity = 'error' | 'warning' | 'info';

/** Something the parser noticed: what was found and what was expected, and where. */
export interface ParseNote {
  readonly severity: NoteSeverity;
  readonly message: string;
  /** 1-based line in the pasted text, when known. */
  readonly line?: number | undefined;
  /** 1-based column, when known. */
  readonly column?: number | undefined;
}

export interface ParsedSide {
  readonly format: InputFormat;
  /** Undefined when the text does not say which policy applies. */
  readonly policy: SidePolicy | undefined;
  readonly notes: readonly ParseNote[];
  /** Client commands: the connection name, if given. */
  readonly connectionName?: string | undefined;
  /** Client commands: whether -AllUserConnection was given. */
  readonly isAllUserConnection?: boolean | undefined;
}
