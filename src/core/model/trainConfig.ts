import type { HiddenActivation } from './mlpWeights';

export const OPTIMIZERS = ['adam', 'sgd'] as const;
export type OptimizerName = (typeof OPTIMIZERS)[number];

/** Everything that defines a training run of a toy MLP (docs/science.md §2). */
export interface TrainConfig {
  /** Hidden layer widths, e.g. [400] for the paper's 3-400-1 network. */
  hidden: number[];
  activation: HiddenActivation;
  /** Multiplies the PyTorch-default init (U(±1/sqrt(fan_in))); 1/3 is the small-init ablation. */
  initScale: number;
  optimizer: OptimizerName;
  learningRate: number;
  /** Coupled L2 penalty (weightDecay/2)·|W|² added to the loss. */
  weightDecay: number;
  /** 0 = full batch; otherwise mini-batch size (shuffled each epoch from the seed). */
  batchSize: number;
  seed: number;
  /** Stop when the smallest signed training margin exceeds this (0.01 in the paper's code). */
  marginTarget: number;
  maxEpochs: number;
}

/** The paper's 3-D recipe: 3-400-1 ReLU, standard init, full-batch Adam lr 0.01 (docs/science.md §2). */
export const PAPER_RECIPE: TrainConfig = {
  hidden: [400],
  activation: 'relu',
  initScale: 1,
  optimizer: 'adam',
  learningRate: 0.01,
  weightDecay: 0,
  batchSize: 0,
  seed: 1,
  marginTarget: 0.01,
  maxEpochs: 2000,
};

/** The later code's setting: init divided by 3, SGD lr 0.05 — clings far less (docs/science.md §2, §5). */
export const SMALL_INIT_RECIPE: TrainConfig = {
  ...PAPER_RECIPE,
  initScale: 1 / 3,
  optimizer: 'sgd',
  learningRate: 0.05,
  maxEpochs: 30000,
};

/** The ranges a run accepts; the settings registry (store/settings.ts) offers the same ranges. */
export const TRAIN_LIMITS = {
  maxWidth: 1024,
  maxDepth: 6,
  maxEpochs: 1_000_000,
  /** One floor for every learning rate (toy and image-lab settings, the worker, the claims), so a link and a run agree on the smallest rate. */
  minLearningRate: 1e-6,
  maxLearningRate: 10,
  minInitScale: 1e-4,
  maxInitScale: 10,
  maxWeightDecay: 1,
} as const;

/** Clamp a config into safe ranges; returns the repaired config and what was changed. */
export function sanitizeTrainConfig(c: TrainConfig): { config: TrainConfig; notes: string[] } {
  const notes: string[] = [];
  const fin = (v: number, d: number, name: string) => {
    if (Number.isFinite(v)) return v;
    notes.push(`${name} was not a number; reset to ${d}`);
    return d;
  };
  let hidden = c.hidden.filter((h) => Number.isFinite(h) && h >= 1).map((h) => Math.round(h));
  if (hidden.length === 0) {
    hidden = [...PAPER_RECIPE.hidden];
    notes.push('no hidden layer given; using [400]');
  }
  if (hidden.length > TRAIN_LIMITS.maxDepth) {
    hidden = hidden.slice(0, TRAIN_LIMITS.maxDepth);
    notes.push(`depth capped at ${TRAIN_LIMITS.maxDepth} hidden layers`);
  }
  if (hidden.some((h) => h > TRAIN_LIMITS.maxWidth)) {
    hidden = hidden.map((h) => Math.min(h, TRAIN_LIMITS.maxWidth));
    notes.push(`width capped at ${TRAIN_LIMITS.maxWidth}`);
  }
  const lr = fin(c.learningRate, PAPER_RECIPE.learningRate, 'learning rate');
  return {
    notes,
    config: {
      ...c,
      hidden,
      initScale: Math.min(TRAIN_LIMITS.maxInitScale, Math.max(TRAIN_LIMITS.minInitScale, fin(c.initScale, 1, 'init scale'))),
      learningRate: Math.min(TRAIN_LIMITS.maxLearningRate, Math.max(TRAIN_LIMITS.minLearningRate, lr)),
      weightDecay: Math.min(TRAIN_LIMITS.maxWeightDecay, Math.max(0, fin(c.weightDecay, 0, 'weight decay'))),
      batchSize: Math.max(0, Math.round(fin(c.batchSize, 0, 'batch size'))),
      seed: Math.round(fin(c.seed, 1, 'seed')) >>> 0,
      marginTarget: fin(c.marginTarget, 0.01, 'margin target'),
      maxEpochs: Math.min(TRAIN_LIMITS.maxEpochs, Math.max(1, Math.round(fin(c.maxEpochs, 2000, 'max epochs')))),
    },
  };
}
