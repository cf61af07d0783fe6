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
    findings.push(...result.findings);
    blockStats.push(result.stats);
    mentions.push(...findPowerShellValueMentions(result.script, resolveCommands(result.script, reference)), ...findMemberReads(block.code, block.firstLine));
  }
  const knownNames = new Set(reference.registryValues.map((value) => value.name.toLowerCase()));
  mentions.push(...findProseValueMentions(normalised, codeLinesOf(blocks), knownNames));
  findings.push(...checkRegistryMentions(mentions, reference.registryKeys, reference.registryValues));
  findings.sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule));
  return { findings, blockStats, powershellBlocks: blockStats.length, otherBlocks, registryMentions: mentions };
}
