/**
 * Parser timings on large adversarial pastes (1–10 MB by default;
 * BENCH_PARSER_MB=1,4,10 to change). The entry points reject pastes above the
 * tool's size limit at once, so this also times the inner readers on the full
 * size, and reports how the time grows against a linear bound: a growth
 * factor near the size factor is linear, its square would be quadratic.
 */
import { performance } from 'node:perf_hooks';
import { ADVERSARIAL_SHAPES } from '../../src/lib/input/adversarial-shapes';
import { parseClientCommand, parseCryptographySuite } from '../../src/lib/ipsec/parse-client';
import { parseServerOutput } from '../../src/lib/ipsec/parse-server';
import { extractProfileXml } from '../../src/lib/profilexml/extract';
import { lintExtraction, lintProfileText } from '../../src/lib/profilexml/lint';
import { parseXml } from '../../src/lib/profilexml/xml';

const MEGABYTES = (process.env['BENCH_PARSER_MB'] ?? '1,4,10')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);

const READERS: ReadonlyArray<{ name: string; read: (text: string) => unknown }> = [
  { name: 'linter (with its size limit)', read: (text) => lintProfileText(text) },
  { name: 'profile extractor', read: (text) => extractProfileXml(text) },
  { name: 'XML reader', read: (text) => parseXml(text) },
  { name: 'linter without the limit', read: (text) => lintExtraction(extractProfileXml(text)) },
  { name: 'IKEv2 CryptographySuite reader', read: (text) => parseCryptographySuite(`<VPNProfile>${text}`) },
  { name: 'IKEv2 client command reader', read: (text) => parseClientCommand(`Set-VpnConnectionIPsecConfiguration ${text}`) },
  { name: 'IKEv2 server output reader', read: (text) => parseServerOutput(text) },
];

function time(read: (text: string) => unknown, text: string): number {
  const started = performance.now();
  read(text);
  return performance.now() - started;
}

export function measureParsers(): string[] {
  const first = MEGABYTES[0] ?? 1;
  const last = MEGABYTES[MEGABYTES.length - 1] ?? first;
  const rows = [
    `| reader | input | ${MEGABYTES.map((mb) => `${mb} MB (ms)`).join(' | ')} | growth ${first}→${last} MB (linear: ×${(last / first).toFixed(0)}) |`,
    `| --- | --- | ${MEGABYTES.map(() => '---:').join(' | ')} | ---: |`,
  ];
  for (const reader of READERS) {
    for (const shape of ADVERSARIAL_SHAPES) {
      const timings = MEGABYTES.map((mb) => time(reader.read, shape.make(mb * 1024 * 1024)));
      const growth = (timings[timings.length - 1] ?? 0) / Math.max(timings[0] ?? 0, 1);
      rows.push(`| ${reader.name} | ${shape.name} | ${timings.map((ms) => ms.toFixed(0)).join(' | ')} | ×${growth.toFixed(1)} |`);
    }
  }
  return rows;
}
