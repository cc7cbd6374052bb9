/**
 * Gradient alignment over training (SCIENCE.md §6): rho_g = |P_T g|²/|g|² of the input
 * gradient g of the margin (or the loss) at training and test points, against the exact
 * tangent basis of a toy manifold, with the §4 null Beta(k/2, (n-k)/2). The DMM predicts
 * rho_g falls below the null k/n once the boundary has clung to M.
 */
import { crossEntropyCotangent, marginCotangent } from '../attacks/loss';
import type { LabDataset } from '../datasets';
import type { Manifold } from '../datasets/types';
import { nullRho } from '../geometry/nullModel';
import { tangentShare } from '../geometry/projector';
import type { Classifier } from '../model/classifier';
import { mlpClassifier } from '../model/jsMlp';
import { JsTrainer } from '../model/jsTrainer';
import type { MlpWeights } from '../model/mlpWeights';
import type { TrainConfig } from '../model/trainConfig';
import { accuracy, asSet, mean, median, type LabelledSet } from './evaluate';

/** Which scalar's input gradient: the signed margin (§4) or the cross-entropy loss. */
export type GradientOf = 'margin' | 'loss';

/** rho_g at x with true label y; NaN when the gradient vanishes. */
export function gradientTangentShare(clf: Classifier, x: ArrayLike<number>, y: number, Q: ArrayLike<number>[], of: GradientOf = 'margin'): number {
  const z = clf.logits(x);
  const cot = of === 'margin' ? marginCotangent(z, y) : crossEntropyCotangent(z, y);
  return tangentShare(Q, clf.inputGradient(x, cot));
}

export interface AlignmentSummary {
  mean: number;
  median: number;
  /** Points with a non-zero gradient (the others are left out of mean and median). */
  count: number;
}

/** rho_g at every point of `set`, using the manifold's exact tangent basis at each point. */
export function alignmentAt(w: MlpWeights, manifold: Manifold, set: LabelledSet, of: GradientOf = 'margin'): Float64Array {
  const clf = mlpClassifier(w, set.numClasses);
  const out = new Float64Array(set.labels.length);
  for (let i = 0; i < out.length; i++) {
    const x = set.points.subarray(i * set.n, (i + 1) * set.n);
    out[i] = gradientTangentShare(clf, x, set.labels[i], manifold.tangentBasis(x), of);
  }
  return out;
}

export function summarise(rho: ArrayLike<number>): AlignmentSummary {
  return { mean: mean(rho), median: median(rho), count: Array.from(rho).filter(Number.isFinite).length };
}

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

/** Train on `train` and record rho_g at train and test points every `every` epochs. */
export async function runGradientAlignment(
  train: LabDataset,
  test: LabDataset,
  config: TrainConfig,
  run: AlignmentRun,
  onPoint?: (p: AlignmentPoint) => void,
): Promise<AlignmentSeries> {
  const { manifold } = train;
  const nul = nullRho(manifold.k, manifold.n);
  const trainSet = asSet(train);
  const testSet = asSet(test);
  const trainer = new JsTrainer(train.points, train.labels, train.n, train.numClasses, config);
  const every = Math.max(1, Math.round(run.every));
  const points: AlignmentPoint[] = [];
  const record = async () => {
    const w = await trainer.exportWeights();
    const p: AlignmentPoint = {
      epoch: trainer.epoch,
      trainAccuracy: accuracy(w, trainSet),
      testAccuracy: accuracy(w, testSet),
      train: summarise(alignmentAt(w, manifold, trainSet, run.of)),
      test: summarise(alignmentAt(w, manifold, testSet, run.of)),
    };
    points.push(p);
    onPoint?.(p);
  };
  await record();
  while (trainer.epoch < run.epochs) {
    await trainer.train(Math.min(every, run.epochs - trainer.epoch));
    await record();
  }
  trainer.dispose();
  return { k: manifold.k, n: manifold.n, nullMean: nul.mean, nullLo: nul.lo, nullHi: nul.hi, points };
}
