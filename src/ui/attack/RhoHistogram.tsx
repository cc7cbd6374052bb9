import { useMemo } from 'react';
import { densityHistogram } from '../../core/stats';
import type { NullSummary } from '../../engine/attackTypes';
import { NullHistogram } from '../NullHistogram';

const BINS = 20;

/**
 * Histogram of ρ_δ over the attacked points as a density, against the null Beta(k/2, (n−k)/2)
 * density with its mean k/n and 95 % band (docs/science.md §4).
 */
export function RhoHistogram({ values, nul }: { values: number[]; nul: NullSummary }) {
  const hist = useMemo(() => densityHistogram(values, BINS), [values]);
  const curve = useMemo(() => (Number.isFinite(nul.mean) ? { k: nul.k, n: nul.n, lo: nul.lo, hi: nul.hi } : null), [nul]);
  return (
    <NullHistogram
      bars={hist.density}
      nul={curve}
      xMax={1}
      height={110}
      caption={`ρ_δ of ${hist.used} points${curve ? ` · null Beta(${nul.k / 2}, ${(nul.n - nul.k) / 2}), k/n = ${nul.mean.toFixed(2)}` : ''}`}
      className="attack-histogram"
      testId="attack-histogram"
      count={hist.used}
      help="Blue: histogram of ρ_δ over the attacked points (density). Orange: the null density Beta(k/2, (n−k)/2) of a direction unrelated to the manifold, its mean k/n (dashed) and 95 % interval (band). Bars far left of the band: perturbations mostly perpendicular to M beyond what k/n alone explains."
    />
  );
}
