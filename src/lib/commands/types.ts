/**
 * The shapes of the command reference: cmdlet signatures, the properties of
 * what cmdlets output, registry values, and what the checker reports.
 */

export interface ParameterSignature {
  /** Parameter name without the dash, as the help page spells it. */
  readonly name: string;
  /** .NET type as the help page gives it (`String`, `SwitchParameter`, `TunnelType`, `String[]`). */
  readonly type: string;
  /** Other names PowerShell accepts for the parameter (the help page's `Aliases:`). */
  readonly aliases?: readonly string[];
  /** The only values the parameter accepts (ValidateSet or enum), where documented. */
  readonly values?: readonly string[];
}

export interface CmdletSignature {
  /** Cmdlet, function or script name (`Get-VpnConnection`, `Enable-SstpOffload`). */
  readonly name: string;
  /** Module that ships it, or `script` for a downloadable script. */
  readonly module: string;
  /** The public page the parameters were taken from. */
  readonly source: string;
  /** Set when the command does not exist on current Windows: which versions had it, per the source. */
  readonly availability?: string;
  readonly parameters: readonly ParameterSignature[];
  /** Accepts the common parameters (-Verbose, -ErrorAction, ...): every compiled cmdlet and advanced function does. */
  readonly hasCommonParameters: boolean;
}

/** Properties of the objects a cmdlet writes, for checking Select-Object, Format-* and Where-Object. */
export interface OutputProperties {
  /** The cmdlet whose output this describes. */
  readonly cmdlet: string;
  /** .NET or CIM type name of the output. */
  readonly typeName: string;
  readonly properties: readonly string[];
  /** Only when the cmdlet's path argument starts with this (provider-dependent output, e.g. `Cert:`). */
  readonly pathPrefix?: string;
  /** Only when `-ClassName`/`-Class` is this (CIM and WMI classes). */
  readonly className?: string;
  /** Only when this parameter is given (Get-WinEvent -ListLog writes log configurations, not events). */
  readonly whenParameter?: string;
  /** Names given to this parameter are added to the properties (Get-ADUser -Properties). */
  readonly extraFromParameter?: string;
  /** Where the property names were read. */
  readonly source: string;
  /**
   * False when the list is known to be partial (property names seen in a help
   * page's example output): its names are accepted, but a name missing from
   * it is not reported unless a complete list for the same output lacks it too.
   */
  readonly isComplete?: boolean;
}

/** Registry value types as regedit names them. */
export type RegistryType = 'REG_DWORD' | 'REG_QWORD' | 'REG_SZ' | 'REG_EXPAND_SZ' | 'REG_MULTI_SZ' | 'REG_BINARY';

export interface RegistryKey {
  /** Full key path under HKLM, written `HKLM\…`; a `*` segment stands for any one subkey name. */
  readonly path: string;
  /** What the key holds. */
  readonly meaning: string;
  readonly source: string;
}

export interface RegistryValue {
  /** Key path, written `HKLM\…`, as in RegistryKey. */
  readonly path: string;
  /** Value name. */
  readonly name: string;
  readonly type: RegistryType;
  /** What the value does. */
  readonly meaning: string;
  readonly source: string;
}

/** One problem the checker found. */
export interface Finding {
  /** Rule id, e.g. `unknown-parameter`. */
  readonly rule: string;
  readonly line: number;
  /** What was found and what was expected. */
  readonly message: string;
}
