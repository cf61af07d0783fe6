/**
 * Every rule, in the order a connection meets the problems they describe.
 * The order breaks ties between verdicts of the same severity and sets the
 * order of the findings on the page.
 */
import { udp500BlockedRule, udp4500BlockedRule, espBlockedRule } from './blocked-ports';
import { cgnatRule } from './cgnat';
import { edgeNoneRule } from './edge-none';
import { fragmentsRule } from './fragments';
import { ipv6Rule } from './ip-version';
import { natTraversalRule } from './nat-traversal';
import { perSourceLimitRule } from './per-source-limit';
import { persistenceRule } from './persistence';
import { returnPathRule } from './return-path';
import { sstpAddressRule, sstpBlockedRule, sstpOffloadRule } from './sstp';
import type { Rule } from './rule';

export const RULES: readonly Rule[] = [
  udp500BlockedRule,
  sstpBlockedRule,
  returnPathRule,
  perSourceLimitRule,
  udp4500BlockedRule,
  fragmentsRule,
  persistenceRule,
  cgnatRule,
  sstpOffloadRule,
  espBlockedRule,
  ipv6Rule,
  natTraversalRule,
  sstpAddressRule,
  edgeNoneRule,
];

export type { Rule, RuleContext, RuleOutcome } from './rule';
