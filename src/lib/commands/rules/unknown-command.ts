import type { CommandRule } from './rule';

/** A command that is no cmdlet, script, alias or native program in the reference, and no function of the same block. */
export const unknownCommandRule: CommandRule = {
  id: 'unknown-command',
  description: 'Every command is a cmdlet, script or alias in the reference, a listed native program, or a function the block defines.',
  check: ({ commands }) =>
    commands
      .filter((command) => command.kind === 'unknown')
      .map(({ command }) => {
        const isCmdletShaped = /^[A-Za-z]+-[A-Za-z0-9]+$/.test(command.name) || /\.ps1$/i.test(command.name);
        return {
          rule: 'unknown-command',
          line: command.line,
          message: isCmdletShaped
            ? `Unknown command ${command.name}: it is not in the command reference (src/lib/commands/data). Check the name against its documentation, then add it there with its source.`
            : `Unknown command ${command.name}: not a cmdlet or alias in the reference and not a listed native program (src/lib/commands/data/native-commands.ts).`,
        };
      }),
};
