/** Number formats shared by the trace and the findings. */

/** A count with thousands separators: 50000 → "50,000". */
export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

/** A probability as a whole percentage for prose: 0.5 → "50%". */
export function formatPercent(probability: number): string {
  return `${Math.round(probability * 100)}%`;
}
