/**
 * Decides what each command in a parsed script is — a cmdlet or script in
 * the reference, an alias of one, a native executable, a function the script
 * defines itself, or unknown — and binds the arguments of the known ones.
 */
import { bindArguments, type BoundCommand } from './bind-arguments';
import type { PsCommand, PsPipeline, PsScript } from './parse-powershell';
import type { CommandReference } from './reference';

export type CommandKind = 'cmdlet' | 'native' | 'function' | 'dynamic' | 'unknown';

export interface ResolvedCommand {
  readonly command: PsCommand;
  readonly pipeline: PsPipeline;
  /** Position of the command in its pipeline. */
  readonly index: number;
  readonly kind: CommandKind;
  /** Canonical name: the cmdlet's name for cmdlets and aliases, else the name as written. */
  readonly name: string;
  /** Set for cmdlets and scripts in the reference. */
  readonly bound: BoundCommand | undefined;
}

const isScriptPath = (name: string): boolean => /\.ps1$/i.test(name);
const baseName = (name: string): string => name.split(/[\\/]/).pop() ?? name;

/** Resolves every command of every pipeline in the script. */
export function resolveCommands(script: PsScript, reference: CommandReference): ResolvedCommand[] {
  const resolved: ResolvedCommand[] = [];
  const functions = new Set(script.functions);
  for (const pipeline of script.pipelines) {
    pipeline.elements.forEach((element, index) => {
      if (element.kind !== 'command') return;
      const { command } = element;
      const written = command.name;
      const lower = written.toLowerCase();
      const resolve = (kind: CommandKind, name: string): void => {
        const signature = kind === 'cmdlet' ? reference.cmdlets.get(name.toLowerCase()) : undefined;
        const bound = signature ? bindArguments(command, signature, reference.commonParameters, script) : undefined;
        resolved.push({ command, pipeline, index, kind, name, bound });
      };
      if (written === '') return resolve('dynamic', written);
      if (functions.has(lower)) return resolve('function', written);
      if (isScriptPath(written)) {
        const script = baseName(written).replace(/\.ps1$/i, '');
        const signature = reference.cmdlets.get(script.toLowerCase());
        return signature ? resolve('cmdlet', signature.name) : resolve('unknown', written);
      }
      const cmdlet = reference.cmdlets.get(lower);
      if (cmdlet) return resolve('cmdlet', cmdlet.name);
      const aliased = reference.aliases.get(lower);
      if (aliased !== undefined) return resolve('cmdlet', aliased);
      if (reference.natives.has(lower) || reference.natives.has(baseName(lower))) return resolve('native', baseName(lower));
      return resolve('unknown', written);
    });
  }
  return resolved;
}
