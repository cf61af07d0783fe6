import type { CommandRule } from './rule';

/** A cmdlet that exists only on older Windows versions. */
export const legacyCmdletRule: CommandRule = {
  id: 'legacy-cmdlet',
  description: 'Cmdlets that current Windows versions no longer ship are reported with what their source says about them.',
  check: ({ commands }) =>
    commands.flatMap(({ bound, command }) => {
      const availability = bound?.signature.availability;
      if (availability === undefined) return [];
      return [
        {
          rule: 'legacy-cmdlet',
          line: command.line,
          message: `${bound?.signature.name ?? command.name} is not a current cmdlet: ${availability} (${bound?.signature.source ?? ''}).`,
        },
      ];
    }),
};
