/**
 * Orders a code's causes for Always On VPN: common before occasional before
 * rare, keeping the author's order within each level, and gives each a rank
 * and a heading id.
 */

export type Likelihood = 'common' | 'occasional' | 'rare';

const ORDER: Record<Likelihood, number> = { common: 0, occasional: 1, rare: 2 };

export interface RankedCause<T> {
  readonly cause: T;
  /** 1-based position after ranking. */
  readonly rank: number;
  /** Heading id: `cause-1`. */
  readonly slug: string;
}

export function rankCauses<T extends { readonly likelihood: Likelihood }>(causes: readonly T[]): RankedCause<T>[] {
  return causes
    .map((cause, position) => ({ cause, position }))
    .sort((a, b) => ORDER[a.cause.likelihood] - ORDER[b.cause.likelihood] || a.position - b.position)
    .map(({ cause }, index) => ({ cause, rank: index + 1, slug: `cause-${index + 1}` }));
}
