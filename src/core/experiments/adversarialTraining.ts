/**
 * Adversarial training of a toy MLP (docs/science.md §1 item 4): every optimiser step, a share
 * `mix` of the batch is replaced by PGD examples of the current network (Madry et al. 2018),
 * so the model predicts the dimples deepen to about eps while clinging stays.
 */
import { pgdL2 } from '../attacks/pgdL2';
import { pgdLinf } from '../attacks/pgdLinf';
import type { AttackContext } from '../attacks/types';
import { mlpClassifier } from '../model/jsMlp';
import { predictClass } from '../model/classifier';
import type { Checkpoint } from './checkpoint';
import { JsTrainer } from '../model/jsTrainer';
import type { MlpWeights } from '../model/mlpWeights';
import type { TrainConfig } from '../model/trainConfig';
import { createRng, type Rng } from '../rng';
import { distance, type LabelledSet, type PerturbationNorm } from './evaluate';

export interface AdversarialOptions {
  norm: PerturbationNorm;
  /** Budget in the attack norm. */
  eps: number;
  /** PGD iterations per example. */
  steps: number;
  /** Step a = relStepSize * eps; default 2.5 / steps (Madry et al.). */
  relStepSize?: number;
  /** Share of each batch replaced by adversarial examples, in [0, 1]; 0 = standard training. */
  mix: number;
}

/** Data bounds for the attacks' clip (the manifold's view box, or [0, 1] for images). */
export interface Bounds {
  lo: number[] | number;
  hi: number[] | number;
}

export interface AdvEpochRecord {
  epoch: number;
  loss: number;
  /** Clean training accuracy and smallest clean margin after the epoch. */
  accuracy: number;
  minMargin: number;
  /** Adversarial rows generated in the epoch, and the share the network misclassified then. */
  attacked: number;
  fooled: number;
  /** Largest perturbation norm generated in the epoch (<= eps by construction). */
  maxPerturbation: number;
}

export interface AdversarialRun {
  initial: MlpWeights;
  weights: MlpWeights;
  history: AdvEpochRecord[];
}

/**
 * Replace rows `rows` of a batch copy by untargeted PGD examples of `w` (away from the true
 * label, random start, clipped to the bounds). Returns the new points and the largest norm.
 */
export function makeAdversarialBatch(
  w: MlpWeights,
  batch: LabelledSet,
  rows: ArrayLike<number>,
  adv: AdversarialOptions,
  bounds: Bounds,
  rng: Rng,
): { points: Float32Array; maxPerturbation: number; fooled: number } {
  const clf = mlpClassifier(w, batch.numClasses);
  const { n } = batch;
  const points = batch.points.slice();
  const params = { eps: adv.eps, steps: adv.steps, relStepSize: adv.relStepSize ?? 2.5 / Math.max(1, adv.steps), randomStart: true, earlyStop: false };
  let maxPerturbation = 0;
  let fooled = 0;
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    const x0 = batch.points.subarray(i * n, (i + 1) * n);
    const ctx: AttackContext = { model: clf, x0, label: batch.labels[i], lo: bounds.lo, hi: bounds.hi, rng };
    const res = adv.norm === 'L2' ? pgdL2(ctx, params) : pgdLinf(ctx, params);
    points.set(res.final, i * n);
    maxPerturbation = Math.max(maxPerturbation, distance(points.subarray(i * n, (i + 1) * n), x0, adv.norm));
    if (predictClass(clf.logits(res.final)) !== batch.labels[i]) fooled++;
  }
  return { points, maxPerturbation, fooled };
}

function shuffled(count: number, rng: Rng): Int32Array {
  const a = Int32Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

function rowsOf(set: LabelledSet, idx: ArrayLike<number>): LabelledSet {
  const { n } = set;
  const points = new Float32Array(idx.length * n);
  const labels = new Int32Array(idx.length);
  for (let r = 0; r < idx.length; r++) {
    points.set(set.points.subarray(idx[r] * n, (idx[r] + 1) * n), r * n);
    labels[r] = set.labels[idx[r]];
  }
  return { points, labels, n, numClasses: set.numClasses };
}

/**
 * Train `epochs` epochs from config's seeded init; batches as config.batchSize (0 = full
 * batch). With mix = 0 this is standard training on the same batches and init. `checkpoint`
 * runs after every batch (an MNIST epoch with PGD takes seconds), `onBatch` reports
 * (batches done in this epoch, batches per epoch); neither changes the numbers.
 */
export async function adversarialTrain(
  data: LabelledSet,
  config: TrainConfig,
  adv: AdversarialOptions,
  bounds: Bounds,
  epochs: number,
  onEpoch?: (r: AdvEpochRecord) => void,
  checkpoint?: Checkpoint,
  onBatch?: (done: number, perEpoch: number) => void,
): Promise<AdversarialRun> {
  if (!(adv.mix >= 0 && adv.mix <= 1)) throw new Error(`mix must be in [0, 1] (got ${adv.mix})`);
  if (!(adv.eps >= 0)) throw new Error(`eps must be >= 0 (got ${adv.eps})`);
  const trainer = new JsTrainer(data.points, data.labels, data.n, data.numClasses, config);
  const initial = await trainer.exportWeights();
  const rng = createRng(config.seed * 31 + 7);
  const count = data.labels.length;
  const bs = config.batchSize > 0 && config.batchSize < count ? config.batchSize : count;
  const history: AdvEpochRecord[] = [];
  const perEpoch = Math.ceil(count / bs);
  for (let e = 1; e <= epochs; e++) {
    let attacked = 0;
    let fooled = 0;
    let maxPerturbation = 0;
    const order = bs < count ? shuffled(count, rng) : Int32Array.from({ length: count }, (_, i) => i);
    for (let s = 0; s < count; s += bs) {
      const batch = rowsOf(data, order.subarray(s, Math.min(count, s + bs)));
      const m = Math.round(adv.mix * batch.labels.length);
      let points = batch.points;
      if (m > 0 && adv.eps > 0) {
        const rows = shuffled(batch.labels.length, rng).subarray(0, m);
        const made = makeAdversarialBatch(await trainer.exportWeights(), batch, rows, adv, bounds, rng);
        points = made.points;
        attacked += m;
        fooled += made.fooled;
        maxPerturbation = Math.max(maxPerturbation, made.maxPerturbation);
      }
      trainer.trainOnBatch(points, batch.labels);
      onBatch?.(s / bs + 1, perEpoch);
      await checkpoint?.();
    }
    const st = await trainer.stats();
    const rec = { epoch: e, loss: st.loss, accuracy: st.accuracy, minMargin: st.minMargin, attacked, fooled: attacked ? fooled / attacked : 0, maxPerturbation };
    history.push(rec);
    onEpoch?.(rec);
    await checkpoint?.();
  }
  const weights = await trainer.exportWeights();
  trainer.dispose();
  return { initial, weights, history };
}
