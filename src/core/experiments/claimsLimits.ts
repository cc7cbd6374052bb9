/**
 * The ranges of the claims experiments' inputs: the page's fields show them, the engine's
 * request checks clamp into them (the CLI goes through the same checks). Toy runs and image runs.
 */
import { TRAIN_LIMITS } from '../model/trainConfig';

export const CLAIMS_LIMITS = {
  eps: [0.001, 1],
  steps: [1, 100],
  mix: [0, 1],
  epochs: [1, 5000],
  n: [3, 784],
  every: [1, 1000],
  testCount: [10, 5000],
} as const;

export const IMAGE_CLAIMS_LIMITS = {
  ...CLAIMS_LIMITS,
  trainCount: [16, 60000],
  testCount: [10, 10000],
  evalCount: [1, 2000],
  width: [1, 1024],
  layers: [1, 4],
  lr: [TRAIN_LIMITS.minLearningRate, 1],
  batch: [1, 4096],
  /** L2 budgets in pixel units reach a few units on 196 or 784 pixels; L∞ stops at 1. */
  eps: [0.001, 10],
  /** An MNIST epoch costs seconds, not milliseconds as on a toy. */
  epochs: [1, 500],
  aeK: [8, 32],
  seed: [0, 2 ** 31 - 1],
} as const;
