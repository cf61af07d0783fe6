/**
 * The command reference the checker compares content against, assembled
 * from the data tables in ./data: the generated Windows Server 2025 module
 * help and a few pages of the same docset taken by hand, PowerShell's own
 * cmdlets, Az cmdlets, community scripts, cmdlets of older Windows
 * versions, output properties and registry values.
 */
import windowsServer2025 from './data/windows-server-2025.json';
import { AZ_CMDLETS } from './data/az-cmdlets';
import { COMMAND_ALIASES } from './data/command-aliases';
import { COMMON_PARAMETERS } from './data/common-parameters';
import { COMMUNITY_SCRIPTS } from './data/community-scripts';
import { LEGACY_CMDLETS } from './data/legacy-cmdlets';
import { NATIVE_COMMANDS } from './data/native-commands';
import { OUTPUT_PROPERTIES } from './data/output-properties';
import { POWERSHELL_BUILTIN } from './data/powershell-builtin';
import { REGISTRY_KEYS, REGISTRY_VALUES } from './data/registry-values';
import { WINDOWS_MODULE_CMDLETS } from './data/windows-modules';
import { signaturesFromSpecs } from './signature-spec';
import type { CmdletSignature, OutputProperties, ParameterSignature, RegistryKey, RegistryValue } from './types';

export interface CommandReference {
  /** Cmdlets, functions and scripts by lower-case name. */
  readonly cmdlets: ReadonlyMap<string, CmdletSignature>;
  /** Lower-case alias to cmdlet name. */
  readonly aliases: ReadonlyMap<string, string>;
  /** Lower-case executable names (with and without .exe). */
  readonly natives: ReadonlySet<string>;
  readonly commonParameters: readonly ParameterSignature[];
  readonly outputs: readonly OutputProperties[];
  readonly registryKeys: readonly RegistryKey[];
  readonly registryValues: readonly RegistryValue[];
}

export interface ReferenceTables {
  readonly cmdlets: readonly CmdletSignature[];
  readonly aliases: Readonly<Record<string, string>>;
  readonly natives: readonly string[];
  readonly commonParameters: readonly ParameterSignature[];
  readonly outputs: readonly OutputProperties[];
  readonly registryKeys: readonly RegistryKey[];
  readonly registryValues: readonly RegistryValue[];
}

/** Builds the lookup structures; throws when a cmdlet is declared twice, so that a table edit cannot silently shadow another. */
export function buildReference(tables: ReferenceTables): CommandReference {
  const cmdlets = new Map<string, CmdletSignature>();
  for (const cmdlet of tables.cmdlets) {
    const key = cmdlet.name.toLowerCase();
    const known = cmdlets.get(key);
    if (known !== undefined)
      throw new Error(`${cmdlet.name} is declared twice in the command reference (${known.source} and ${cmdlet.source}).`);
    cmdlets.set(key, cmdlet);
  }
  const aliases = new Map(Object.entries(tables.aliases).map(([alias, cmdlet]) => [alias.toLowerCase(), cmdlet]));
  const natives = new Set<string>();
  for (const native of tables.natives) {
    const name = native.toLowerCase();
    natives.add(name);
    natives.add(name.endsWith('.exe') ? name.slice(0, -4) : `${name}.exe`);
  }
  // `sc` is PowerShell's alias for Set-Content; only `sc.exe` is the service-control program.
  for (const alias of aliases.keys()) if (natives.has(alias)) natives.delete(alias);
  return {
    cmdlets,
    aliases,
    natives,
    commonParameters: tables.commonParameters,
    outputs: tables.outputs,
    registryKeys: tables.registryKeys,
    registryValues: tables.registryValues,
  };
}

/** The tables committed in ./data. */
export function defaultTables(): ReferenceTables {
  const generated = windowsServer2025 as { cmdlets: CmdletSignature[]; outputs: OutputProperties[] };
  return {
    cmdlets: [
      ...generated.cmdlets,
      ...signaturesFromSpecs([...WINDOWS_MODULE_CMDLETS, ...POWERSHELL_BUILTIN, ...AZ_CMDLETS, ...COMMUNITY_SCRIPTS, ...LEGACY_CMDLETS]),
    ],
    aliases: COMMAND_ALIASES,
    natives: NATIVE_COMMANDS,
    commonParameters: signaturesFromSpecs([COMMON_PARAMETERS])[0]?.parameters ?? [],
    outputs: [...generated.outputs, ...OUTPUT_PROPERTIES],
    registryKeys: REGISTRY_KEYS,
    registryValues: REGISTRY_VALUES,
  };
}

/** The reference built from the committed tables. */
export function loadReference(): CommandReference {
  return buildReference(defaultTables());
}
