/**
 * One metric pass of an image-training run (docs/science.md §3, §4): loss and accuracy on fixed
 * evaluation subsets (batched logits of the trained network), ρ_g on the gradient probe, and
 * (when the cadence says so) the three flip-norm attacks on the attack probe.
 */
import { crossEntropy } from '../../core/attacks/loss';
import { stat } from '../../core/stats';
import {
  flipProbeRow,
  gradientProbe,
  imageOf,
  summarizeFlips,
  type FlipProbeRow,
  type ProbeImages,
  type TrainingProbe,
} from '../../core/experiments/trainingProbe';
import type { Classifier } from '../../core/model/classifier';
import { predictClass } from '../../core/model/classifier';
import type { BatchLogits } from './digitSliceCompute';
import type { AttackMetrics } from './trainingTypes';

/** A fixed subset of a split, gathered once (row-major). */
export interface EvalSubset {
  readonly images: Float32Array;
  readonly labels: Int32Array;
  readonly count: number;
}

export function gatherSubset(src: ProbeImages, indices: ArrayLike<number>): EvalSubset {
  const images = new Float32Array(indices.length * src.n);
  const labels = new Int32Array(indices.length);
  for (let t = 0; t < indices.length; t++) {
    images.set(src.images.subarray(indices[t] * src.n, (indices[t] + 1) * src.n), t * src.n);
    labels[t] = src.labels[indices[t]];
  }
  return { images, labels, count: indices.length };
}

/** Mean cross-entropy and accuracy of the network on a subset. */
export async function lossAndAccuracy(
  logitsOf: BatchLogits,
  set: EvalSubset,
  numClasses: number,
): Promise<{ loss: number; accuracy: number }> {
  const z = await logitsOf(set.images, set.count);
  let loss = 0,
    correct = 0;
  for (let r = 0; r < set.count; r++) {
    const row = z.subarray(r * numClasses, (r + 1) * numClasses);
    loss += crossEntropy(row, set.labels[r]);
    if (predictClass(row) === set.labels[r]) correct++;
  }
  return { loss: loss / set.count, accuracy: correct / set.count };
}

export function rhoGradOf(clf: Classifier, test: ProbeImages, probe: TrainingProbe, Q: Float64Array[][]) {
  return gradientProbe(clf, test, probe.gradient, Q).stat;
}

/**
 * The attack probe as the page shows it (Q indexed like probe.gradient); awaits `yieldNow`
 * between digits so the worker keeps answering (pause, heartbeat) during the ~0.1 s attacks.
 */
export async function attackMetricsOf(
  clf: Classifier,
  test: ProbeImages,
  probe: TrainingProbe,
  Q: Float64Array[][],
  yieldNow: () => Promise<void>,
): Promise<AttackMetrics> {
  const t0 = performance.now();
  const rows: FlipProbeRow[] = [];
  for (let t = 0; t < probe.attack.length; t++) {
    rows.push(flipProbeRow(clf, imageOf(test, probe.attack[t]), probe.attack[t], Q[t]));
    await yieldNow();
  }
  const r = summarizeFlips(rows);
  return {
    free: r.free,
    on: r.on,
    off: r.off,
    rhoDelta: r.rhoDelta,
    rOn: r.rOn,
    rOff: r.rOff,
    consistency: r.consistency,
    complete: r.complete,
    attacked: r.rows.length,
    seconds: (performance.now() - t0) / 1000,
  };
}

export const emptyStat = () => stat([]);
