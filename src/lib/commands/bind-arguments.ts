/**
 * Matches a parsed command's arguments to a cmdlet's documented parameters,
 * the way PowerShell binds them by name: exact names and declared aliases
 * bind; a unique prefix is recognised but reported (see README of the
 * checker: the guide spells parameters out in full); an unknown name binds
 * to nothing. Splatted hashtables defined in the same script are expanded
 * into named arguments.
 */
import type { PsArgument, PsCommand, PsScript, PsValue } from './parse-powershell';
import type { CmdletSignature, ParameterSignature } from './types';

export type BindingStatus = 'exact' | 'alias' | 'prefix' | 'ambiguous' | 'unknown';

export interface BoundParameter {
  /** The name as written, without the dash. */
  readonly written: string;
  readonly line: number;
  readonly status: BindingStatus;
  /** The parameter it binds to (for exact, alias and prefix matches). */
  readonly parameter: ParameterSignature | undefined;
  /** Names a prefix could stand for (prefix and ambiguous matches). */
  readonly candidates: readonly string[];
  /** The value given, or undefined for a switch or a missing value. */
  readonly value: PsValue | undefined;
  /** True when the parameter came from a splatted hashtable key. */
  readonly isSplatted: boolean;
}

export interface BoundCommand {
  readonly command: PsCommand;
  readonly signature: CmdletSignature;
  readonly parameters: readonly BoundParameter[];
  /** Values not bound to a named parameter, in order. */
  readonly positional: readonly PsValue[];
  /** Splats whose hashtable is not defined in the same script (not checked). */
  readonly unresolvedSplats: readonly string[];
}

const isSwitch = (parameter: ParameterSignature | undefined): boolean =>
  parameter !== undefined && (parameter.type === 'SwitchParameter' || parameter.type.endsWith('.SwitchParameter'));

/** Finds the parameter a written name binds to. */
export function resolveParameterName(
  written: string,
  parameters: readonly ParameterSignature[],
): { status: BindingStatus; parameter: ParameterSignature | undefined; candidates: string[] } {
  const name = written.toLowerCase();
  const exact = parameters.find((parameter) => parameter.name.toLowerCase() === name);
  if (exact) return { status: 'exact', parameter: exact, candidates: [] };
  const alias = parameters.find((parameter) => parameter.aliases?.some((candidate) => candidate.toLowerCase() === name));
  if (alias) return { status: 'alias', parameter: alias, candidates: [] };
  const matches = parameters.filter(
    (parameter) =>
      parameter.name.toLowerCase().startsWith(name) || parameter.aliases?.some((candidate) => candidate.toLowerCase().startsWith(name)),
  );
  const candidates = [...new Set(matches.map((parameter) => parameter.name))];
  if (candidates.length === 1) return { status: 'prefix', parameter: matches[0], candidates };
  if (candidates.length > 1) return { status: 'ambiguous', parameter: undefined, candidates };
  return { status: 'unknown', parameter: undefined, candidates: [] };
}

/** The hashtable most recently assigned to `$variable` before `line`, if any. */
export function findHashtable(script: PsScript, variable: string, line: number): Extract<PsValue, { kind: 'hashtable' }> | undefined {
  let found: Extract<PsValue, { kind: 'hashtable' }> | undefined;
  for (const assignment of script.assignments) {
    if (assignment.variable !== variable || assignment.line > line) continue;
    found = assignment.value?.kind === 'hashtable' ? assignment.value : undefined;
  }
  return found;
}

/** Binds a command's arguments to the signature's parameters plus the common parameters it accepts. */
export function bindArguments(
  command: PsCommand,
  signature: CmdletSignature,
  commonParameters: readonly ParameterSignature[],
  script: PsScript,
): BoundCommand {
  const parameters = signature.hasCommonParameters ? [...signature.parameters, ...commonParameters] : signature.parameters;
  const bound: BoundParameter[] = [];
  const positional: PsValue[] = [];
  const unresolvedSplats: string[] = [];
  const args: readonly PsArgument[] = command.args;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (arg === undefined) continue;
    if (arg.kind === 'value') {
      positional.push(arg.value);
      continue;
    }
    if (arg.kind === 'splat') {
      const table = findHashtable(script, arg.variable, arg.line);
      if (table === undefined) {
        unresolvedSplats.push(arg.variable);
        continue;
      }
      for (const entry of table.entries) {
        bound.push({
          written: entry.key,
          line: entry.line,
          ...resolveParameterName(entry.key, parameters),
          value: entry.value,
          isSplatted: true,
        });
      }
      continue;
    }
    const resolution = resolveParameterName(arg.name, parameters);
    let value = arg.attachedValue;
    const next = args[index + 1];
    if (value === undefined && !isSwitch(resolution.parameter) && next?.kind === 'value') {
      value = next.value;
      index += 1;
    }
    bound.push({ written: arg.name, line: arg.line, ...resolution, value, isSplatted: false });
  }
  return { command, signature, parameters: bound, positional, unresolvedSplats };
}

/** True when the parameter is a switch (takes no value unless written `-Name:$value`). */
export function isSwitchParameter(parameter: ParameterSignature | undefined): boolean {
  return isSwitch(parameter);
}

/** The value bound to a parameter by name, or else the positional value at `position`. */
export function valueOf(command: BoundCommand, parameterName: string, position?: number): PsValue | undefined {
  const named = command.parameters.find((parameter) => parameter.parameter?.name.toLowerCase() === parameterName.toLowerCase());
  if (named) return named.value;
  return position === undefined ? undefined : command.positional[position];
}

/** Literal strings of a value: the text of a literal, or of each literal in an array. Undefined when any part is not literal. */
export function literalsOf(value: PsValue | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  if (value.kind === 'literal') return [value.text];
  if (value.kind === 'array') {
    const texts: string[] = [];
    for (const item of value.items) {
      if (item.kind !== 'literal') return undefined;
      texts.push(item.text);
    }
    return texts;
  }
  return undefined;
}
