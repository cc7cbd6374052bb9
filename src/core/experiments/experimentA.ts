/**
 * Experiment A (docs/science.md §3): how much of an adversarial perturbation lies along the data
 * manifold. delta = x' - x is split with the tangent basis Q at x into P_T delta + P_N delta;
 * rho_delta = |P_T delta|^2 / |delta|^2 is compared with the §4 null (a direction unrelated to
 * M has rho ~ Beta(k/2, (n-k)/2), mean k/n), with rho of the same delta against a random
 * k-frame, with rho_g of the margin gradient at x (the linearised prediction, §4), and both rho
 * with their support-matched null (§4, the pixel box: the vector's own per-pixel
 * magnitudes, random signs), the fairer yardstick where pixels on a box face cannot move.
 */
import { marginCotangent } from '../attacks/loss';
import { decompose } from '../geometry/projector';
import { supportMatchedNull } from '../geometry/supportMatchedNull';
import type { Classifier } from '../model/classifier';

export interface ProjectionMeasures {
  /** |delta|. */
  readonly deltaNorm: number;
  /** rho_delta = |P_T delta|^2 / |delta|^2. */
  readonly rhoDelta: number;
  readonly tangentNorm: number;
  readonly normalNorm: number;
  /** Angle between delta and T, degrees. */
  readonly angleDeg: number;
  /** rho of the same delta against a random orthonormal k-frame (the baseline). */
  readonly rhoRandom: number;
  /** rho_g of the margin gradient at x (docs/science.md §4). */
  readonly rhoGrad: number;
  /** Pixels where delta is nonzero (pixels held on a box face stay at zero). */
  readonly deltaSupport: number;
  /** Support-matched null of rho_delta: exact mean, 2.5 / 97.5 % quantiles of the draws. */
  readonly supportNullDelta: number;
  readonly supportNullDeltaLo: number;
  readonly supportNullDeltaHi: number;
  /** The same null built from the gradient's own per-pixel magnitudes, for rho_g. */
  readonly supportNullGrad: number;
  readonly supportNullGradLo: number;
  readonly supportNullGradHi: number;
}

/** Draws and seed of the support-matched nulls. */
export interface SupportNullOptions {
  readonly draws: number;
  readonly seed: number;
}

/** Input gradient of the margin z_y - max_{j != y} z_j at x. */
export function marginGradient(clf: Classifier, x: ArrayLike<number>, y: number): Float64Array {
  return clf.inputGradient(x, marginCotangent(clf.logits(x), y));
}

/** The projection measures of Experiment A for one image (delta and Q of length n). */
export function projectionMeasures(
  clf: Classifier,
  x: ArrayLike<number>,
  y: number,
  delta: ArrayLike<number>,
  Q: ArrayLike<number>[],
  randomQ: ArrayLike<number>[],
  nullOptions: SupportNullOptions = { draws: 1000, seed: 1 },
): ProjectionMeasures {
  const d = Float64Array.from(delta);
  const dec = decompose(Q, d);
  const g = marginGradient(clf, x, y);
  const nd = supportMatchedNull(d, Q, nullOptions);
  const ng = supportMatchedNull(g, Q, { ...nullOptions, seed: nullOptions.seed + 1 });
  return {
    deltaNorm: Math.hypot(dec.tangentNorm, dec.normalNorm),
    rhoDelta: dec.rho,
    tangentNorm: dec.tangentNorm,
    normalNorm: dec.normalNorm,
    angleDeg: dec.angleDeg,
    rhoRandom: decompose(randomQ, d).rho,
    rhoGrad: decompose(Q, g).rho,
    deltaSupport: nd.support,
    supportNullDelta: nd.mean,
    supportNullDeltaLo: nd.lo,
    supportNullDeltaHi: nd.hi,
    supportNullGrad: ng.mean,
    supportNullGradLo: ng.lo,
    supportNullGradHi: ng.hi,
  };
}
