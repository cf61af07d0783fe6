import { describe, expect, it } from 'vitest';
import { BUILD_STARTED, describeProgress, readBuildLine, stripColours } from './build-progress';

const OUTPUT = [
  '15:30:40 [build] output: "static"',
  '15:30:45 [vite] ✓ built in 2.47s',
  '15:30:46 ▶ src/pages/errors/[id].astro',
  '15:30:46   ├─ /errors/0x80092010/index.html (+23ms) ',
  '15:30:46   └─ /errors/nps-64/index.html (+4ms) ',
  '15:30:46 ▶ src/pages/index.astro',
  '15:30:46   └─ /index.html (+54ms)',
  '15:30:48 [kb-pagefind] Indexed 3 pages for search.',
  '15:30:49 [build] 3 page(s) built in 16.65s',
  '15:30:49 [build] Complete!',
];

describe('readBuildLine', () => {
  it('counts one page per rendered HTML file and ignores the other lines', () => {
    const progress = OUTPUT.slice(0, 7).reduce(readBuildLine, BUILD_STARTED);
    expect(progress).toEqual({ phase: 'rendering', pages: 3 });
  });

  it('reads page lines that carry terminal colour codes', () => {
    const coloured = '\x1b[2m15:35:13\x1b[22m   \x1b[34m├─\x1b[39m \x1b[2m/errors/809/index.html\x1b[22m \x1b[2m(+14ms)\x1b[22m';
    expect(readBuildLine(BUILD_STARTED, coloured)).toEqual({ phase: 'rendering', pages: 1 });
  });

  it('moves to indexing when the search index starts and to done when the build completes', () => {
    const indexing = OUTPUT.slice(0, 8).reduce(readBuildLine, BUILD_STARTED);
    expect(indexing.phase).toBe('indexing');
    expect(OUTPUT.reduce(readBuildLine, BUILD_STARTED)).toEqual({ phase: 'done', pages: 3 });
  });
});

describe('describeProgress', () => {
  it.each([
    [{ phase: 'compiling', pages: 0 }, 'Building the guide: compiling…'],
    [{ phase: 'rendering', pages: 1 }, 'Building the guide: 1 page'],
    [{ phase: 'indexing', pages: 202 }, 'Building the guide: 202 pages, indexing for search…'],
    [{ phase: 'done', pages: 202 }, 'Built 202 pages and the search index.'],
  ] as const)('describes %j as %j', (progress, expected) => {
    expect(describeProgress(progress)).toBe(expected);
  });
});

describe('stripColours', () => {
  it('removes colour codes and keeps the text', () => {
    expect(stripColours('\x1b[31merror\x1b[39m: Missing title')).toBe('error: Missing title');
  });
});
