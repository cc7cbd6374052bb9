import { TfTrainer } from '../core/model/tfTrainer';
import { JsTrainer } from '../core/model/jsTrainer';
import { PAPER_RECIPE } from '../core/model/trainConfig';
import type { Trainer } from '../core/model/trainer';
import { makeDataset } from '../core/datasets';

/**
 * Milliseconds per training step of the paper's 3-D recipe (3-400-1, 25 points, full-batch
 * Adam) on the active backend: the workload the backend is chosen for. `giveUpAboveMs`: stop
 * after the first few timed steps if they are slower than this per step (the candidate has
 * lost already; see timeSteps).
 */
export function timeTrainingStep(steps = 12, giveUpAboveMs = Infinity): Promise<number> {
  const { points, labels } = paperPlane();
  return timeSteps(new TfTrainer(points, labels, 3, 2, PAPER_RECIPE), steps, 3, giveUpAboveMs);
}

/** The same workload on the plain-JS trainer. */
export function timeJsTrainingStep(steps = 100, giveUpAboveMs = Infinity): Promise<number> {
  const { points, labels } = paperPlane();
  // More warm-up than tfjs: the JIT needs a few dozen steps to optimise the plain-JS loops.
  return timeSteps(new JsTrainer(points, labels, 3, 2, PAPER_RECIPE), steps, 40, giveUpAboveMs);
}

/** Timed steps before a candidate may be given up (enough to average out one slow step). */
export const FIRST_TIMED_STEPS = 3;

/**
 * Mean ms per step over `steps` steps after `warmup` untimed ones. The first FIRST_TIMED_STEPS
 * are timed on their own: if they average above `giveUpAboveMs` the mean so far is returned and
 * the rest are skipped, since a candidate that slow cannot be chosen (the start-up probe gives
 * the tfjs cpu backend, ~25× slower than plain JS here, 3 steps instead of 12: ~0.3 s less).
 */
export async function timeSteps(t: Trainer, steps: number, warmup = 3, giveUpAboveMs = Infinity): Promise<number> {
  try {
    await t.train(warmup); // warm-up: shader compilation, optimizer slots, JIT
    const first = Math.min(FIRST_TIMED_STEPS, steps);
    const t0 = performance.now();
    await t.train(first);
    const firstMs = performance.now() - t0;
    if (first === steps || firstMs / first > giveUpAboveMs) return firstMs / first;
    await t.train(steps - first);
    return (performance.now() - t0) / steps;
  } finally {
    t.dispose();
  }
}

function paperPlane(): { points: Float32Array; labels: Int32Array } {
  return makeDataset({ manifold: 'plane3d', pattern: 'checkerboard', layout: 'paper', count: 25, seed: 1 });
}
