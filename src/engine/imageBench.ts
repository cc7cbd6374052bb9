import * as tf from '@tensorflow/tfjs';
import { httpFetcher, loadImageSet, type ImageSet } from '../core/datasets/mnist14';
import { DEFAULT_CNN, DEFAULT_MLP, architectureString } from '../core/model/imageModels';
import { createImageTrainer } from '../core/model/image/tfImageTrainer';
import { epochBatches, gatherBatch } from '../core/model/image/imageBatches';
import type { ImageTrainerBackend } from '../core/model/image/imageTrainer';

export interface ImageBenchOptions {
  readonly backend: ImageTrainerBackend;
  readonly model: 'mlp' | 'cnn';
  /** Base URL of the shipped data (…/data/). */
  readonly dataBase: string;
  readonly budgetMs?: number;
  readonly maxSteps?: number;
  readonly batch?: number;
}

let cached: { base: string; set: ImageSet } | null = null;
const yieldToEvents = () => new Promise((r) => setTimeout(r, 0));

/**
 * `npm run bench`'s image-training measurement (scripts/bench/sections/imageTraining.mjs): Adam
 * (lr 1e-3) steps of the image lab's MLP or CNN on seeded batches of the MNIST-14 training split,
 * on one backend, for `budgetMs` of stepping. Only the steps are timed (batch gathering included);
 * between steps the worker yields so the page's heartbeat is answered. Run through benchApi's
 * withBackend, which pauses the live session and restores its backend.
 */
export async function benchImageTraining(o: ImageBenchOptions) {
  let set: ImageSet;
  try {
    if (cached?.base !== o.dataBase)
      cached = { base: o.dataBase, set: (await loadImageSet('mnist14', 'train', httpFetcher(o.dataBase))).set };
    set = cached.set;
  } catch (e) {
    return { available: false as const, note: String(e) };
  }
  const batch = o.batch ?? 64;
  const cfg = o.model === 'mlp' ? DEFAULT_MLP : DEFAULT_CNN;
  const before = tf.memory().numTensors;
  const trainer = await createImageTrainer(
    cfg,
    { optimizer: 'adam', learningRate: 1e-3, batchSize: batch, initScale: 1, weightDecay: 0, seed: 1 },
    o.backend,
  );
  const order = epochBatches(set.count, batch, 1, 0);
  const times: number[] = [];
  let loss = NaN;
  try {
    const step = async (i: number) => {
      const b = gatherBatch(set, order[i % order.length]);
      loss = await trainer.step(b.images, b.labels);
    };
    for (let i = 0; i < 2; i++) await step(i); // warm-up: JIT, shaders, optimiser state
    let spent = 0;
    while (times.length < 3 || (times.length < (o.maxSteps ?? 400) && spent < (o.budgetMs ?? 2000))) {
      await yieldToEvents();
      const t0 = performance.now();
      await step(times.length + 2);
      const dt = performance.now() - t0;
      times.push(dt);
      spent += dt;
    }
  } finally {
    trainer.dispose();
  }
  const total = times.reduce((a, b) => a + b, 0);
  const stepsPerSecond = (times.length * 1000) / total;
  return {
    available: true as const,
    backend: trainer.backend,
    model: architectureString(cfg),
    batch,
    steps: times.length,
    stepsPerSecond,
    stepsPerEpoch: order.length,
    secondsPerEpoch: order.length / stepsPerSecond,
    lastLoss: loss,
    tensorsBefore: before,
    tensorsAfter: tf.memory().numTensors,
  };
}
