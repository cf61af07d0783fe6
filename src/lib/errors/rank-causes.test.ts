import { describe, expect, it } from 'vitest';
import { rankCauses } from './rank-causes';

describe('rankCauses', () => {
  it('puts common causes first and keeps the author order within a level', () => {
    const ranked = rankCauses([
      { title: 'a', likelihood: 'rare' },
      { title: 'b', likelihood: 'common' },
      { title: 'c', likelihood: 'occasional' },
      { title: 'd', likelihood: 'common' },
    ] as const);
    expect(ranked.map((item) => [item.rank, item.cause.title, item.slug])).toEqual([
      [1, 'b', 'cause-1'],
      [2, 'd', 'cause-2'],
      [3, 'c', 'cause-3'],
      [4, 'a', 'cause-4'],
    ]);
  });
});
