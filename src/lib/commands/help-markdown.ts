/**
 * Reads a PowerShell help page in platyPS Markdown (the format of
 * MicrosoftDocs/windows-powershell-docs and PowerShell-Docs): the cmdlet's
 * module, its parameters with type, aliases and accepted values, and the
 * property names its examples show in list output (`Name : value`).
 * Used by scripts/generate-cmdlet-table.ts; pure, so that it can be tested.
 */
import type { CmdletSignature, ParameterSignature } from './types';

export interface HelpPage {
  readonly signature: CmdletSignature;
  /** Property names shown by the page's examples that run the cmdlet on its own (or into `Format-List`). */
  readonly exampleProperties: readonly string[];
}

/** Parses one help page; undefined when the text is not a cmdlet help page. */
export function parseHelpMarkdown(text: string): HelpPage | undefined {
  const normalised = text.replace(/\r\n?/g, '\n');
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(normalised)?.[1] ?? '';
  const field = (name: string): string | undefined => new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(frontmatter)?.[1]?.trim();
  const name = field('title') ?? /^# (\S+)/m.exec(normalised)?.[1];
  const module = field('Module Name');
  if (name === undefined || module === undefined) return undefined;
  const online = field('online version');
  const source = online === undefined ? '' : online.replace(/[?&]wt\.mc_id=[^&]*/, '').replace(/\?$/, '');
  const parameters = mergeParameters(parseParameterSections(sectionOf(normalised, 'PARAMETERS')));
  const hasCommonParameters = /^### CommonParameters/m.test(normalised);
  return {
    signature: { name, module, source, parameters, hasCommonParameters },
    exampleProperties: parseExampleProperties(sectionOf(normalised, 'EXAMPLES'), name),
  };
}

/** The text of a `## NAME` section, up to the next `## ` heading. */
function sectionOf(text: string, heading: string): string {
  const start = text.search(new RegExp(`^## ${heading}\\s*$`, 'm'));
  if (start < 0) return '';
  const rest = text.slice(start + heading.length + 3);
  const end = rest.search(/^## /m);
  return end < 0 ? rest : rest.slice(0, end);
}

function parseParameterSections(section: string): ParameterSignature[] {
  const parameters: ParameterSignature[] = [];
  const parts = section.split(/^### /m).slice(1);
  for (const part of parts) {
    const heading = /^-(\S+)/.exec(part);
    if (!heading?.[1]) continue;
    for (const yaml of part.matchAll(/```yaml\n([\s\S]*?)```/g)) {
      const body = yaml[1] ?? '';
      const value = (key: string): string => new RegExp(`^${key}:[ \\t]*(.*)$`, 'm').exec(body)?.[1]?.trim() ?? '';
      const list = (key: string): string[] =>
        value(key)
          .split(',')
          .map((item) => item.trim())
          .filter((item) => item !== '');
      const aliases = list('Aliases');
      const values = list('Accepted values');
      parameters.push({
        name: heading[1],
        type: value('Type') || 'Object',
        ...(aliases.length > 0 ? { aliases } : {}),
        ...(values.length > 0 ? { values } : {}),
      });
    }
  }
  return parameters;
}

/** One entry per parameter name: a parameter documented once per parameter set is merged. */
function mergeParameters(parameters: readonly ParameterSignature[]): ParameterSignature[] {
  const byName = new Map<string, ParameterSignature>();
  for (const parameter of parameters) {
    const key = parameter.name.toLowerCase();
    const known = byName.get(key);
    if (known === undefined) {
      byName.set(key, parameter);
      continue;
    }
    const aliases = [...new Set([...(known.aliases ?? []), ...(parameter.aliases ?? [])])];
    const values = [...new Set([...(known.values ?? []), ...(parameter.values ?? [])])];
    byName.set(key, {
      name: known.name,
      type: known.type,
      ...(aliases.length > 0 ? { aliases } : {}),
      ...(values.length > 0 ? { values } : {}),
    });
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Property names in `Name : value` lines of example output, taken only from
 * examples whose command runs this cmdlet, alone or piped to `Format-List`
 * (other pipelines reshape the output). Table output is skipped: its column
 * headings are display labels, not always property names.
 */
function parseExampleProperties(section: string, cmdlet: string): string[] {
  const names = new Set<string>();
  const lowerCmdlet = cmdlet.toLowerCase();
  for (const example of section.split(/^### /m).slice(1)) {
    const blocks = [...example.matchAll(/```[^\n]*\n([\s\S]*?)```/g)].map((block) => (block[1] ?? '').split('\n'));
    const command = blocks
      .flat()
      .map((line) => line.replace(/^PS [^>]*>\s*/, '').trim())
      .find((line) => line.toLowerCase().startsWith(`${lowerCmdlet} `) || line.toLowerCase() === lowerCmdlet);
    if (command === undefined) continue;
    const stages = command.split('|').map((stage) => stage.trim().split(/\s+/)[0]?.toLowerCase() ?? '');
    if (stages.slice(1).some((stage) => stage !== 'format-list' && stage !== 'fl')) continue;
    for (const line of blocks.flat()) {
      const match = /^([A-Za-z][A-Za-z0-9_]*)\s*:(?:\s|$)/.exec(line);
      // Skip message prefixes that examples print (VERBOSE:, WARNING:), which are not properties.
      if (match?.[1] && match[1] !== match[1].toUpperCase() && match[1] !== 'Warning') names.add(match[1]);
    }
  }
  return [...names].sort((a, b) => a.localeCompare(b));
}
