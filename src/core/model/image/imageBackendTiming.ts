/**
 * The backend-independent half of choosing where images train: time a few training steps of
 * a trainer on a seeded synthetic batch, and rank the measured candidates. The engine
 * (engine/imageBackendChoice.ts) decides which backends are candidates and switches tfjs.
 */
import { createRng } from '../../rng';
import type { ImageTrainer, ImageTrainerBackend } from './imageTrainer';

export interface ImageBackendTiming {
  readonly backend: ImageTrainerBackend;
  /** Median wall milliseconds of one training step at the run's batch size; absent if skipped. */
  readonly msPerStep?: number;
  /** Why a backend was skipped or failed (software adapter, init failure, error). */
  readonly note?: string;
}

/** A seeded batch of `batch` random images in [0, 1] with labels in [0, numClasses). */
export function syntheticBatch(batch: number, n: number, numClasses: number, seed = 1): { images: Float32Array; labels: Int32Array } {
  const r = createRng(seed);
  return {
    images: Float32Array.from({ length: batch * n }, () => r.next()),
    labels: Int32Array.from({ length: batch }, () => r.int(numClasses)),
  };
}

/**
 * Median ms of `steps` training steps after `warmup` untimed ones (JIT, shader compilation,
 * the optimiser's first allocation). A backend whose first step already took longer than
 * `hopelessMs` (e.g. 3x the best so far) is not timed further: that step's time is returned,
 * so a slow candidate (cpu on the CNN: ~1 s a step) costs one step, not four.
 * The trainer's weights move; dispose it afterwards.
 */
export async function timeImageSteps(trainer: ImageTrainer, n: number, steps = 3, warmup = 1, hopelessMs = Infinity): Promise<number> {
  const { images, labels } = syntheticBatch(trainer.options.batchSize, n, trainer.config.numClasses);
  for (let i = 0; i < warmup; i++) {
    const t0 = performance.now();
    await trainer.step(images, labels);
    const dt = performance.now() - t0;
    if (dt > hopelessMs) return dt;
  }
  const times: number[] = [];
  for (let i = 0; i < steps; i++) {
    const t0 = performance.now();
    await trainer.step(images, labels);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

/** The fastest measured backend and a one-line reason listing every candidate; throws if none was measured. */
export function fastestBackend(timings: readonly ImageBackendTiming[]): { backend: ImageTrainerBackend; reason: string } {
  const measured = timings.filter((t) => t.msPerStep !== undefined && Number.isFinite(t.msPerStep));
  if (measured.length === 0) {
    throw new Error(`no backend could train images (${timings.map((t) => `${t.backend}: ${t.note ?? 'not measured'}`).join('; ')})`);
  }
  const best = [...measured].sort((a, b) => a.msPerStep! - b.msPerStep!)[0];
  const table = timings
    .map((t) => (t.msPerStep !== undefined ? `${t.backend} ${t.msPerStep.toFixed(1)} ms` : `${t.backend} skipped (${t.note})`))
    .join(', ');
  return { backend: best.backend, reason: `fastest measured image training step: ${best.backend} (${table})` };
}
