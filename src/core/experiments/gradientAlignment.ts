/**
 * Gradient alignment over training (docs/science.md §6): rho_g = |P_T g|²/|g|² of the input
 * gradient g of the margin (or the loss) at training and test points, against the exact
 * tangent basis of a toy manifold or an autoencoder's (§3), with the §4 null Beta(k/2, (n-k)/2). The DMM predicts
 * rho_g falls below the null k/n once the boundary has clung to M.
 */
import { crossEntropyCotangent, marginCotangent } from '../attacks/loss';
import type { Manifold } from '../datasets/types';
import { nullRho } from '../geometry/nullModel';
import { supportMatchedMean } from '../geometry/supportMatchedNull';
import { tangentShare } from '../geometry/projector';
import type { Classifier } from '../model/classifier';
import { mlpClassifier } from '../model/jsMlp';
import type { Checkpoint } from './checkpoint';
import { JsTrainer } from '../model/jsTrainer';
import type { MlpWeights } from '../model/mlpWeights';
import type { TrainConfig } from '../model/trainConfig';
import { mean, median } from '../stats';
import { accuracy, type LabelledSet } from './evaluate';

/** Which scalar's input gradient: the signed margin (§4) or the cross-entropy loss. */
export type GradientOf = 'margin' | 'loss';

/** rho_g at x with true label y; NaN when the gradient vanishes. */
export function gradientTangentShare(clf: Classifier, x: ArrayLike<number>, y: number, Q: ArrayLike<number>[], of: GradientOf = 'margin'): number {
  return tangentShare(Q, inputGradientOf(clf, x, y, of));
}

/** The input gradient g (length n) of the margin or the loss at x with true label y. */
export function inputGradientOf(clf: Classifier, x: ArrayLike<number>, y: number, of: GradientOf = 'margin'): Float64Array {
  const z = clf.logits(x);
  return clf.inputGradient(x, of === 'margin' ? marginCotangent(z, y) : crossEntropyCotangent(z, y));
}

export interface AlignmentSummary {
  mean: number;
  median: number;
  /** Points with a non-zero gradient (the others are left out of mean and median). */
  count: number;
  /**
   * Mean over those points of each gradient's support-matched null (exact mean, §4: random signs
   * on g's own per-pixel magnitudes): the null to judge ρ_g by on images. NaN when not computed.
   */
  supportNull: number;
}

/** The tangent space the shares are measured against: exact (toys) or an autoencoder's (§3). */
export interface TangentSpace {
  k: number;
  n: number;
  /** Orthonormal tangent basis at x (k rows of length n). */
  basisAt: (x: Float32Array) => ArrayLike<number>[];
}

/** A toy manifold's exact tangent space. */
export function exactTangentSpace(m: Manifold): TangentSpace {
  return { k: m.k, n: m.n, basisAt: (x) => m.tangentBasis(x) };
}

/** The tangent basis at every row of a set (fixed points: computed once per run). */
export function basesOf(space: TangentSpace, set: LabelledSet): ArrayLike<number>[][] {
  return Array.from({ length: set.labels.length }, (_, i) => space.basisAt(set.points.subarray(i * set.n, (i + 1) * set.n)));
}

/** rho_g at every row of `set` against its basis. */
export function alignmentAt(w: MlpWeights, bases: ArrayLike<number>[][], set: LabelledSet, of: GradientOf = 'margin'): Float64Array {
  return alignmentWithNullAt(w, bases, set, of).rho;
}

/** rho_g at every row of `set` against its basis, and each gradient's support-matched null mean (§4). */
export function alignmentWithNullAt(w: MlpWeights, bases: ArrayLike<number>[][], set: LabelledSet, of: GradientOf = 'margin') {
  const clf = mlpClassifier(w, set.numClasses);
  const rho = new Float64Array(set.labels.length);
  const supportNull = new Float64Array(set.labels.length);
  for (let i = 0; i < rho.length; i++) {
    const g = inputGradientOf(clf, set.points.subarray(i * set.n, (i + 1) * set.n), set.labels[i], of);
    rho[i] = tangentShare(bases[i], g);
    supportNull[i] = Number.isFinite(rho[i]) ? supportMatchedMean(g, bases[i]) : NaN;
  }
  return { rho, supportNull };
}

export function summarise(rho: ArrayLike<number>, supportNull?: ArrayLike<number>): AlignmentSummary {
  return {
    mean: mean(rho),
    median: median(rho),
    count: Array.from(rho).filter(Number.isFinite).length,
    supportNull: supportNull ? mean(supportNull) : NaN,
  };
}

const summaryAt = (w: MlpWeights, bases: ArrayLike<number>[][], set: LabelledSet, of?: GradientOf) => {
  const { rho, supportNull } = alignmentWithNullAt(w, bases, set, of);
  return summarise(rho, supportNull);
};

export interface AlignmentPoint {
  epoch: number;
  trainAccuracy: number;
  testAccuracy: number;
  train: AlignmentSummary;
  test: AlignmentSummary;
}

export interface AlignmentSeries {
  k: number;
  n: number;
  /** The §4 null: mean k/n and its 95 % interval. */
  nullMean: number;
  nullLo: number;
  nullHi: number;
  points: AlignmentPoint[];
}

export interface AlignmentRun {
  epochs: number;
  /** Record every this many epochs (epoch 0, the init, is always recorded). */
  every: number;
  of?: GradientOf;
}

/** Train a fresh MLP on `train`; record rho_g at train and test points every `every` epochs. */
export async function runGradientAlignment(
  trainSet: LabelledSet,
  testSet: LabelledSet,
  space: TangentSpace,
  config: TrainConfig,
  run: AlignmentRun,
  onPoint?: (p: AlignmentPoint) => void,
  checkpoint?: Checkpoint,
): Promise<AlignmentSeries> {
  const nul = nullRho(space.k, space.n);
  const trainBases = basesOf(space, trainSet);
  const testBases = basesOf(space, testSet);
  const trainer = new JsTrainer(trainSet.points, trainSet.labels, trainSet.n, trainSet.numClasses, config);
  const every = Math.max(1, Math.round(run.every));
  const points: AlignmentPoint[] = [];
  const record = async () => {
    const w = await trainer.exportWeights();
    const p: AlignmentPoint = {
      epoch: trainer.epoch,
      trainAccuracy: accuracy(w, trainSet),
      testAccuracy: accuracy(w, testSet),
      train: summaryAt(w, trainBases, trainSet, run.of),
      test: summaryAt(w, testBases, testSet, run.of),
    };
    points.push(p);
    onPoint?.(p);
    await checkpoint?.();
  };
  try {
    await record();
    while (trainer.epoch < run.epochs) {
      // One epoch between checkpoints: with large n an epoch takes tens of ms.
      const target = Math.min(trainer.epoch + every, run.epochs);
      while (trainer.epoch < target) {
        await trainer.train(1);
        await checkpoint?.();
      }
      await record();
    }
  } finally {
    trainer.dispose();
  }
  return { k: space.k, n: space.n, nullMean: nul.mean, nullLo: nul.lo, nullHi: nul.hi, points };
}
