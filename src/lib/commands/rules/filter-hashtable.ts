import { findHashtable, literalsOf, valueOf } from '../bind-arguments';
import type { PsValue } from '../parse-powershell';
import type { CommandRule } from './rule';

/**
 * The keys Get-WinEvent documents for -FilterHashtable (5.1 help). Any other
 * key is silently treated as the name of an event data field, so a typo
 * returns no events instead of an error.
 */
const FILTER_KEYS: Readonly<Record<string, 'string' | 'number' | 'other'>> = {
  logname: 'string',
  providername: 'string',
  path: 'string',
  keywords: 'number',
  id: 'number',
  level: 'number',
  starttime: 'other',
  endtime: 'other',
  userid: 'other',
  data: 'string',
};

const NUMBER = /^\d+$/;

/** Keys and numeric values of Get-WinEvent -FilterHashtable tables. */
export const filterHashtableRule: CommandRule = {
  id: 'filter-hashtable-key',
  description: 'Get-WinEvent -FilterHashtable uses only documented keys, with numbers for Id, Level and Keywords.',
  check: ({ commands, script }) =>
    commands.flatMap(({ bound, command }) => {
      if (bound?.signature.name !== 'Get-WinEvent') return [];
      let table: PsValue | undefined = valueOf(bound, 'FilterHashtable', 0);
      if (table?.kind === 'variable') table = findHashtable(script, table.name, command.line);
      if (table?.kind !== 'hashtable') return [];
      return table.entries.flatMap((entry) => {
        const kind = FILTER_KEYS[entry.key.toLowerCase()];
        if (kind === undefined) {
          return [
            {
              rule: 'filter-hashtable-key',
              line: entry.line,
              message: `'${entry.key}' is not a documented Get-WinEvent -FilterHashtable key (LogName, ProviderName, Path, Keywords, ID, Level, StartTime, EndTime, UserID, Data); Get-WinEvent would read it as an event data field name and match nothing if that was a typo.`,
            },
          ];
        }
        const texts = kind === 'number' ? literalsOf(entry.value) : undefined;
        const bad = texts?.find((text) => !NUMBER.test(text));
        return bad === undefined
          ? []
          : [{ rule: 'filter-hashtable-key', line: entry.line, message: `-FilterHashtable ${entry.key} takes numbers, not '${bad}'.` }];
      });
    }),
};
