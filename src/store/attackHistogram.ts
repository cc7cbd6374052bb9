/**
 * Histogram of values in [lo, hi] as a density (integrates to 1 over the range), so it can be
 * drawn against a probability density such as the Beta null of ρ (SCIENCE.md §4).
 * Non-finite values are skipped; the top edge belongs to the last bin.
 */
export function densityHistogram(values: ArrayLike<number>, bins: number, lo = 0, hi = 1): { density: Float64Array; counts: Int32Array; used: number } {
  const counts = new Int32Array(bins);
  const width = (hi - lo) / bins;
  let used = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v) || v < lo || v > hi) continue;
    counts[Math.min(bins - 1, Math.floor((v - lo) / width))]++;
    used++;
  }
  const density = new Float64Array(bins);
  if (used > 0) for (let b = 0; b < bins; b++) density[b] = counts[b] / (used * width);
  return { density, counts, used };
}
