/**
 * PowerShell string literals for generated scripts and commands. There is one
 * form: a single-quoted (verbatim) literal. It may span lines and ends only at
 * an undoubled quote character, so doubling the five characters PowerShell
 * treats as single quotes (' and U+2018 to U+201B) is the whole escape.
 * Here-strings are never used: they end at any line terminator followed by
 * '@, and PowerShell accepts CR and LF on their own as terminators.
 */
export function quotePowerShell(text: string): string {
  return `'${text.replace(/['\u2018\u2019\u201a\u201b]/g, (quote) => quote + quote)}'`;
}
