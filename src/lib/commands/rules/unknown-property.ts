import { literalsOf, valueOf, type BoundCommand } from '../bind-arguments';
import type { PsValue } from '../parse-powershell';
import { outputOf, type KnownOutput } from '../output-types';
import type { ResolvedCommand } from '../resolve-commands';
import type { Finding } from '../types';
import type { CommandRule, RuleContext } from './rule';

/** Names written as property arguments: literals without wildcards; calculated properties and blocks are skipped. */
function propertyNames(value: PsValue | undefined): { name: string; line: number }[] {
  if (value === undefined) return [];
  const items = value.kind === 'array' ? value.items : [value];
  return items.flatMap((item) => (item.kind === 'literal' && !/[*?[]/.test(item.text) ? [{ name: item.text, line: item.line }] : []));
}

/** Names a Select-Object -Property list gives its output: plain names and the Name/Label of calculated properties. */
function selectedNames(value: PsValue | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value.kind === 'array' ? value.items : [value];
  const names: string[] = [];
  for (const item of items) {
    if (item.kind === 'literal') {
      if (/[*?]/.test(item.text)) return undefined; // wildcards keep an unknown subset
      names.push(item.text);
    } else if (item.kind === 'hashtable') {
      const label = item.entries.find((entry) => /^(n|name|l|label)$/i.test(entry.key));
      const text = literalsOf(label?.value)?.[0];
      if (text !== undefined) names.push(text);
    } else return undefined;
  }
  return names;
}

/** `$_.Name` / `$PSItem.Name` property reads in a script block (method calls excluded). */
function scriptBlockProperties(value: PsValue | undefined): { name: string; line: number }[] {
  if (value?.kind !== 'scriptblock') return [];
  const found: { name: string; line: number }[] = [];
  const lines = value.text.split('\n');
  lines.forEach((text, offset) => {
    for (const match of text.matchAll(/\$(?:_|PSItem)\.([A-Za-z_]\w*)(?!\w|\s*\()/g))
      if (match[1]) found.push({ name: match[1], line: value.line + offset });
  });
  return found;
}

interface Stage {
  /** Property names the stage reads from its input. */
  readonly reads: { name: string; line: number }[];
  /** What comes out: 'same' (filters and sorts), a new set of names, or unknown. */
  readonly output: 'same' | 'unknown' | string[];
}

function stageOf(bound: BoundCommand): Stage {
  switch (bound.signature.name) {
    case 'Select-Object': {
      const property = valueOf(bound, 'Property', 0);
      const expand = valueOf(bound, 'ExpandProperty');
      const reads = [...propertyNames(property), ...propertyNames(expand)];
      if (expand !== undefined) return { reads, output: 'unknown' };
      if (property === undefined) return { reads, output: 'same' };
      return { reads, output: selectedNames(property) ?? 'unknown' };
    }
    case 'Format-Table':
    case 'Format-List':
      return { reads: propertyNames(valueOf(bound, 'Property', 0)), output: 'unknown' };
    case 'Sort-Object':
      return { reads: propertyNames(valueOf(bound, 'Property', 0)), output: 'same' };
    case 'Where-Object': {
      const filter = valueOf(bound, 'FilterScript', 0);
      if (filter?.kind === 'scriptblock') return { reads: scriptBlockProperties(filter), output: 'same' };
      return { reads: propertyNames(valueOf(bound, 'Property', 0)), output: 'same' };
    }
    default:
      return { reads: [], output: 'unknown' };
  }
}

function checkPipeline(
  first: ResolvedCommand,
  rest: readonly ResolvedCommand[],
  context: RuleContext,
): { findings: Finding[]; checked: number } {
  let known: KnownOutput | undefined = outputOf(first, context.reference, context.script);
  const findings: Finding[] = [];
  let checked = 0;
  for (const command of rest) {
    if (known === undefined || command.bound === undefined) break;
    const stage = stageOf(command.bound);
    for (const read of known.isComplete ? stage.reads : []) {
      checked += 1;
      if (known.properties.has(read.name.toLowerCase())) continue;
      findings.push({
        rule: 'unknown-property',
        line: read.line,
        message: `${command.bound.signature.name} reads '${read.name}', which ${first.name}'s output (${known.typeName}) does not have. Source of the property list: ${known.source}`,
      });
    }
    if (stage.output === 'unknown') known = undefined;
    else if (stage.output !== 'same') {
      known = {
        typeName: 'Select-Object output',
        properties: new Set(stage.output.map((name) => name.toLowerCase())),
        source: 'the Select-Object -Property list',
        isComplete: true,
      };
    }
  }
  return { findings, checked };
}

/** Checks every pipeline that starts with a command; also counts the property names it could check. */
export function checkPipelineProperties(context: RuleContext): { findings: Finding[]; checked: number } {
  const findings: Finding[] = [];
  let checked = 0;
  const byPipeline = new Map<object, ResolvedCommand[]>();
  for (const command of context.commands) {
    const list = byPipeline.get(command.pipeline) ?? [];
    list.push(command);
    byPipeline.set(command.pipeline, list);
  }
  for (const commands of byPipeline.values()) {
    const first = commands[0];
    // Only pipelines that start with a command: an expression's output is not known.
    if (first === undefined || first.index !== 0) continue;
    const contiguous = commands.filter((command, position) => command.index === position);
    const result = checkPipeline(first, contiguous.slice(1), context);
    findings.push(...result.findings);
    checked += result.checked;
  }
  return { findings, checked };
}

/** Property names in Select-Object, Format-Table, Format-List, Sort-Object and Where-Object that the piped objects do not have. */
export const unknownPropertyRule: CommandRule = {
  id: 'unknown-property',
  description: 'Properties selected, formatted, sorted or filtered on exist on the objects the pipeline carries.',
  check: (context) => checkPipelineProperties(context).findings,
};
