import { useMemo } from 'react';
import { densityHistogram } from '../../core/stats';
import type { ABRow } from '../../engine/imageTypes';
import { NullHistogram, type NullMarker } from '../NullHistogram';

const BINS = 25;
const X_MAX = 0.6;

const f = (v: number) => v.toFixed(3);

/**
 * ρ_δ of Experiment A as a density histogram (blue bars), the same δ against random k-frames
 * (grey outline), the §4 null Beta(k/2, (n−k)/2) (orange curve, mean k/n dashed) and the
 * support-matched null (green dashed: the mean over digits of each digit's own null, over the
 * band of their mean 2.5–97.5 % quantiles), the yardstick to judge ρ_δ by on images (§4).
 */
export function AbHistogram({ rows, k, n, support }: { rows: ABRow[]; k: number; n: number; support: NullMarker | null }) {
  const [rho, rnd] = useMemo(() => {
    const histogram = (key: 'rhoDelta' | 'rhoRandom') =>
      densityHistogram(
        rows.map((r) => r[key] ?? NaN),
        BINS,
        0,
        X_MAX,
      );
    return [histogram('rhoDelta'), histogram('rhoRandom')];
  }, [rows]);
  const curve = useMemo(() => (k >= 1 && k < n ? { k, n } : null), [k, n]);
  return (
    <NullHistogram
      bars={rho.density}
      outline={rnd.density}
      nul={curve}
      marker={support}
      xMax={X_MAX}
      height={120}
      caption={`ρ_δ of ${rho.used} digits · support-matched null ${support ? f(support.x) : '–'} (green) · null Beta(${k / 2}, ${(n - k) / 2}), k/n = ${f(k / n)} (orange)`}
      className="ab-histogram"
      testId="ab-histogram"
      count={rho.used}
      help="Blue bars: ρ_δ = |P_T δ|²/|δ|² of the PGD perturbations against the autoencoder's tangent space. Grey outline: the same δ against random k-dimensional subspaces (the baseline). Orange: the null density Beta(k/2, (n−k)/2) of a direction spread over all n pixels, dashed at its mean k/n. Green: the support-matched null, random perturbations with δ's own pixels and per-pixel magnitudes and random signs (dashed at its mean over digits, band: the mean per-digit 95 % interval). Judge the bars against the green one (docs/science.md §4): pixels held at 0 or 1 by the box cannot move, so k/n is not what a perturbation confined to δ's pixels would give. Bars left of green would support the DMM beyond what k ≪ n and the box explain."
    />
  );
}
