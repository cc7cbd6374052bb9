/**
 * One metric pass of an image-training run (docs/science.md §3, §4): loss and accuracy on fixed
 * evaluation subsets (batched logits on the training backend), ρ_g and its support-matched null on
 * the gradient probe, and (when the cadence says so, attackScheduler.ts) the three flip-norm
 * attacks on the head of the attack probe.
 */
import { crossEntropy } from '../../core/attacks/loss';
import { stat } from '../../core/stats';
import {
  flipProbeRow,
  gradientShares,
  imageOf,
  summarizeFlips,
  type FlipProbeRow,
  type ProbeImages,
  type TrainingProbe,
} from '../../core/experiments/trainingProbe';
import type { Classifier } from '../../core/model/classifier';
import { predictClass } from '../../core/model/classifier';
import type { ImageNetWeights } from '../../core/model/image/imageTrainer';
import { batchMarginGradients } from './batchMarginGradient';
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

/**
 * ρ_g on the gradient probe and its support-matched null: the probe's margin gradients in one
 * batched call on the training backend (batchMarginGradient.ts), `images` holding the probe digits
 * in probe order, Q[t] the tangent basis at probe digit t (fixed during a run: computed once).
 */
export async function gradientMetricsOf(w: ImageNetWeights, images: EvalSubset, probe: TrainingProbe, Q: Float64Array[][]) {
  const { grads } = await batchMarginGradients(w, images.images, images.count);
  const n = grads.length / images.count;
  const rows = Array.from({ length: images.count }, (_, t) => grads.subarray(t * n, (t + 1) * n));
  const g = gradientShares(rows, probe.gradient, Q);
  return { rhoGrad: g.stat, gradNull: g.supportNull };
}

/** Attack-probe rows in progress: digits are added one at a time, so a pass can stop between them. */
export class AttackPass {
  readonly rows: FlipProbeRow[] = [];
  seconds = 0;
  constructor(
    private readonly clf: Classifier,
    private readonly test: ProbeImages,
    private readonly probe: TrainingProbe,
    private readonly Q: Float64Array[][],
  ) {}

  /** Attack the next probe digit (Q indexed like probe.gradient, whose head is probe.attack); false when none is left. */
  next(): boolean {
    const t = this.rows.length;
    if (t >= this.probe.attack.length) return false;
    const t0 = performance.now();
    this.rows.push(flipProbeRow(this.clf, imageOf(this.test, this.probe.attack[t]), this.probe.attack[t], this.Q[t]));
    this.seconds += (performance.now() - t0) / 1000;
    return true;
  }

  /** Mean seconds per attacked digit so far (NaN before the first). */
  get digitSeconds(): number {
    return this.seconds / this.rows.length;
  }

  /**
   * Attack digits until `digits` are done, awaiting `yieldNow` between them so the worker keeps
   * answering (pause, heartbeat) during the ~0.1 s attacks; stops early when the next digit, at the
   * mean cost so far, would take the pass past `maxSeconds`.
   */
  async fill(digits: number, yieldNow: () => Promise<void>, maxSeconds = Infinity): Promise<void> {
    while (this.rows.length < digits) {
      if (this.rows.length && this.seconds + this.digitSeconds > maxSeconds) return;
      if (!this.next()) return;
      await yieldNow();
    }
  }

  metrics(): AttackMetrics {
    return attackMetricsOfRows(this.rows, this.seconds);
  }
}

function attackMetricsOfRows(rows: FlipProbeRow[], seconds: number): AttackMetrics {
  const r = summarizeFlips(rows);
  return {
    free: r.free,
    on: r.on,
    off: r.off,
    rhoDelta: r.rhoDelta,
    deltaNull: r.deltaNull,
    rOn: r.rOn,
    rOff: r.rOff,
    consistency: r.consistency,
    complete: r.complete,
    attacked: r.rows.length,
    seconds,
  };
}

export const emptyStat = () => stat([]);
