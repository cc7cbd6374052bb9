/**
 * Robustness of a network where no exact normal direction exists (MNIST-14): clean and PGD
 * accuracy at eps, the L2 distance to the boundary (early-stop PGD, the image analogue of
 * |D_i|, docs/science.md §6), and, given a tangent basis (autoencoder, §3), the tangent shares
 * rho_d of that shortest perturbation and rho_g of the margin gradient, with the §4 null k/n and
 * each vector's support-matched null (§4, the pixel box: random signs on its own pixel magnitudes).
 * Adversarial training should raise the distance to >= eps; the DMM says rho stays low (§1.4).
 */
import { minimalFlipNorm } from '../attacks/minimalFlipNorm';
import { pgdL2 } from '../attacks/pgdL2';
import { pgdLinf } from '../attacks/pgdLinf';
import { tangentShare } from '../geometry/projector';
import { supportMatchedMean } from '../geometry/supportMatchedNull';
import { predictClass } from '../model/classifier';
import { mlpClassifier } from '../model/jsMlp';
import type { MlpWeights } from '../model/mlpWeights';
import { createRng } from '../rng';
import type { Bounds } from './adversarialTraining';
import type { Checkpoint } from './checkpoint';
import { median } from '../stats';
import type { LabelledSet, PerturbationNorm } from './evaluate';
import { inputGradientOf } from './gradientAlignment';

export interface RobustnessOptions {
  norm: PerturbationNorm;
  eps: number;
  /** PGD steps of the robust-accuracy attack (step 2.5 eps / steps). */
  steps: number;
  bounds: Bounds;
  seed: number;
  /** Orthonormal tangent basis at x; without it rho_d and rho_g are NaN. */
  tangent?: (x: Float32Array) => ArrayLike<number>[];
  /** Early-stop PGD L2 for the boundary distance: step length and step cap. */
  flipStepSize?: number;
  flipMaxSteps?: number;
}

export interface RobustnessSummary {
  cleanAccuracy: number;
  /** Share still correct after PGD at eps (in the chosen norm). */
  robustAccuracy: number;
  /** Per point: L2 distance to the boundary (NaN when misclassified or not reached). */
  flipNorms: Float64Array;
  medianFlipNorm: number;
  /** Share of correct points whose L2 boundary distance is >= eps (not reached counts); an L2 measure. */
  fracFlipAtLeastEps: number;
  rhoDelta: Float64Array;
  rhoGrad: Float64Array;
  medianRhoDelta: number;
  medianRhoGrad: number;
  /** Per point: the exact mean of each vector's support-matched null (NaN where its ρ is NaN). */
  supportNullDelta: Float64Array;
  supportNullGrad: Float64Array;
  /** Medians of those: the value each median ρ is judged against on images. */
  medianSupportNullDelta: number;
  medianSupportNullGrad: number;
  /** Tangent dimension found (rank of the basis) and the null mean k/n. */
  k: number;
  nullMean: number;
}

/**
 * Per image of `set`: PGD at eps, the early-stop boundary distance and the tangent shares.
 * `checkpoint` runs after every image (the boundary search takes up to flipMaxSteps gradient
 * steps each), `onImage` reports (images done, count); neither changes the numbers.
 */
export async function robustnessSummary(
  w: MlpWeights,
  set: LabelledSet,
  opts: RobustnessOptions,
  checkpoint?: Checkpoint,
  onImage?: (done: number, count: number) => void,
): Promise<RobustnessSummary> {
  const { n, numClasses } = set;
  const clf = mlpClassifier(w, numClasses);
  const rng = createRng(opts.seed);
  const count = set.labels.length;
  const flipNorms = new Float64Array(count).fill(NaN);
  const rhoDelta = new Float64Array(count).fill(NaN);
  const rhoGrad = new Float64Array(count).fill(NaN);
  const supportNullDelta = new Float64Array(count).fill(NaN);
  const supportNullGrad = new Float64Array(count).fill(NaN);
  const pgd = { eps: opts.eps, steps: opts.steps, relStepSize: 2.5 / Math.max(1, opts.steps), randomStart: true, earlyStop: false };
  let clean = 0;
  let robust = 0;
  let k = 0;
  for (let i = 0; i < count; i++) {
    if (i > 0) {
      onImage?.(i, count);
      await checkpoint?.();
    }
    const x0 = set.points.subarray(i * n, (i + 1) * n);
    const y = set.labels[i];
    if (predictClass(clf.logits(x0)) !== y) continue;
    clean++;
    const ctx = { model: clf, x0, label: y, lo: opts.bounds.lo, hi: opts.bounds.hi, rng };
    const adv = opts.norm === 'L2' ? pgdL2(ctx, pgd) : pgdLinf(ctx, pgd);
    if (predictClass(clf.logits(adv.final)) === y) robust++;
    const flip = minimalFlipNorm(ctx, { stepSize: opts.flipStepSize ?? 0.01, maxSteps: opts.flipMaxSteps ?? 1000 });
    if (flip.norm !== null) flipNorms[i] = flip.norm;
    if (!opts.tangent) continue;
    const Q = opts.tangent(x0);
    k = Q.length;
    const g = inputGradientOf(clf, x0, y, 'margin');
    rhoGrad[i] = tangentShare(Q, g);
    supportNullGrad[i] = supportMatchedMean(g, Q);
    if (flip.point) {
      const delta = Float64Array.from(flip.point, (v, j) => v - x0[j]);
      rhoDelta[i] = tangentShare(Q, delta);
      supportNullDelta[i] = supportMatchedMean(delta, Q);
    }
  }
  onImage?.(count, count);
  const reached = Array.from(flipNorms).filter(Number.isFinite);
  return {
    cleanAccuracy: clean / count,
    robustAccuracy: robust / count,
    flipNorms,
    medianFlipNorm: median(flipNorms),
    fracFlipAtLeastEps: clean ? (reached.filter((d) => d >= opts.eps).length + (clean - reached.length)) / clean : NaN,
    rhoDelta,
    rhoGrad,
    medianRhoDelta: median(rhoDelta),
    medianRhoGrad: median(rhoGrad),
    supportNullDelta,
    supportNullGrad,
    medianSupportNullDelta: median(supportNullDelta),
    medianSupportNullGrad: median(supportNullGrad),
    k,
    nullMean: k ? k / n : NaN,
  };
}
