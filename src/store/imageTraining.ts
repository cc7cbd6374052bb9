/**
 * The image-training run as the page sees it (zustand, discrete state only): status, the
 * run's facts, the epoch reached, in-epoch progress (throttled), the snapshot epochs and the
 * one being viewed. Per-epoch arrays live in imageTrainingLive.ts.
 */
import { create } from 'zustand';
import type { TrainRunInfo } from '../engine/imageTraining/trainingTypes';

export type TrainStatus = 'idle' | 'creating' | 'running' | 'paused' | 'done' | 'error';

export interface ImageTrainingState {
  status: TrainStatus;
  message: string;
  info: TrainRunInfo | null;
  epoch: number;
  /** Steps into the current epoch, and what the worker is doing. */
  progress: { step: number; stepsPerEpoch: number; phase: 'training' | 'metrics' };
  /** The attack cadence in force (the latest record's, in words). */
  cadence: string;
  /** Epochs with a weight snapshot (init, 1, 2, 5, 10, ...). */
  timeline: number[];
  /** Epoch shown in the slice view; null = live. */
  viewing: number | null;
  /** The run was loaded from a scene file: metrics only, no network. */
  fromFile: boolean;
  /** The lab's classifier is this run's network (label for the UI), or null. */
  inLab: string | null;
}

export const initialTrainingState = (): ImageTrainingState => ({
  status: 'idle',
  message: '',
  info: null,
  epoch: 0,
  progress: { step: 0, stepsPerEpoch: 0, phase: 'training' },
  cadence: '',
  timeline: [],
  viewing: null,
  fromFile: false,
  inLab: null,
});

export const useImageTraining = create<ImageTrainingState>()(initialTrainingState);
