/** Small shared measurements of the experiments: accuracy, perturbation norms, robust averages. */
import { mlpClassifier } from '../model/jsMlp';
import { predictClass } from '../model/classifier';
import type { MlpWeights } from '../model/mlpWeights';
import type { Dataset } from '../datasets/types';

/** A labelled point set, rows of length n (toys and MNIST-14 alike). */
export interface LabelledSet {
  points: Float32Array;
  labels: Int32Array;
  n: number;
  numClasses: number;
}

/** The labelled rows of a toy dataset. */
export function asSet(d: Dataset): LabelledSet {
  return { points: d.points, labels: d.labels, n: d.n, numClasses: d.numClasses };
}

/** Share of rows whose predicted class equals the label. */
export function accuracy(w: MlpWeights, set: LabelledSet): number {
  const clf = mlpClassifier(w, set.numClasses);
  let ok = 0;
  for (let i = 0; i < set.labels.length; i++) {
    if (predictClass(clf.logits(set.points.subarray(i * set.n, (i + 1) * set.n))) === set.labels[i]) ok++;
  }
  return set.labels.length ? ok / set.labels.length : NaN;
}

export type PerturbationNorm = 'L2' | 'Linf';

/** |a - b| in the L2 or L∞ norm. */
export function distance(a: ArrayLike<number>, b: ArrayLike<number>, norm: PerturbationNorm): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i] - b[i]);
    s = norm === 'L2' ? s + d * d : Math.max(s, d);
  }
  return norm === 'L2' ? Math.sqrt(s) : s;
}
