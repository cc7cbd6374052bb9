import type { AttackName, AttackParams } from '../core/attacks/types';
import type { JobProgress } from './jobTypes';
import type { AttackReadout, AttackRow, ConstrainedSummary, NullSummary } from '../core/attacks/readout';

export type { AttackReadout, AttackRow, AttackSummary, ConstrainedSummary, NullSummary } from '../core/attacks/readout';
export type { StartStatus } from '../core/attacks/confirmAdversarial';

/**
 * The attack part of the worker protocol: requests, the readout of one attack,
 * batch rows, and the callbacks that stream paths and progress to the page with each call. Dimension-agnostic: every point
 * is a flat Float32Array of length n (n = 2, 3 for the toys, 196 for 14x14 images).
 */

export interface AttackRequest {
  attackId: AttackName;
  params?: AttackParams;
  /** Index of a training point in the current scene... */
  pointIndex?: number;
  /** ...or an explicit start point (e.g. a point on the manifold). */
  point?: ArrayLike<number>;
  /** Targeted attacks move towards this class. */
  target?: number;
}

export interface BatchResult {
  attackId: AttackName;
  rows: AttackRow[];
  nullRho: NullSummary;
  constrained: ConstrainedSummary | null;
  cancelled: boolean;
  elapsedMs: number;
}

export interface BatchRequest {
  attackId: AttackName;
  params?: AttackParams;
  target?: number;
  /** Also measure the minimal flip norms free/on/off (default true). */
  constrained?: boolean;
}

/** What one attack returns to the page: its table row, its readout and the worker's time. */
export interface AttackOutcome {
  row: AttackRow;
  readout: AttackReadout;
  /** Worker time from request to result, ms. */
  elapsedMs: number;
}

/** The path of `attackId` so far, row-major (iterates x n), sent while the attack runs. */
export type PathCallback = (attackId: AttackName, pathSoFar: Float32Array) => void;

/** Progress of a batch: the attack pass, then the minimal flip norms (docs/science.md §3, Experiment B). */
export interface BatchProgress extends JobProgress {
  stage: 'attack' | 'constrained';
}
