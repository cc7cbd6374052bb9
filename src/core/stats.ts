/**
 * Summary statistics and histograms of measured values, from d3-array (not a hot path: a few
 * hundred values per report or chart). Every function here skips non-finite values (a point
 * whose attack did not flip is NaN or null) and returns NaN when nothing is left.
 */
import { bin, deviation, mean as d3Mean, quantileSorted } from 'd3-array';

/** The finite numbers among the values, in order. */
export function finiteValues(values: Iterable<number | null | undefined>): number[] {
  const out: number[] = [];
  for (const v of values) if (typeof v === 'number' && Number.isFinite(v)) out.push(v);
  return out;
}

export function mean(values: ArrayLike<number> | Iterable<number | null | undefined>): number {
  return d3Mean(finiteValues(Array.from(values))) ?? NaN;
}

/** p-quantile of the finite values with linear interpolation between order statistics (R-7, d3's). */
export function quantile(values: Iterable<number | null | undefined>, p: number): number {
  return (
    quantileSorted(
      finiteValues(values).sort((a, b) => a - b),
      p,
    ) ?? NaN
  );
}

export function median(values: ArrayLike<number> | Iterable<number | null | undefined>): number {
  return quantile(Array.from(values), 0.5);
}

export interface Stat {
  readonly count: number;
  readonly mean: number;
  readonly median: number;
  readonly q25: number;
  readonly q75: number;
  /** Sample standard deviation (n − 1 in the denominator); NaN below two values. */
  readonly sd: number;
}

/** Count, mean, median, quartiles and sample sd of the finite values (NaN fields when there are none). */
export function stat(values: Iterable<number | null | undefined>): Stat {
  const v = finiteValues(values).sort((a, b) => a - b);
  const q = (p: number) => quantileSorted(v, p) ?? NaN;
  return { count: v.length, mean: d3Mean(v) ?? NaN, median: q(0.5), q25: q(0.25), q75: q(0.75), sd: deviation(v) ?? NaN };
}

/**
 * Histogram of values in [lo, hi] with `bins` equal bins, as counts and as a density (integrates
 * to 1 over the range), so it can be drawn against a probability density such as the Beta null
 * of ρ (docs/science.md §4). Non-finite and out-of-range values are skipped; hi belongs to the last bin.
 */
export function densityHistogram(
  values: ArrayLike<number>,
  bins: number,
  lo = 0,
  hi = 1,
): { density: Float64Array; counts: Int32Array; used: number } {
  const width = (hi - lo) / bins;
  const inRange = finiteValues(Array.from(values)).filter((v) => v >= lo && v <= hi);
  const thresholds = Array.from({ length: bins - 1 }, (_, i) => lo + (i + 1) * width);
  const groups = bin().domain([lo, hi]).thresholds(thresholds)(inRange);
  const counts = Int32Array.from(groups, (g) => g.length);
  const used = inRange.length;
  const density = Float64Array.from(counts, (c) => (used > 0 ? c / (used * width) : 0));
  return { density, counts, used };
}
