/**
 * Experiment A (docs/science.md §3): how much of an adversarial perturbation lies along the data
 * manifold. delta = x' - x is split with the tangent basis Q at x into P_T delta + P_N delta;
 * rho_delta = |P_T delta|^2 / |delta|^2 is compared with the §4 null (a direction unrelated to
 * M has rho ~ Beta(k/2, (n-k)/2), mean k/n), with rho of the same delta against a random
 * k-frame, and with rho_g of the margin gradient at x (the linearised prediction, §4).
 */
import { marginCotangent } from '../attacks/loss';
import { decompose } from '../geometry/projector';
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
}

/** Input gradient of the margin z_y - max_{j != y} z_j at x. */
export function marginGradient(clf: Classifier, x: ArrayLike<number>, y: number): Float64Array {
  return clf.inputGradient(x, marginCotangent(clf.logits(x), y));
}

/** The projection measures of Experiment A for one image. */
export function projectionMeasures(
  clf: Classifier,
  x: ArrayLike<number>,
  y: number,
  delta: ArrayLike<number>,
  Q: ArrayLike<number>[],
  randomQ: ArrayLike<number>[],
): ProjectionMeasures {
  const d = Float64Array.from(delta);
  const dec = decompose(Q, d);
  return {
    deltaNorm: Math.hypot(dec.tangentNorm, dec.normalNorm),
    rhoDelta: dec.rho,
    tangentNorm: dec.tangentNorm,
    normalNorm: dec.normalNorm,
    angleDeg: dec.angleDeg,
    rhoRandom: decompose(randomQ, d).rho,
    rhoGrad: decompose(Q, marginGradient(clf, x, y)).rho,
  };
}
