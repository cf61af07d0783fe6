/** Nearest-name suggestions for misspelt element names. */

/** Case-insensitive Levenshtein distance, bounded for speed. */
export function editDistance(a: string, b: string): number {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  if (left === right) return 0;
  if (left.length === 0) return right.length;
  if (right.length === 0) return left.length;
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 1; i <= left.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= right.length; j += 1) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[right.length] ?? Math.max(left.length, right.length);
}

/** The closest candidate within a tolerance that grows with the name's length, or undefined. */
export function suggestName(written: string, candidates: readonly string[]): string | undefined {
  if (written.length > 80) return undefined;
  const tolerance = Math.max(2, Math.floor(written.length / 4));
  let best: { name: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(written, candidate);
    if (distance <= tolerance && (!best || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name;
}
