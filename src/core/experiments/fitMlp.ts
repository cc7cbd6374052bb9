/** Train a fresh toy MLP with the plain-JS trainer until the §2 stop rule or maxEpochs. */
import { JsTrainer } from '../model/jsTrainer';
import type { MlpWeights } from '../model/mlpWeights';
import type { TrainConfig } from '../model/trainConfig';
import type { StepStats } from '../model/trainer';
import type { LabelledSet } from './evaluate';
import type { Checkpoint } from './checkpoint';

export interface FitResult {
  weights: MlpWeights;
  stats: StepStats;
}

export interface FitOptions {
  /** Epochs per burst between stop checks (default 10). */
  chunk?: number;
  onProgress?: (s: StepStats) => void;
  shouldStop?: () => boolean;
  checkpoint?: Checkpoint;
}

/**
 * Train until the smallest training margin exceeds config.marginTarget (docs/science.md §2) or
 * config.maxEpochs is reached; deterministic from config.seed.
 */
export async function fitMlp(set: LabelledSet, config: TrainConfig, opts: FitOptions = {}): Promise<FitResult> {
  const trainer = new JsTrainer(set.points, set.labels, set.n, set.numClasses, config);
  try {
    const chunk = Math.max(1, opts.chunk ?? 10);
    let stats = await trainer.stats();
    while (stats.minMargin <= config.marginTarget && trainer.epoch < config.maxEpochs && !opts.shouldStop?.()) {
      stats = await trainer.train(Math.min(chunk, config.maxEpochs - trainer.epoch));
      opts.onProgress?.(stats);
      await opts.checkpoint?.();
    }
    return { weights: await trainer.exportWeights(), stats };
  } finally {
    trainer.dispose();
  }
}
