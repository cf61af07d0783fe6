/**
 * A compact, readable way to write a hand-taken cmdlet signature as data:
 * one parameter per line, `-Name Type`, then optional `aka A, B` (aliases)
 * and `values X | Y | Z` (the documented accepted values).
 *
 *   -Name String[] aka ServiceName
 *   -Encoding String values ASCII | UTF8 | Unicode
 */
import type { CmdletSignature, ParameterSignature } from './types';

/** Parses the parameter lines of a signature spec. Throws on a line it cannot read, so a typo in the data fails the tests. */
export function parseParameterSpec(spec: string): ParameterSignature[] {
  const parameters: ParameterSignature[] = [];
  for (const raw of spec.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const match = /^-([A-Za-z][\w]*)\s+(\S+)(?:\s+aka\s+(.+?))?(?:\s+values\s+(.+))?$/.exec(line);
    if (!match?.[1] || !match[2]) throw new Error(`Cannot read parameter spec line: "${line}"`);
    const aliases = match[3]?.split(',').map((alias) => alias.trim());
    const values = match[4]?.split('|').map((value) => value.trim());
    parameters.push({
      name: match[1],
      type: match[2] === 'Switch' ? 'SwitchParameter' : match[2],
      ...(aliases ? { aliases } : {}),
      ...(values ? { values } : {}),
    });
  }
  return parameters;
}

export interface SignatureSpec {
  readonly name: string;
  readonly module: string;
  readonly source: string;
  readonly availability?: string;
  /** Defaults to true (every compiled cmdlet and advanced function). */
  readonly hasCommonParameters?: boolean;
  readonly parameters: string;
}

/** Turns specs into signatures. */
export function signaturesFromSpecs(specs: readonly SignatureSpec[]): CmdletSignature[] {
  return specs.map((spec) => ({
    name: spec.name,
    module: spec.module,
    source: spec.source,
    ...(spec.availability === undefined ? {} : { availability: spec.availability }),
    hasCommonParameters: spec.hasCommonParameters ?? true,
    parameters: parseParameterSpec(spec.parameters),
  }));
}
