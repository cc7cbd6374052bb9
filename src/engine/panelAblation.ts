import { JsTrainer } from '../core/model/jsTrainer';
import { marginRuleMet } from '../core/model/trainer';
import { sanitizeTrainConfig } from '../core/model/trainConfig';
import type { Manifold } from '../core/datasets/types';
import { median } from '../core/stats';
import { computeBoundary } from './boundary';
import { computeMetrics } from '../core/geometry/snapshotMetrics';
import type { SceneData } from './protocol';
import type { AblationResult, AblationVariant } from './panelTypes';

/** Epochs per training burst; between bursts the loop may yield to the worker's other messages. */
const CHUNK = 25;
/** Longest stretch (ms) without yielding, so the engine's heartbeat and commands get through. */
const YIELD_MS = 40;

export interface AblationHooks {
  /** Variant index, its epoch and its epoch cap. */
  onProgress?: (variant: number, epoch: number, maxEpochs: number) => void;
  /** True when a newer request superseded this one. */
  shouldStop?: () => boolean;
  /** Lets other work run (a macrotask in the worker). */
  pause?: () => Promise<void>;
}

/**
 * Train every variant from its seeded init on the same data with the plain-JS trainer until
 * the paper's stop rule (all correct, margin > target, docs/science.md §2) or its epoch cap, then
 * measure C, the median |D_i| (§6) and the boundary. Returns null when stopped.
 */
export async function runAblationOn(
  scene: SceneData,
  manifold: Manifold,
  variants: AblationVariant[],
  res: number,
  hooks: AblationHooks = {},
): Promise<{ results: AblationResult[]; transfer: Transferable[] } | null> {
  const results: AblationResult[] = [];
  const transfer: Transferable[] = [];
  let lastYield = performance.now();
  for (let v = 0; v < variants.length; v++) {
    const { config } = sanitizeTrainConfig(variants[v].config);
    const trainer = new JsTrainer(scene.points, scene.labels, manifold.n, scene.numClasses, config);
    try {
      let stats = await trainer.stats();
      const done = () => marginRuleMet(stats, config.marginTarget);
      while (!done() && trainer.epoch < config.maxEpochs) {
        stats = await trainer.train(Math.min(CHUNK, config.maxEpochs - trainer.epoch), config.marginTarget);
        if (!Number.isFinite(stats.loss)) break;
        if (performance.now() - lastYield > YIELD_MS) {
          hooks.onProgress?.(v, trainer.epoch, config.maxEpochs);
          await hooks.pause?.();
          lastYield = performance.now();
          if (hooks.shouldStop?.()) return null;
        }
      }
      const weights = await trainer.exportWeights();
      const { clinging, dimples } = computeMetrics(weights, manifold, scene);
      const b = computeBoundary(weights, manifold, res);
      transfer.push(...b.transfer);
      results.push({
        id: variants[v].id,
        epochs: trainer.epoch,
        converged: done(),
        accuracy: stats.accuracy,
        clinging,
        medianAbsDimple: median(Array.from(dimples, Math.abs)),
        boundary: b.event,
      });
      hooks.onProgress?.(v, trainer.epoch, trainer.epoch);
    } finally {
      trainer.dispose();
    }
  }
  return { results, transfer };
}
