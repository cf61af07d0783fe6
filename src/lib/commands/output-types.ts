/**
 * What properties the objects coming out of a pipeline element have, where
 * the reference knows: from the cmdlet's output table (chosen by path drive,
 * class name or parameter when the output depends on them), or, for
 * Get-ItemProperty on a registry key, from the key's declared values.
 */
import { literalsOf, valueOf } from './bind-arguments';
import type { PsScript } from './parse-powershell';
import type { CommandReference } from './reference';
import { findKey, normaliseRegistryPath, REGISTRY_PROVIDER_PROPERTIES, valuesUnderKey } from './registry-paths';
import type { ResolvedCommand } from './resolve-commands';
import { resolveString } from './resolve-strings';

export interface KnownOutput {
  readonly typeName: string;
  readonly properties: ReadonlySet<string>;
  readonly source: string;
  /** True when at least one source lists every property, so a missing name is an error. */
  readonly isComplete: boolean;
}

const lowerSet = (names: readonly string[]): Set<string> => new Set(names.map((name) => name.toLowerCase()));

/** Output of a command at the start of a pipeline, or undefined when the reference does not know it. */
export function outputOf(command: ResolvedCommand, reference: CommandReference, script: PsScript): KnownOutput | undefined {
  const bound = command.bound;
  if (bound === undefined) return undefined;
  const name = bound.signature.name;
  const pathValue = valueOf(bound, 'Path', 0) ?? valueOf(bound, 'LiteralPath');
  const path = pathValue === undefined ? undefined : resolveString(pathValue, script);
  if (name === 'Get-ItemProperty' && path !== undefined) {
    const key = normaliseRegistryPath(path);
    if (key === undefined || findKey(key, reference.registryKeys) === undefined) return undefined;
    const names = [...valuesUnderKey(key, reference.registryValues).map((value) => value.name), ...REGISTRY_PROVIDER_PROPERTIES];
    return {
      typeName: `registry values of ${key}`,
      properties: lowerSet(names),
      source: 'src/lib/commands/data/registry-values.ts',
      isComplete: true,
    };
  }
  const className = literalsOf(
    valueOf(bound, 'ClassName') ??
      valueOf(bound, 'Class') ??
      (name.endsWith('CimInstance') || name.endsWith('WmiObject') ? bound.positional[0] : undefined),
  )?.[0];
  const candidates = reference.outputs.filter((output) => output.cmdlet.toLowerCase() === name.toLowerCase());
  const matching = candidates.filter((output) => {
    if (output.pathPrefix !== undefined && !(path ?? '').toLowerCase().startsWith(output.pathPrefix.toLowerCase())) return false;
    if (output.className !== undefined && output.className.toLowerCase() !== className?.toLowerCase()) return false;
    if (output.whenParameter !== undefined && !bound.parameters.some((parameter) => parameter.parameter?.name === output.whenParameter))
      return false;
    return true;
  });
  const conditional = matching.filter(
    (output) => output.pathPrefix !== undefined || output.className !== undefined || output.whenParameter !== undefined,
  );
  const unconditional = matching.filter((output) => !conditional.includes(output));
  // An output that depends on the path, class or a parameter replaces the generic one.
  const chosen = conditional.length > 0 ? conditional : unconditional;
  if (chosen.length === 0) return undefined;
  const names = chosen.flatMap((output) => output.properties);
  for (const output of chosen) {
    if (output.extraFromParameter === undefined) continue;
    names.push(...(literalsOf(valueOf(bound, output.extraFromParameter)) ?? []));
  }
  const complete = chosen.filter((output) => output.isComplete !== false);
  return {
    typeName: (complete.length > 0 ? complete : chosen).map((output) => output.typeName).join(' + '),
    properties: lowerSet(names),
    source: (complete.length > 0 ? complete : chosen).map((output) => output.source).join('; '),
    isComplete: complete.length > 0,
  };
}
