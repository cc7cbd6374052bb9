/**
 * What the page and the worker exchange about an image-training run (docs/science.md §3, §4):
 * the run's settings, one record per epoch (metrics and the digit slice, as transferable typed
 * arrays), and in-epoch progress. Records travel through the start call's callback.
 */
import type { ImageDatasetId } from '../../core/datasets/mnist14';
import type { NullBand } from '../../core/experiments/trainingProbe';
import type { Stat } from '../../core/stats';
import type { ImageTrainerBackend } from '../../core/model/image/imageTrainer';
import type { SliceVolume } from '../imageTypes';

/** The attack paths from x (unconstrained, on- and off-manifold PGD-L2), one array each. */
export interface SlicePaths {
  free: Float32Array;
  on: Float32Array;
  off: Float32Array;
}

/**
 * The 3-D slice x + a·u + b·t₂ + c·v through the digit (core/geometry/digitSlicePlane.ts): the
 * plane of DigitSlice is its b = 0 section. World units are the slice scaled to [-1, 1]³.
 */
export interface DigitVolume extends SliceVolume {
  /** The second tangent direction t₂ (unit, length n). */
  t2: Float32Array;
  /** res³ margins of class cls at x + a·u + b·t₂ + c·v, a fastest (a, b, c = gridCoord of i, j, k). */
  margins: Float32Array;
  /** Attack paths projected on (u, t₂, v), world units, triples; empty if that run did not flip. */
  paths: SlicePaths;
  /** Worker time of the grid and its mesh, ms. */
  computeMs: number;
}

export interface ImageTrainSettings {
  dataset: ImageDatasetId;
  model: 'mlp' | 'cnn';
  optimizer: 'adam' | 'sgd';
  learningRate: number;
  batchSize: number;
  epochs: number;
  initScale: number;
  weightDecay: number;
  seed: number;
  /** Autoencoder latent size of the manifold estimate (8, 16, 32). */
  k: number;
  /** Test digit the live slice goes through. */
  sliceIndex: number;
  /** Half-width of the slice, L2 units of pixel space. */
  sliceExtent: number;
  /** Absolute URL of public/data (only the page knows it). */
  dataBase: string;
}

/** What the metric pass measures and how often (shown in the UI). */
export interface ProbeInfo {
  gradientCount: number;
  attackCount: number;
  probeSeed: number;
  evalCount: number;
  /** The rule that decides when the attack probe runs (each record says the plan then in force). */
  cadence: string;
  /** Largest share of training time the metric passes may take (0.25). */
  budget: number;
  nullMean: number;
  nullLo: number;
  nullHi: number;
  k: number;
  n: number;
}

export interface AttackMetrics {
  free: Stat;
  on: Stat;
  off: Stat;
  rhoDelta: Stat;
  /** ρ_δ's support-matched null (docs/science.md §4), averaged over the digits that flipped. */
  deltaNull: NullBand;
  rOn: number | null;
  rOff: number | null;
  consistency: number | null;
  complete: number;
  attacked: number;
  seconds: number;
}

/** The slice through the chosen digit at one epoch (core/geometry/digitSlicePlane.ts). */
export interface DigitSlice {
  epoch: number;
  index: number;
  /** Predicted class at x (the margin is of this class). */
  cls: number;
  res: number;
  /** Half-width, L2 units. */
  extent: number;
  /** res² margins z_cls − max_{j≠cls} z_j, a fastest (vertex (i, j) at index i + res·j). */
  margins: Float32Array;
  /** res² predicted classes. */
  classes: Uint8Array;
  /** Margin-0 curve, segments [a0, b0, a1, b1, ...] in L2 units. */
  segments: Float32Array;
  /** x, and the plane's unit axes u (leading tangent) and v (P_N g normalised), length n each. */
  x0: Float32Array;
  u: Float32Array;
  v: Float32Array;
  /** Attack paths from x in plane coordinates, pairs (a, b); empty if that run did not flip. */
  paths: SlicePaths;
  /** The 3-D slice with the second tangent direction; null when the tangent space is a line or it was not asked for. */
  volume: DigitVolume | null;
  flipNorms: { free: number | null; on: number | null; off: number | null };
  /** |P_N g| / |g| at x. */
  normalShare: number;
}

export interface EpochRecord {
  kind: 'epoch';
  epoch: number;
  steps: number;
  /** Seconds spent in optimiser steps so far, and in metric passes so far. */
  trainSeconds: number;
  metricSeconds: number;
  /**
   * Where this epoch's metric pass spent its time, seconds: loss and accuracy, ρ_g with its null,
   * the live slice, and the attack probe (init's deferred attacks included at the epoch they ran).
   */
  passSeconds: { evaluation: number; gradient: number; slice: number; attack: number };
  /**
   * Running mean of this epoch's batch losses, each taken before its own update (NaN at init):
   * the early batches saw worse weights, so it sits above a loss measured after the epoch.
   */
  trainLoss: number;
  /** Loss on the fixed training digits after the epoch (like for like with testLoss). */
  trainLossAfter: number;
  trainAccuracy: number;
  testLoss: number;
  testAccuracy: number;
  rhoGrad: Stat;
  /** ρ_g's support-matched null (docs/science.md §4), averaged over the gradient probe. */
  gradNull: NullBand;
  /** null when the attack probe did not run this epoch (cadence); init's may arrive later as an AttackPatch. */
  attack: AttackMetrics | null;
  /** The attack cadence in force after this epoch, in words (which probe, how often, why). */
  cadence: string;
  slice: DigitSlice | null;
  /** A weight snapshot was recorded at this epoch (the timeline). */
  snapshot: boolean;
}

export interface TrainProgress {
  kind: 'progress';
  epoch: number;
  step: number;
  stepsPerEpoch: number;
  loss: number;
  /** What the worker is doing now. */
  phase: 'training' | 'metrics';
}

/**
 * The attack probe of an earlier epoch, run later on that epoch's stored weights: init's attacks
 * wait for the first epoch, whose measured time decides how many digits the budget allows.
 */
export interface AttackPatch {
  kind: 'attack';
  epoch: number;
  attack: AttackMetrics;
}

export type TrainMessage = EpochRecord | TrainProgress | AttackPatch;

export interface TrainRunInfo {
  backend: ImageTrainerBackend;
  /** Why this backend (measured step times or the hardware adapter). */
  backendReason: string;
  architecture: string;
  trainCount: number;
  stepsPerEpoch: number;
  probe: ProbeInfo;
}

export interface TrainRunEnd {
  state: 'paused' | 'done' | 'cancelled' | 'error';
  epoch: number;
  message?: string;
}
