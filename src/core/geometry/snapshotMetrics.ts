import { mlpClassifier } from '../model/jsMlp';
import { predictClass } from '../model/classifier';
import type { MlpWeights } from '../model/mlpWeights';
import type { Manifold } from '../datasets/types';
import { classOfFromClassifier, clinging, dimpleDepths } from './boundaryMetrics';
import { isSingleReluLogit, normalDistanceExact } from './reluLineCrossing';

/** Training points, row-major N x n, with their labels and the number of classes. */
export interface LabelledPoints {
  points: Float32Array;
  labels: Int32Array;
  numClasses: number;
}

/**
 * Clinging C and dimple depths D_i of one weight snapshot (docs/science.md §6). The paper's
 * network shape (one hidden ReLU layer, one logit) takes the exact piecewise-linear path;
 * other networks the scan-and-bisect search of boundaryMetrics.ts.
 */
export function computeMetrics(w: MlpWeights, manifold: Manifold, scene: LabelledPoints): { clinging: number; dimples: Float32Array } {
  if (isSingleReluLogit(w)) return exactMetrics(w, manifold, scene);
  const clf = mlpClassifier(w, scene.numClasses);
  const classOf = classOfFromClassifier(clf);
  const dataset = {
    manifold,
    n: manifold.n,
    count: scene.labels.length,
    points: scene.points,
    labels: scene.labels,
    numClasses: scene.numClasses,
  };
  const opts = { steps: 48, tol: 1e-4 };
  return {
    clinging: clinging(classOf, manifold, opts),
    dimples: Float32Array.from(dimpleDepths(classOf, dataset, opts)),
  };
}

function distance(w: MlpWeights, manifold: Manifold, p: ArrayLike<number>): number {
  let best = manifold.normalCap;
  for (const d of manifold.normalBasis(p)) best = Math.min(best, normalDistanceExact(w, p, d, best));
  return best;
}

function exactMetrics(w: MlpWeights, manifold: Manifold, scene: LabelledPoints): { clinging: number; dimples: Float32Array } {
  const probes = manifold.probeGrid();
  let sum = 0;
  for (const p of probes) sum += distance(w, manifold, p);
  const n = manifold.n;
  const clf = mlpClassifier(w, scene.numClasses);
  const dimples = new Float32Array(scene.labels.length);
  for (let i = 0; i < dimples.length; i++) {
    const p = scene.points.subarray(i * n, (i + 1) * n);
    const correct = predictClass(clf.logits(p)) === scene.labels[i];
    dimples[i] = (correct ? 1 : -1) * distance(w, manifold, p);
  }
  return { clinging: sum / probes.length, dimples };
}
