/**
 * Turns a value into the string it would hold when the script runs, as far
 * as the script itself says: literals as written, and variables (also inside
 * double-quoted strings) replaced by the literal last assigned to them
 * earlier in the same script. What cannot be known becomes `*`.
 */
import type { PsScript, PsValue } from './parse-powershell';

/** The literal most recently assigned to `$variable` before `line`. */
function literalAssignedTo(script: PsScript, variable: string, line: number, depth: number): string | undefined {
  let found: string | undefined;
  for (const assignment of script.assignments) {
    if (assignment.variable !== variable || assignment.line > line) continue;
    found = assignment.value === undefined ? undefined : resolveString(assignment.value, script, depth + 1);
  }
  return found;
}

/** The string a value holds, with unknown parts as `*`; undefined for blocks, hashtables and arrays. */
export function resolveString(value: PsValue, script: PsScript, depth = 0): string | undefined {
  if (depth > 5) return undefined;
  switch (value.kind) {
    case 'literal':
      return value.text;
    case 'variable':
      return literalAssignedTo(script, value.name, value.line, depth) ?? '*';
    case 'expandable':
      return value.text.replace(
        /\$\{([^}]+)\}|\$([\p{L}\p{N}_]+(?::[\p{L}\p{N}_]+)?)|\$\([^)]*\)/gu,
        (_match, braced?: string, plain?: string) => {
          const name = (braced ?? plain)?.toLowerCase();
          if (name === undefined) return '*';
          return literalAssignedTo(script, name, value.line, depth) ?? '*';
        },
      );
    default:
      return undefined;
  }
}
