/**
 * Checks the PowerShell of one code block against the command reference:
 * runs every rule in ./rules over the parsed and resolved commands, and
 * counts what it saw for the report.
 */
import { parsePowerShell, type PsScript } from './parse-powershell';
import type { CommandReference } from './reference';
import { resolveCommands } from './resolve-commands';
import { filterHashtableRule } from './rules/filter-hashtable';
import { invalidValueRule, missingValueRule } from './rules/invalid-value';
import { legacyCmdletRule } from './rules/legacy-cmdlet';
import type { CommandRule } from './rules/rule';
import { unknownCommandRule } from './rules/unknown-command';
import { abbreviatedParameterRule, unknownParameterRule } from './rules/unknown-parameter';
import { checkPipelineProperties, unknownPropertyRule } from './rules/unknown-property';
import type { Finding } from './types';

export const COMMAND_RULES: readonly CommandRule[] = [
  unknownCommandRule,
  legacyCmdletRule,
  unknownParameterRule,
  abbreviatedParameterRule,
  missingValueRule,
  invalidValueRule,
  filterHashtableRule,
  unknownPropertyRule,
];

export interface CommandStats {
  /** Commands of every kind. */
  readonly commands: number;
  /** Commands checked against a signature in the reference. */
  readonly checkedCommands: number;
  /** Distinct cmdlet and script names checked. */
  readonly cmdlets: readonly string[];
  /** Native program invocations (counted, not checked). */
  readonly nativeCommands: number;
  readonly natives: readonly string[];
  /** Property names checked against an output type. */
  readonly propertiesChecked: number;
}

export interface BlockResult {
  readonly findings: readonly Finding[];
  readonly stats: CommandStats;
  readonly script: PsScript;
}

/** Checks one PowerShell block whose first line is line `firstLine` of its file. */
export function checkPowerShell(
  code: string,
  firstLine: number,
  reference: CommandReference,
  rules: readonly CommandRule[] = COMMAND_RULES,
): BlockResult {
  const script = parsePowerShell(code, firstLine);
  const commands = resolveCommands(script, reference);
  const context = { script, reference, commands };
  const findings = rules.flatMap((rule) => rule.check(context)).sort((a, b) => a.line - b.line);
  const checked = commands.filter((command) => command.bound !== undefined);
  const natives = commands.filter((command) => command.kind === 'native');
  return {
    findings,
    script,
    stats: {
      commands: commands.length,
      checkedCommands: checked.length,
      cmdlets: [...new Set(checked.map((command) => command.name))],
      nativeCommands: natives.length,
      natives: [...new Set(natives.map((command) => command.name))],
      propertiesChecked: checkPipelineProperties(context).checked,
    },
  };
}
