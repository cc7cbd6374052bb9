/**
 * The image-lab part of the worker protocol (docs/science.md §3): what the page asks for
 * (load, thumbnails, an attack on a digit, a 3-D slice, Experiments A+B) and what comes back.
 * Images are flat Float32Arrays of n = side * side pixels in [0, 1].
 */
import type { AttackName, AttackParams } from '../core/attacks/types';
import type { ImageDatasetId } from '../core/datasets/mnist14';
import type { AttackSummary } from './attackTypes';
import type { JobProgress } from './jobTypes';
import type { ABResult, ABRow } from '../core/experiments/experimentAB';

export interface ImageLabChoice {
  dataset: ImageDatasetId;
  /** Autoencoder latent size k (8, 16, 32). */
  k: number;
  /** Absolute URL of the folder that serves public/data (the page knows it, the worker does not). */
  dataBase: string;
}

export interface ImageLabInfo {
  dataset: ImageDatasetId;
  k: number;
  n: number;
  side: number;
  numClasses: number;
  testCount: number;
  classifierId: string;
  classifierArchitecture: string;
  testAccuracy: number | null;
  autoencoderId: string;
  autoencoderArchitecture: string;
  reconstructionMse: number | null;
  /** Latent sizes with a shipped autoencoder for this data set. */
  availableK: number[];
  /** Set while a user's model replaces the shipped classifier. */
  imported?: ImportedModelInfo;
  /** Set while a user's autoencoder replaces the shipped one (the manifold estimate). */
  importedAutoencoder?: { name: string; sha256: string; k: number; inputShape: number[]; bytes: number };
}

export interface ImportedModelInfo {
  name: string;
  /** Hex SHA-256 of model.json followed by its weights. */
  sha256: string;
  /** Input shape without the batch axis, e.g. [196] or [14, 14, 1]. */
  inputShape: number[];
  strippedSoftmax: 'layer' | 'activation' | null;
  /** Bytes of model.json and its weights (a scene file embeds them as base64, 4/3 as many). */
  bytes: number;
  /** E.g. near-chance test accuracy (pixel scaling?); null when none. */
  warning: string | null;
}

/** One file of an imported model as picked by the user (model.json or a weights shard). */
export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImageThumbnails {
  side: number;
  /** count x n bytes (0-255). */
  pixels: Uint8Array;
  labels: Int32Array;
  /** The classifier's prediction for each thumbnail. */
  preds: Int32Array;
}

export interface ImageAttackRequest {
  attackId: AttackName;
  params?: AttackParams;
  /** A test image... */
  index?: number;
  /** ...or a drawn one (length n). */
  pixels?: Float32Array;
  target?: number;
}

export type PanelKey = 'x' | 'delta' | 'tangent' | 'normal' | 'adv' | 'advTangent' | 'advNormal';

/** One image of the paper's row x | δ | P_T δ | P_N δ | x+δ | x+P_T δ | x+P_N δ. */
export interface ImagePanel {
  key: PanelKey;
  title: string;
  /** 'image': intensities; 'diff': a signed perturbation (diverging colour map). */
  kind: 'image' | 'diff';
  pixels: Float32Array;
  /** L2 norm of the perturbation this panel shows or adds. */
  norm: number;
  /** Prediction and its softmax probability (images only). */
  pred: number | null;
  confidence: number | null;
}

export interface ImageAttackResult extends AttackSummary {
  /** Tangent dimension (numerical rank of dD/dz) and the §4 null of ρ. */
  rank: number;
  nullMean: number;
  nullLo: number;
  nullHi: number;
  /**
   * Support-matched null of ρ (docs/science.md §4): δ's own per-pixel magnitudes with random signs;
   * exact mean, 2.5 / 97.5 % quantiles, and the pixels where δ ≠ 0. Null when δ = 0.
   */
  supportNull: { mean: number; lo: number; hi: number; support: number } | null;
  /** |D(E(x)) − x|² / n: how far x is from the AE manifold. */
  reconMse: number;
  panels: ImagePanel[];
  elapsedMs: number;
}

export interface ImageSliceRequest {
  /** Grid vertices per axis. */
  res?: number;
  /** Third axis: the attack's own direction beyond the two tangent axes, or the steepest normal one. */
  third?: 'attack' | 'normal';
  /** Half-width of the slice in L2 units (default: 2 |δ|, at least 0.5). */
  extent?: number;
}

/** A 3-D slice's decision boundary: the margin-0 surface of a res³ grid over [-extent, extent]³. */
export interface SliceVolume {
  res: number;
  /** Half-width, L2 units; world units are the slice scaled to [-1, 1]³. */
  extent: number;
  /** Marching-cubes mesh of margin = 0 in world units. */
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
  /** Share of grid vertices on the original class's side. */
  originalShare: number;
}

export interface ImageSliceResult extends SliceVolume {
  /** Attack path projected on the three axes, world units (m x 3); empty without an attack. */
  path: Float32Array;
  axisLabels: [string, string, string];
  /** The digit x and the slice's unit axes (length n each): the point at world w is x + extent·Σ w_a·axes[a]. */
  x0: Float32Array;
  axes: [Float32Array, Float32Array, Float32Array];
  /** x's predicted class (the surface is its margin's zero level). */
  cls: number;
  computeMs: number;
}

export interface AbRequest {
  /** The first `count` test images (misclassified ones are skipped). */
  count: number;
  /** Keep attacked images in the [0, 1] pixel box (default true). */
  clip?: boolean;
}

/** Progress of Experiments A+B: one message per finished digit, with its row. */
export interface AbProgress extends JobProgress {
  row: ABRow;
}

export type { ABResult, ABRow };
