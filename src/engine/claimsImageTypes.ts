/**
 * The claims experiments on the shipped image data (MNIST-14, MNIST-28, Fashion-MNIST-14):
 * what the page (or the CLI) asks for and what comes back. The same requests drive the worker
 * and scripts/experiments/*-mnist.ts, through engine/claimsImageRuns.ts.
 */
import type { ImageDatasetId } from '../core/datasets/mnist14';
import type { AdvEpochRecord } from '../core/experiments/adversarialTraining';
import type { PerturbationNorm } from '../core/experiments/evaluate';
import type { AlignmentSeries } from '../core/experiments/gradientAlignment';
import type { TargetRule } from '../core/experiments/paradox';
import type { Table } from '../core/experiments/report';
import type { RobustnessSummary } from '../core/experiments/robustness';
import type { ParadoxNumbers } from './claimsTypes';

/** The image runs of the Claims view (one job slot each). */
export type ImageClaimRun = 'advtrainImages' | 'paradoxImages' | 'alignImages';

/** What every image run shares: the data, the subset sizes, the fresh network and its seed. */
export interface ImageClaimBase {
  dataset: ImageDatasetId;
  /** Training images: the first trainCount of a seeded shuffle of the train split. */
  trainCount: number;
  /** Clean test images (another seeded shuffle of the test split). */
  testCount: number;
  /** Hidden widths, Adam learning rate and mini-batch size of the networks trained here. */
  hidden: number[];
  lr: number;
  batch: number;
  /** Seeds the subsets, the inits, the batches and the attacks. */
  seed: number;
}

/** Standard vs adversarial training (docs/science.md §1 item 4). */
export interface ImageAdvRequest extends ImageClaimBase {
  norm: PerturbationNorm;
  /** PGD budget in pixel units (images in [0, 1]). */
  eps: number;
  steps: number;
  /** Share of every batch replaced by PGD examples. */
  mix: number;
  epochs: number;
  /** Test images for robust accuracy, the boundary distance and rho_d / rho_g. */
  evalCount: number;
  /** Latent size of the shipped autoencoder whose tangent space rho is measured against. */
  aeK: number;
}

/** The mislabelled-data paradox: N1 = the shipped MLP, N2 fresh (Ilyas et al. 2019, §1 item 5). */
export interface ImageParadoxRequest extends ImageClaimBase {
  norm: PerturbationNorm;
  eps: number;
  steps: number;
  /** Random other class and/or y+1 mod 10; one N2 per target rule. */
  targets: Exclude<TargetRule, 'other'>[];
  /** Epochs of N2 (no margin stop: it trains the full count). */
  n2Epochs: number;
}

/** rho_g(t) over training against the autoencoder tangent space (§6). */
export interface ImageAlignRequest extends ImageClaimBase {
  epochs: number;
  every: number;
  aeK: number;
}

export interface ImageClaimRequests {
  advtrainImages: ImageAdvRequest;
  paradoxImages: ImageParadoxRequest;
  alignImages: ImageAlignRequest;
}

export interface ImageAdvArm {
  name: 'standard' | 'adversarial';
  testAccuracy: number;
  robustness: RobustnessSummary;
  history: AdvEpochRecord[];
  /** Wall time of the arm's training (s); not part of the result's numbers. */
  seconds: number;
}

export interface ImageAdvOutcome {
  request: ImageAdvRequest;
  /** Pixels per image (the null of rho is k/n). */
  n: number;
  autoencoderId: string;
  arms: ImageAdvArm[];
  /** The CLI's table (markdown there, HTML in the page, CSV in the export). */
  table: Table;
  seconds: number;
}

export interface ImageParadoxRun {
  target: Exclude<TargetRule, 'other'>;
  numbers: ParadoxNumbers;
  seconds: number;
}

export interface ImageParadoxOutcome {
  request: ImageParadoxRequest;
  n1Id: string;
  runs: ImageParadoxRun[];
  table: Table;
  seconds: number;
}

export interface ImageAlignOutcome extends AlignmentSeries {
  request: ImageAlignRequest;
  autoencoderId: string;
  table: Table;
  seconds: number;
}

export interface ImageClaimOutcomes {
  advtrainImages: ImageAdvOutcome;
  paradoxImages: ImageParadoxOutcome;
  alignImages: ImageAlignOutcome;
}

/** A run's duration predicted from per-step costs measured on this machine before it starts. */
export interface ImageClaimEstimate {
  seconds: number;
  /** How the estimate was made (the measured unit costs and the counts). */
  basis: string;
}
