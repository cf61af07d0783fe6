/**
 * Registry rules: every key a page names is declared, and every value it
 * names is declared under the key the page gives, with the type the page gives.
 */
import type { RegistryMention } from '../registry-mentions';
import { isSameKey, isSameKeySuffix } from '../registry-paths';
import type { Finding, RegistryKey, RegistryValue } from '../types';

const TABLE = 'src/lib/commands/data/registry-values.ts';

const matchesPath = (written: string, declared: string): boolean =>
  written.startsWith('...\\') ? isSameKeySuffix(written.slice(4), declared) : isSameKey(written, declared);

function isDeclaredKey(mention: RegistryMention, keys: readonly RegistryKey[], values: readonly RegistryValue[]): boolean {
  const test = (declared: string): boolean =>
    mention.isSuffix ? isSameKeySuffix(mention.path, declared) : isSameKey(mention.path, declared);
  if (keys.some((key) => test(key.path))) return true;
  // A path that ends in a value name (`…\RasMan\IKEv2\DisableCertReqPayload`).
  const cut = mention.path.lastIndexOf('\\');
  if (cut < 0) return false;
  const parent = mention.path.slice(0, cut);
  const name = mention.path.slice(cut + 1).toLowerCase();
  return values.some(
    (value) =>
      value.name.toLowerCase() === name && (mention.isSuffix ? isSameKeySuffix(parent, value.path) : isSameKey(parent, value.path)),
  );
}

/** Findings for the registry mentions of one file. */
export function checkRegistryMentions(
  mentions: readonly RegistryMention[],
  keys: readonly RegistryKey[],
  values: readonly RegistryValue[],
): Finding[] {
  const findings: Finding[] = [];
  for (const mention of mentions) {
    if (mention.valueName === undefined) {
      if (!isDeclaredKey(mention, keys, values)) {
        findings.push({
          rule: 'unknown-registry-key',
          line: mention.line,
          message: `Registry key ${mention.isSuffix ? `...\\${mention.path}` : mention.path} is not in the registry table (${TABLE}); declare it there with its source.`,
        });
      }
      continue;
    }
    const name = mention.valueName.toLowerCase();
    const sameName = values.filter((value) => value.name.toLowerCase() === name);
    const paths = mention.contextPaths ?? [mention.path];
    const isUnder = (path: string, declared: string): boolean =>
      matchesPath(path, declared) || (mention.isInSubkeys === true && declared.toLowerCase().startsWith(`${path.toLowerCase()}\\`));
    const underPath = sameName.filter((value) => paths.some((path) => isUnder(path, value.path)));
    if (sameName.length === 0) {
      findings.push({
        rule: 'unknown-registry-value',
        line: mention.line,
        message: `Registry value ${mention.valueName} (${mention.origin}, under ${paths.join(' or ')}) is not in the registry table (${TABLE}); declare it with its type and source.`,
      });
    } else if (underPath.length === 0) {
      findings.push({
        rule: 'registry-path-mismatch',
        line: mention.line,
        message: `${mention.valueName} is placed under ${paths.join(' or ')}, but the registry table declares it under ${sameName.map((value) => value.path).join(' and ')} (${sameName[0]?.source ?? ''}).`,
      });
    } else if (mention.type !== undefined && !underPath.some((value) => value.type === mention.type)) {
      findings.push({
        rule: 'registry-type-mismatch',
        line: mention.line,
        message: `${mention.valueName} is given as ${mention.type}, but the registry table declares it as ${underPath.map((value) => value.type).join(' or ')} (${underPath[0]?.source ?? ''}).`,
      });
    }
  }
  return findings;
}
