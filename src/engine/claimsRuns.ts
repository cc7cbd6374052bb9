/**
 * The issue-6 experiments of src/core/experiments as the worker runs them: the same loops,
 * step for step (claimsRuns.test.ts checks they give the core functions' results exactly), but
 * yielding to the worker's other messages between epochs so that progress, the heartbeat and
 * cancel get through. The core versions run straight through (they serve the CLI and tests).
 */
import { makeAdversarialBatch, type AdversarialOptions, type AdversarialRun, type AdvEpochRecord, type Bounds } from '../core/experiments/adversarialTraining';
import { accuracy, type LabelledSet } from '../core/experiments/evaluate';
import { alignmentAt, basesOf, summarise, type AlignmentPoint, type AlignmentRun, type AlignmentSeries, type TangentSpace } from '../core/experiments/gradientAlignment';
import { nullRho } from '../core/geometry/nullModel';
import { JsTrainer } from '../core/model/jsTrainer';
import type { TrainConfig } from '../core/model/trainConfig';
import type { StepStats } from '../core/model/trainer';
import { createRng, type Rng } from '../core/rng';
import type { FitResult } from '../core/experiments/fitMlp';

export interface RunHooks {
  /** Called between epochs; resolves after other work had a turn (a macrotask in the worker). */
  pause?: () => Promise<void>;
  /** True when the run was cancelled or superseded: the loop then throws ClaimsCancelled. */
  shouldStop?: () => boolean;
}

export class ClaimsCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/** Longest stretch (ms) without yielding. */
const YIELD_MS = 40;

/** A checkpoint between epochs: yields when YIELD_MS have passed, throws when stopped. */
export function yielder(hooks: RunHooks): () => Promise<void> {
  let last = performance.now();
  return async () => {
    if (performance.now() - last > YIELD_MS) {
      await hooks.pause?.();
      last = performance.now();
    }
    if (hooks.shouldStop?.()) throw new ClaimsCancelled();
  };
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

/** core/experiments/adversarialTraining.ts adversarialTrain, yielding between epochs. */
export async function adversarialTrainYielding(
  data: LabelledSet, config: TrainConfig, adv: AdversarialOptions, bounds: Bounds, epochs: number,
  hooks: RunHooks, onEpoch?: (r: AdvEpochRecord) => void,
): Promise<AdversarialRun> {
  if (!(adv.mix >= 0 && adv.mix <= 1)) throw new Error(`mix must be in [0, 1] (got ${adv.mix})`);
  if (!(adv.eps >= 0)) throw new Error(`eps must be >= 0 (got ${adv.eps})`);
  const checkpoint = yielder(hooks);
  const trainer = new JsTrainer(data.points, data.labels, data.n, data.numClasses, config);
  try {
    const initial = await trainer.exportWeights();
    const rng = createRng(config.seed * 31 + 7);
    const count = data.labels.length;
    const bs = config.batchSize > 0 && config.batchSize < count ? config.batchSize : count;
    const history: AdvEpochRecord[] = [];
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
      }
      const st = await trainer.stats();
      const rec = { epoch: e, loss: st.loss, accuracy: st.accuracy, minMargin: st.minMargin, attacked, fooled: attacked ? fooled / attacked : 0, maxPerturbation };
      history.push(rec);
      onEpoch?.(rec);
      await checkpoint();
    }
    return { initial, weights: await trainer.exportWeights(), history };
  } finally {
    trainer.dispose();
  }
}

/** core/experiments/fitMlp.ts fitMlp (bursts of 10 epochs), yielding between bursts. */
export async function fitMlpYielding(set: LabelledSet, config: TrainConfig, hooks: RunHooks, onProgress?: (s: StepStats) => void): Promise<FitResult> {
  const checkpoint = yielder(hooks);
  const trainer = new JsTrainer(set.points, set.labels, set.n, set.numClasses, config);
  try {
    let stats = await trainer.stats();
    while (stats.minMargin <= config.marginTarget && trainer.epoch < config.maxEpochs) {
      stats = await trainer.train(Math.min(10, config.maxEpochs - trainer.epoch));
      onProgress?.(stats);
      await checkpoint();
    }
    return { weights: await trainer.exportWeights(), stats };
  } finally {
    trainer.dispose();
  }
}

/** core/experiments/gradientAlignment.ts runGradientAlignment, yielding between records. */
export async function gradientAlignmentYielding(
  trainSet: LabelledSet, testSet: LabelledSet, space: TangentSpace, config: TrainConfig, run: AlignmentRun,
  hooks: RunHooks, onPoint?: (p: AlignmentPoint) => void,
): Promise<AlignmentSeries> {
  const checkpoint = yielder(hooks);
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
      train: summarise(alignmentAt(w, trainBases, trainSet, run.of)),
      test: summarise(alignmentAt(w, testBases, testSet, run.of)),
    };
    points.push(p);
    onPoint?.(p);
    await checkpoint();
  };
  try {
    await record();
    while (trainer.epoch < run.epochs) {
      // One epoch at a time between checkpoints: large n makes an epoch take tens of ms.
      const target = Math.min(trainer.epoch + every, run.epochs);
      while (trainer.epoch < target) {
        await trainer.train(1);
        await checkpoint();
      }
      await record();
    }
  } finally {
    trainer.dispose();
  }
  return { k: space.k, n: space.n, nullMean: nul.mean, nullLo: nul.lo, nullHi: nul.hi, points };
}
