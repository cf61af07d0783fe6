/** The shape every command rule has: an id, what it checks, and a check over one script. */
import type { PsScript } from '../parse-powershell';
import type { CommandReference } from '../reference';
import type { ResolvedCommand } from '../resolve-commands';
import type { Finding } from '../types';

export interface RuleContext {
  readonly script: PsScript;
  readonly reference: CommandReference;
  readonly commands: readonly ResolvedCommand[];
}

export interface CommandRule {
  readonly id: string;
  /** One sentence on what the rule catches. */
  readonly description: string;
  check(context: RuleContext): Finding[];
}
