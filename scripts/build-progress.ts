/**
 * Turns `astro build` output into one short progress line for `npm start`:
 * the build prints a line per page, which buries the address a newcomer
 * is waiting for.
 */

export type BuildPhase = 'compiling' | 'rendering' | 'indexing' | 'done';

export interface BuildProgress {
  readonly phase: BuildPhase;
  /** Pages written so far. */
  readonly pages: number;
}

export const BUILD_STARTED: BuildProgress = { phase: 'compiling', pages: 0 };

/** A page line looks like `12:00:01   ├─ /errors/809/index.html (+13ms)`. */
const PAGE_LINE = /[├└]─ \S+\.html\b/;

// eslint-disable-next-line no-control-regex -- terminal colour codes start with the ESC control character.
const COLOUR_CODES = /\x1b\[[0-9;]*m/g;

/** A line of build output without its terminal colour codes. */
export function stripColours(line: string): string {
  return line.replace(COLOUR_CODES, '');
}

/** The progress after one line of build output (colour codes allowed). */
export function readBuildLine(progress: BuildProgress, rawLine: string): BuildProgress {
  const line = stripColours(rawLine);
  if (PAGE_LINE.test(line)) return { phase: 'rendering', pages: progress.pages + 1 };
  if (line.includes('[kb-pagefind]') && progress.phase !== 'done') return { ...progress, phase: 'indexing' };
  if (/\[build\] Complete!/.test(line)) return { ...progress, phase: 'done' };
  return progress;
}

/** One line for the terminal, e.g. `Building the guide: 120 pages`. */
export function describeProgress({ phase, pages }: BuildProgress): string {
  const counted = `${pages} page${pages === 1 ? '' : 's'}`;
  switch (phase) {
    case 'compiling':
      return 'Building the guide: compiling…';
    case 'rendering':
      return `Building the guide: ${counted}`;
    case 'indexing':
      return `Building the guide: ${counted}, indexing for search…`;
    case 'done':
      return `Built ${counted} and the search index.`;
  }
}
