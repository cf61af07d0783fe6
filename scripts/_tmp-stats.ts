import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extractCodeBlocks, POWERSHELL_LANGS } from '../src/lib/commands/extract-code';
import { parsePowerShell } from '../src/lib/commands/parse-powershell';
import { resolveCommands } from '../src/lib/commands/resolve-commands';
import { checkPipelineProperties } from '../src/lib/commands/rules/unknown-property';
import { checkContentFile } from '../src/lib/commands/check-content';
import { loadReference } from '../src/lib/commands/reference';
const walk = (d: string): string[] => readdirSync(d).flatMap((f) => { const p = join(d, f); return statSync(p).isDirectory() ? walk(p) : [p]; });
const ref = loadReference();
const kinds: Record<string, number> = {}; const names: Record<string, number> = {};
const langs: Record<string, number> = {};
let props = 0, params = 0, positional = 0, unresolvedSplats = 0;
const regOrigins: Record<string, number> = {};
for (const f of walk('content')) {
  const text = readFileSync(f, 'utf8');
  for (const b of extractCodeBlocks(f, text)) {
    langs[b.lang] = (langs[b.lang] ?? 0) + 1;
    if (!POWERSHELL_LANGS.has(b.lang)) continue;
    const s = parsePowerShell(b.code, b.firstLine);
    const c = resolveCommands(s, ref);
    for (const x of c) { kinds[x.kind] = (kinds[x.kind] ?? 0) + 1; if (x.kind !== 'cmdlet') names[x.kind + ':' + x.name] = (names[x.kind + ':' + x.name] ?? 0) + 1; if (x.bound) { params += x.bound.parameters.length; positional += x.bound.positional.length; unresolvedSplats += x.bound.unresolvedSplats.length; if (x.bound.unresolvedSplats.length) console.log('unresolved splat', f, x.command.line, x.bound.unresolvedSplats); } }
    props += checkPipelineProperties({ script: s, reference: ref, commands: c }).checked;
  }
  const r = checkContentFile(f, text, ref);
  for (const m of r.registryMentions) regOrigins[m.origin + (m.valueName ? ':value' : ':key')] = (regOrigins[m.origin + (m.valueName ? ':value' : ':key')] ?? 0) + 1;
}
console.log({ kinds, langs, props, params, positional, unresolvedSplats, regOrigins });
console.log(Object.entries(names).sort());
