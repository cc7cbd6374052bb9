import { TfTrainer } from '../core/model/tfTrainer';
import { JsTrainer } from '../core/model/jsTrainer';
import { PAPER_RECIPE } from '../core/model/trainConfig';
import type { Trainer } from '../core/model/trainer';
import { makeDataset } from '../core/datasets';

/**
 * Milliseconds per training step of the paper's 3-D recipe (3-400-1, 25 points, full-batch
 * Adam) on the active backend: the workload the backend is chosen for.
 */
export function timeTrainingStep(steps = 12): Promise<number> {
  const { points, labels } = paperPlane();
  return timeSteps(new TfTrainer(points, labels, 3, 2, PAPER_RECIPE), steps);
}

/** The same workload on the plain-JS trainer. */
export function timeJsTrainingStep(steps = 100): Promise<number> {
  const { points, labels } = paperPlane();
  // More warm-up than tfjs: the JIT needs a few dozen steps to optimise the plain-JS loops.
  return timeSteps(new JsTrainer(points, labels, 3, 2, PAPER_RECIPE), steps, 40);
}

async function timeSteps(t: Trainer, steps: number, warmup = 3): Promise<number> {
  try {
    await t.train(warmup); // warm-up: shader compilation, optimizer slots, JIT
    const t0 = performance.now();
    await t.train(steps);
    return (performance.now() - t0) / steps;
  } finally {
    t.dispose();
  }
}

function paperPlane(): { points: Float32Array; labels: Int32Array } {
  return makeDataset({ manifold: 'plane3d', pattern: 'checkerboard', layout: 'paper', count: 25, seed: 1 });
}
