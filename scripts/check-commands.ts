/**
 * `npm run check:commands`: checks every PowerShell command in the code
 * blocks of content/ against the command reference (src/lib/commands/data),
 * and every registry key and value the pages name against the registry
 * table. Prints `file:line [rule] message` for each finding and exits 1 when
 * there is any. The checking itself is pure and lives in src/lib/commands/.
 *
 *   tsx scripts/check-commands.ts [folder]     (default: content)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkContentFile, summariseResults, type FileResult } from '../src/lib/commands/check-content';
import { loadReference } from '../src/lib/commands/reference';

const CONTENT_FILE = /\.(?:md|mdx)$/;

function listFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && CONTENT_FILE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

const started = performance.now();
const folder = process.argv[2] ?? 'content';
const reference = loadReference();
const results: FileResult[] = [];
for (const file of listFiles(folder)) {
  const path = relative(process.cwd(), file);
  const result = checkContentFile(path, readFileSync(file, 'utf8'), reference);
  results.push(result);
  for (const finding of result.findings) console.log(`${path}:${finding.line} [${finding.rule}] ${finding.message}`);
}
const summary = summariseResults(results);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `check:commands: ${summary.files} files, ${summary.powershellBlocks} PowerShell blocks, ${summary.commands} commands ` +
    `(${summary.checkedCommands} checked against the signatures of ${summary.distinctCmdlets} distinct cmdlets and scripts, ${summary.nativeCommands} native), ` +
    `${summary.propertiesChecked} piped property names, ${summary.registryValues} registry values and ${summary.registryKeys} registry keys; ` +
    `${summary.findings} finding${summary.findings === 1 ? '' : 's'} in ${seconds} s.`,
);
if (summary.findings > 0) process.exitCode = 1;
