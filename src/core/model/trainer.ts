import type { MlpWeights } from './mlpWeights';

/** Statistics of the network after a training burst. */
export interface StepStats {
  epoch: number;
  loss: number;
  accuracy: number;
  /** Smallest signed logit margin over the training set (docs/science.md §2 stop rule). */
  minMargin: number;
}

/** What the engine needs from a trainer, whichever kernels run it (tfjs or plain JS). */
export interface Trainer {
  readonly epoch: number;
  readonly outputs: number;
  /** Train `epochs` epochs, then report stats of the updated network. */
  train(epochs: number): Promise<StepStats>;
  /** Stats of the current network without training. */
  stats(): Promise<StepStats>;
  exportWeights(): Promise<MlpWeights>;
  /** Replace the weights (restore a checkpoint); optimiser state restarts. */
  loadWeights(w: MlpWeights, epoch: number): void;
  dispose(): void;
}
