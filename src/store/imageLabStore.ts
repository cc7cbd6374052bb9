/**
 * UI state of the image lab: discrete choices and the last results the worker sent.
 * Kept apart from the toy store so the lab loads lazily; parameters default to the attack
 * registry, with a few image-scale overrides (IMAGE_PARAM_DEFAULTS).
 */
import { create } from 'zustand';
import type { AttackName, AttackParams } from '../core/attacks/types';
import type { ImageDatasetId } from '../core/datasets/mnist14';
import type { ABResult, ABRow, ImageAttackResult, ImageLabInfo, ImageSliceResult, ImageThumbnails } from '../engine/imageTypes';
import { idleJob, type JobState } from './jobState';

/**
 * Image-scale starting values: flip distances on MNIST-14 are ~0.4 (L2), so PGD stops at the
 * first flip (Experiment A's perturbation) with small steps; CW is shortened so one attack
 * stays within a few seconds of worker time.
 */
export const IMAGE_PARAM_DEFAULTS: Partial<Record<AttackName, AttackParams>> = {
  pgdL2: { eps: 2, steps: 100, relStepSize: 0.01, randomStart: false, earlyStop: true },
  pgdOnManifold: { eps: 4, steps: 400, relStepSize: 0.005, randomStart: false, earlyStop: true },
  pgdOffManifold: { eps: 2, steps: 100, relStepSize: 0.01, randomStart: false, earlyStop: true },
  cwL2: { binarySearchSteps: 5, steps: 200 },
};

/** Experiments A+B as a job, with the rows finished so far (they arrive with its progress). */
export interface AbState extends JobState<ABResult> {
  count: number;
  rows: ABRow[];
}

export interface ImageLabState {
  /** Attack the shipped (or a trained) classifier, or train one in the browser. */
  mode: 'attack' | 'train';
  status: 'idle' | 'loading' | 'ready' | 'error';
  message: string;
  info: ImageLabInfo | null;
  dataset: ImageDatasetId;
  k: number;
  thumbs: ImageThumbnails | null;
  /** Chosen test image, or null when a drawn digit is used. */
  selected: number | null;
  drawn: Float32Array | null;
  attackId: AttackName;
  params: Partial<Record<AttackName, AttackParams>>;
  attack: ImageAttackResult | null;
  attackBusy: boolean;
  slice: ImageSliceResult | null;
  sliceBusy: boolean;
  sliceThird: 'attack' | 'normal';
  /** Slice half-width in L2 units; null = automatic. */
  sliceExtent: number | null;
  ab: AbState;
}

export const useImageLab = create<ImageLabState>()(() => ({
  mode: 'attack',
  status: 'idle',
  message: '',
  info: null,
  dataset: 'mnist14',
  k: 16,
  thumbs: null,
  selected: 0,
  drawn: null,
  attackId: 'pgdL2',
  params: structuredClone(IMAGE_PARAM_DEFAULTS),
  attack: null,
  attackBusy: false,
  slice: null,
  sliceBusy: false,
  sliceThird: 'attack',
  sliceExtent: null,
  ab: { ...idleJob<ABResult>(), count: 100, rows: [] },
}));

/**
 * The first test image the classifier gets right (preds[i] === labels[i]), so the digit the
 * lab starts on has a label to flip away from; an attack on a misclassified digit stops at
 * once. Returns 0 when every thumbnail is misclassified (or there are none).
 */
export function firstCorrectIndex(thumbs: Pick<ImageThumbnails, 'labels' | 'preds'>): number {
  const i = thumbs.labels.findIndex((label, j) => thumbs.preds[j] === label);
  return i < 0 ? 0 : i;
}

export function patchAb(patch: Partial<AbState>): void {
  useImageLab.setState((s) => ({ ab: { ...s.ab, ...patch } }));
}
