import type { ParameterSignature } from '../types';
import type { CommandRule } from './rule';

/** Edit distance, for "did you mean" suggestions. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

function suggestion(written: string, parameters: readonly ParameterSignature[]): string {
  const lower = written.toLowerCase();
  const closest = parameters
    .map((parameter) => ({ name: parameter.name, score: distance(lower, parameter.name.toLowerCase()) }))
    .sort((a, b) => a.score - b.score)[0];
  return closest !== undefined && closest.score <= Math.max(2, Math.floor(written.length / 3)) ? ` Did you mean -${closest.name}?` : '';
}

/** A parameter name the cmdlet does not have (or that matches several of its parameters). */
export const unknownParameterRule: CommandRule = {
  id: 'unknown-parameter',
  description: 'Every -Parameter is a documented parameter or alias of the cmdlet, or a common parameter.',
  check: ({ commands, reference }) =>
    commands.flatMap(({ bound }) => {
      if (bound === undefined) return [];
      const all = bound.signature.hasCommonParameters
        ? [...bound.signature.parameters, ...reference.commonParameters]
        : bound.signature.parameters;
      return bound.parameters
        .filter((parameter) => parameter.status === 'unknown' || parameter.status === 'ambiguous')
        .map((parameter) => ({
          rule: 'unknown-parameter',
          line: parameter.line,
          message:
            parameter.status === 'ambiguous'
              ? `-${parameter.written} is ambiguous for ${bound.signature.name}: it could be ${parameter.candidates.map((name) => `-${name}`).join(', ')}.`
              : `${bound.signature.name} has no parameter -${parameter.written}${parameter.isSplatted ? ' (a key of the splatted hashtable)' : ''}.${suggestion(parameter.written, all)} Source: ${bound.signature.source}`,
        }));
    }),
};

/**
 * A unique prefix of a parameter name. PowerShell accepts it, but the guide
 * writes names in full: a prefix that is unique today becomes ambiguous when
 * a module version adds a parameter, and readers search for the full name.
 */
export const abbreviatedParameterRule: CommandRule = {
  id: 'abbreviated-parameter',
  description: 'Parameters are written in full, not as unique prefixes.',
  check: ({ commands }) =>
    commands.flatMap(({ bound }) =>
      (bound?.parameters ?? [])
        .filter((parameter) => parameter.status === 'prefix')
        .map((parameter) => ({
          rule: 'abbreviated-parameter',
          line: parameter.line,
          message: `-${parameter.written} abbreviates -${parameter.parameter?.name ?? ''} of ${bound?.signature.name ?? ''}; write the full parameter name.`,
        })),
    ),
};
