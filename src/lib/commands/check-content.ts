/**
 * Checks one content file: the PowerShell of every code block against the
 * command reference, and every registry key and value the file names, in
 * code or prose, against the registry table. Pure: the caller reads files.
 */
import { checkPowerShell, type CommandStats } from './check-commands';
import { extractCodeBlocks, POWERSHELL_LANGS } from './extract-code';
import type { CommandReference } from './reference';
import {
  codeLinesOf,
  findMemberReads,
  findPathMentions,
  findPowerShellValueMentions,
  findProseValueMentions,
  findRegExeMentions,
  findRegFileMentions,
  type RegistryMention,
} from './registry-mentions';
import { resolveCommands } from './resolve-commands';
import { checkRegistryMentions } from './rules/registry';
import type { Finding } from './types';

export interface FileResult {
  readonly findings: readonly Finding[];
  /** One entry per PowerShell block. */
  readonly blockStats: readonly CommandStats[];
  readonly powershellBlocks: number;
  readonly otherBlocks: number;
  readonly registryMentions: readonly RegistryMention[];
}

/** Checks a content file (`path` decides whether frontmatter steps are read). */
export function checkContentFile(path: string, text: string, reference: CommandReference): FileResult {
  const normalised = text.replace(/\r\n?/g, '\n');
  const blocks = extractCodeBlocks(path, normalised);
  const findings: Finding[] = [];
  const blockStats: CommandStats[] = [];
  const mentions: RegistryMention[] = [...findPathMentions(normalised)];
  let otherBlocks = 0;
  for (const block of blocks) {
    mentions.push(...findRegExeMentions(block.code, block.firstLine), ...findRegFileMentions(block.code, block.firstLine));
    if (!POWERSHELL_LANGS.has(block.lang)) {
      otherBlocks += 1;
      continue;
    }
    const result = checkPowerShell(block.code, block.firstLine, reference);
    findings.push(...applyExpectations(result.findings, block.expectedRules, block.firstLine - 1));
    blockStats.push(result.stats);
    mentions.push(
      ...findPowerShellValueMentions(result.script, resolveCommands(result.script, reference)),
      ...findMemberReads(block.code, block.firstLine),
    );
  }
  const knownNames = new Set(reference.registryValues.map((value) => value.name.toLowerCase()));
  mentions.push(...findProseValueMentions(normalised, codeLinesOf(blocks), knownNames));
  findings.push(...checkRegistryMentions(mentions, reference.registryKeys, reference.registryValues));
  findings.sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule));
  return { findings, blockStats, powershellBlocks: blockStats.length, otherBlocks, registryMentions: mentions };
}

/**
 * A block marked `kb-expect="rule …"` shows a mistake on purpose: the findings
 * of those rules are its point and are dropped, and a listed rule that finds
 * nothing is reported on the fence line, so that the marker cannot outlive the mistake.
 */
function applyExpectations(findings: readonly Finding[], expectedRules: readonly string[] | undefined, fenceLine: number): Finding[] {
  if (expectedRules === undefined) return [...findings];
  const missing = expectedRules.filter((rule) => !findings.some((finding) => finding.rule === rule));
  return [
    ...findings.filter((finding) => !expectedRules.includes(finding.rule)),
    ...missing.map((rule) => ({
      rule: 'stale-expectation',
      line: fenceLine,
      message: `The block is marked kb-expect="${rule}", but ${rule} finds nothing in it: remove the marker or restore the mistake it shows.`,
    })),
  ];
}

export interface ContentSummary {
  readonly files: number;
  readonly powershellBlocks: number;
  /** Commands of every kind in PowerShell blocks. */
  readonly commands: number;
  /** Commands checked against a signature (cmdlets, aliases and scripts in the reference). */
  readonly checkedCommands: number;
  readonly distinctCmdlets: number;
  readonly nativeCommands: number;
  readonly propertiesChecked: number;
  /** Registry keys named without a value. */
  readonly registryKeys: number;
  /** Registry values named (with their key, and type where the page gives one). */
  readonly registryValues: number;
  readonly findings: number;
}

/** Totals over the results of every content file, for the checker's report. */
export function summariseResults(results: readonly FileResult[]): ContentSummary {
  const stats = results.flatMap((result) => result.blockStats);
  const mentions = results.flatMap((result) => result.registryMentions);
  const sum = (pick: (block: CommandStats) => number): number => stats.reduce((total, block) => total + pick(block), 0);
  return {
    files: results.length,
    powershellBlocks: stats.length,
    commands: sum((block) => block.commands),
    checkedCommands: sum((block) => block.checkedCommands),
    distinctCmdlets: new Set(stats.flatMap((block) => block.cmdlets)).size,
    nativeCommands: sum((block) => block.nativeCommands),
    propertiesChecked: sum((block) => block.propertiesChecked),
    registryKeys: mentions.filter((mention) => mention.valueName === undefined).length,
    registryValues: mentions.filter((mention) => mention.valueName !== undefined).length,
    findings: results.reduce((total, result) => total + result.findings.length, 0),
  };
}
