import { isSwitchParameter, literalsOf } from '../bind-arguments';
import type { CommandRule } from './rule';

const NUMERIC_TYPE = /^(?:System\.)?(?:U?Int(?:16|32|64)|S?Byte)(?:\[\])?$/i;
const NUMBER = /^[+-]?(?:0x[0-9a-f]+|\d+(?:\.\d+)?)(?:kb|mb|gb|tb|pb)?$/i;
/** `<placeholder>` values that readers replace. */
const isPlaceholder = (text: string): boolean => /^<.*>$/.test(text);

/** A literal value outside a parameter's documented values, or a non-number for a numeric parameter. */
export const invalidValueRule: CommandRule = {
  id: 'invalid-value',
  description: 'Literal values are among the documented accepted values, and numbers where the parameter is numeric.',
  check: ({ commands }) =>
    commands.flatMap(({ bound }) =>
      (bound?.parameters ?? []).flatMap((parameter) => {
        const signature = parameter.parameter;
        const texts = literalsOf(parameter.value);
        if (signature === undefined || texts === undefined || isSwitchParameter(signature)) return [];
        const findings = [];
        for (const text of texts) {
          if (isPlaceholder(text)) continue;
          if (signature.values && !signature.values.some((value) => value.toLowerCase() === text.toLowerCase())) {
            findings.push({
              rule: 'invalid-value',
              line: parameter.value?.line ?? parameter.line,
              message: `'${text}' is not an accepted value of -${signature.name} (${bound?.signature.name ?? ''}); accepted: ${signature.values.join(', ')}.`,
            });
          } else if (NUMERIC_TYPE.test(signature.type) && !NUMBER.test(text)) {
            findings.push({
              rule: 'invalid-value',
              line: parameter.value?.line ?? parameter.line,
              message: `-${signature.name} of ${bound?.signature.name ?? ''} takes a number (${signature.type}), not '${text}'.`,
            });
          }
        }
        return findings;
      }),
    ),
};

/** A parameter that takes a value but is given none. */
export const missingValueRule: CommandRule = {
  id: 'missing-value',
  description: 'A parameter that is not a switch is followed by its value.',
  check: ({ commands }) =>
    commands.flatMap(({ bound }) =>
      (bound?.parameters ?? [])
        .filter(
          (parameter) => parameter.parameter !== undefined && !isSwitchParameter(parameter.parameter) && parameter.value === undefined,
        )
        .map((parameter) => ({
          rule: 'missing-value',
          line: parameter.line,
          message: `-${parameter.parameter?.name ?? parameter.written} of ${bound?.signature.name ?? ''} needs a value (${parameter.parameter?.type ?? ''}), and none follows it.`,
        })),
    ),
};
