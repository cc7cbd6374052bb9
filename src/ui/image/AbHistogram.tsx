import { useMemo } from 'react';
import { densityHistogram } from '../../core/stats';
import type { ABRow } from '../../engine/imageTypes';
import { NullHistogram } from '../NullHistogram';

const BINS = 25;
const X_MAX = 0.6;

/**
 * ρ_δ of Experiment A as a density histogram (blue bars), the same δ against random k-frames
 * (grey outline) and the §4 null Beta(k/2, (n−k)/2) (orange curve, mean k/n dashed).
 */
export function AbHistogram({ rows, k, n }: { rows: ABRow[]; k: number; n: number }) {
  const rho = useMemo(
    () =>
      densityHistogram(
        rows.map((r) => r.rhoDelta ?? NaN),
        BINS,
        0,
        X_MAX,
      ),
    [rows],
  );
  const rnd = useMemo(
    () =>
      densityHistogram(
        rows.map((r) => r.rhoRandom ?? NaN),
        BINS,
        0,
        X_MAX,
      ),
    [rows],
  );
  const curve = useMemo(() => (k >= 1 && k < n ? { k, n } : null), [k, n]);
  return (
    <NullHistogram
      bars={rho.density}
      outline={rnd.density}
      nul={curve}
      xMax={X_MAX}
      height={120}
      caption={`ρ_δ of ${rho.used} digits · null Beta(${k / 2}, ${(n - k) / 2}) · k/n = ${(k / n).toFixed(3)}`}
      className="ab-histogram"
      testId="ab-histogram"
      count={rho.used}
      help="Blue bars: ρ_δ = |P_T δ|²/|δ|² of the PGD perturbations against the autoencoder's tangent space. Grey outline: the same δ against random k-dimensional subspaces (the baseline). Orange: the null density Beta(k/2, (n−k)/2) of a direction unrelated to the manifold, dashed at its mean k/n (docs/science.md §4). Bars left of the orange curve would support the DMM beyond what k ≪ n explains."
    />
  );
}
