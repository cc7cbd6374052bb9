/**
 * A time estimate for an image claims run before it starts: the unit costs (one training row
 * of a mini-batch step, one input gradient, one tangent basis, one evaluated image) are timed
 * on this machine with the run's own network shape and data, then multiplied by the counts the
 * run will do. An estimate: the boundary search's step count depends on the trained network.
 */
import { marginCotangent } from '../core/attacks/loss';
import { robustnessSummary } from '../core/experiments/robustness';
import { decoderTangentProvider } from '../core/geometry/decoderTangent';
import { mlpClassifier } from '../core/model/jsMlp';
import { JsTrainer } from '../core/model/jsTrainer';
import { subset, type ClaimsImages } from './claimsImageData';
import { batchesPerEpoch, configOf } from './claimsImageRuns';
import type { ImageClaimBase, ImageClaimEstimate, ImageClaimRequests, ImageClaimRun } from './claimsImageTypes';

interface UnitCosts {
  /** ms per training row in a mini-batch step, per input gradient, per tangent basis. */
  row: number;
  grad: number;
  tangent: number;
  /** ms per evaluated image of the adversarial-training summary (PGD + boundary search + rho). */
  evalImage: number;
}

/** ms per call of `f`, over `reps` calls after as many warm-up calls (the JIT compiles the hot loops first). */
function timeOf(f: () => void, reps: number): number {
  for (let i = 0; i < reps; i++) f();
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) f();
  return (performance.now() - t0) / reps;
}

async function measure(data: ClaimsImages, r: ImageClaimBase, evalCost: boolean): Promise<UnitCosts> {
  const probe = subset(data.train, Math.max(8, Math.min(r.batch, 256)), r.seed);
  const rows = probe.labels.length;
  const trainer = new JsTrainer(probe.points, probe.labels, probe.n, probe.numClasses, configOf(r));
  try {
    const row = timeOf(() => trainer.trainOnBatch(probe.points, probe.labels), 3) / rows;
    const clf = mlpClassifier(await trainer.exportWeights(), probe.numClasses);
    const x = probe.points.subarray(0, probe.n);
    const grad = timeOf(() => clf.inputGradient(x, marginCotangent(clf.logits(x), probe.labels[0])), 20);
    const tangentAt = decoderTangentProvider(data.models.maps);
    const tangent = timeOf(() => tangentAt(x), 3);
    let evalImage = 0;
    if (evalCost) {
      // The shipped classifier stands in for the trained arms (same data, similar margins).
      const few = subset(data.test, 3, r.seed + 2);
      const t0 = performance.now();
      await robustnessSummary(data.models.weights, few, {
        norm: 'L2',
        eps: 0.5,
        steps: 20,
        bounds: { lo: 0, hi: 1 },
        seed: r.seed,
        tangent: (p) => tangentAt(p).Q,
      });
      evalImage = (performance.now() - t0) / few.labels.length;
    }
    return { row, grad, tangent, evalImage };
  } finally {
    trainer.dispose();
  }
}

const ms = (v: number) => (v < 1 ? `${(v * 1000).toFixed(0)} µs` : `${v.toFixed(1)} ms`);

/** The estimate for `run` with request `req` on the loaded `data`. */
export async function estimateImageClaim<R extends ImageClaimRun>(
  run: R,
  data: ClaimsImages,
  req: ImageClaimRequests[R],
): Promise<ImageClaimEstimate> {
  const c = await measure(data, req, run === 'advtrainImages');
  const train = Math.min(req.trainCount, data.train.count);
  const test = Math.min(req.testCount, data.test.count);
  const units = `measured: ${ms(c.row)} per training row, ${ms(c.grad)} per input gradient, ${ms(c.tangent)} per tangent basis`;
  let total: number;
  if (run === 'advtrainImages') {
    const r = req as ImageClaimRequests['advtrainImages'];
    const perEpoch = batchesPerEpoch(train, r.batch);
    const adversarialRows = Math.round(r.mix * Math.min(train, r.batch > 0 ? r.batch : train)) * perEpoch;
    // Two arms of training, PGD (steps + 1 gradients per row) in the adversarial arm, evaluation of both.
    total = 2 * r.epochs * train * c.row + r.epochs * adversarialRows * (r.steps + 1) * c.grad + 2 * r.evalCount * c.evalImage;
    return { seconds: total / 1000, basis: `${units}, ${ms(c.evalImage)} per evaluated image` };
  }
  if (run === 'paradoxImages') {
    const r = req as ImageClaimRequests['paradoxImages'];
    total = r.targets.length * (train * (r.steps + 1) * c.grad + r.n2Epochs * train * c.row);
    return { seconds: total / 1000, basis: units };
  }
  const r = req as ImageClaimRequests['alignImages'];
  const records = Math.ceil(r.epochs / r.every) + 1;
  total = (train + test) * c.tangent + r.epochs * train * c.row + records * (train + test) * c.grad;
  return { seconds: total / 1000, basis: units };
}
