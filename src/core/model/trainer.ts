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
  /**
   * Train `epochs` epochs, then report stats of the updated network. With `stopMargin`, stop
   * early after the first epoch whose network meets the margin rule (marginRuleMet): the stop
   * epoch then does not depend on how the caller chunks the epochs.
   */
  train(epochs: number, stopMargin?: number): Promise<StepStats>;
  /** Stats of the current network without training. */
  stats(): Promise<StepStats>;
  exportWeights(): Promise<MlpWeights>;
  /** Replace the weights (restore a checkpoint); optimiser state restarts. */
  loadWeights(w: MlpWeights, epoch: number): void;
  dispose(): void;
}

/**
 * The paper's stop rule (docs/science.md §2): every training point on its side with a signed logit
 * margin above `marginTarget`.
 */
export function marginRuleMet(s: Pick<StepStats, 'accuracy' | 'minMargin'>, marginTarget: number): boolean {
  return s.accuracy === 1 && s.minMargin > marginTarget;
}
