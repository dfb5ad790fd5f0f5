/** The middle value (mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/**
 * The `p`th percentile by linear interpolation between closest ranks (as numpy's default does);
 * NaN for none.
 *
 * @example
 * percentile([10, 20, 30, 40], 95) // 38.5
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

/** Each a[i] / b[i]: the pair-wise ratios of runs made side by side. */
export function ratios(a: readonly number[], b: readonly number[]): number[] {
  if (a.length !== b.length) throw new Error(`cannot pair ${a.length} runs with ${b.length}`);
  return a.map((x, i) => x / b[i]);
}
