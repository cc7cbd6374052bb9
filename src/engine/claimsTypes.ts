import type { DimpleSummary } from '../core/experiments/dimpleComparison';
import type { AdvEpochRecord } from '../core/experiments/adversarialTraining';
import type { PerturbationNorm } from '../core/experiments/evaluate';
import type { AlignmentSeries } from '../core/experiments/gradientAlignment';
import type { ParadoxResult, TargetRule } from '../core/experiments/paradox';
import type { BoundaryPayload } from './panelTypes';

/** The three claims experiments of the Claims view. */
export type ClaimsRun = 'advtrain' | 'paradox' | 'align';

export interface AdvTrainingRequest {
  eps: number;
  norm: PerturbationNorm;
  steps: number;
  mix: number;
  epochs: number;
}

export interface ArmOutcome extends DimpleSummary {
  history: AdvEpochRecord[];
  boundary: BoundaryPayload;
}

export interface AdvTrainingOutcome {
  request: AdvTrainingRequest;
  before: DimpleSummary;
  standard: ArmOutcome;
  adversarial: ArmOutcome;
}

export interface ParadoxRequest {
  eps: number;
  target: TargetRule;
  /** Epoch cap of N1 and N2 (each stops earlier at the docs/science.md §2 margin rule). */
  epochs: number;
  norm?: PerturbationNorm;
  steps?: number;
  testCount?: number;
}

export type ParadoxNumbers = Omit<ParadoxResult, 'n1' | 'n2' | 'adversarial' | 'originalLabels'>;

export interface ParadoxOutcome extends ParadoxNumbers {
  request: Required<ParadoxRequest>;
  testCount: number;
  /** N2's training set: the adversarial points (rows of length n) and their wrong labels. */
  adversarialPoints: Float32Array;
  adversarialLabels: Int32Array;
  originalLabels: Int32Array;
  n1Boundary: BoundaryPayload | null;
  n2Boundary: BoundaryPayload | null;
}

export interface AlignmentRequest {
  /** Ambient dimension n and plane dimension k of the plane-in-R^n toy. */
  n: number;
  k: number;
  epochs: number;
  every: number;
}

export interface AlignmentOutcome extends AlignmentSeries {
  request: AlignmentRequest;
  trainCount: number;
  testCount: number;
}
