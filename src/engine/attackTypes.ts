import type { AttackName, AttackParams } from '../core/attacks/types';
import type { AttackReadout, AttackRow, ConstrainedSummary, NullSummary } from '../core/attacks/readout';

export type { AttackReadout, AttackRow, AttackSummary, ConstrainedSummary, NullSummary } from '../core/attacks/readout';

/**
 * The attack part of the worker protocol (issue 3): requests, the readout of one attack,
 * batch rows, and the events that stream them to the page. Dimension-agnostic: every point
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

export interface AttackProgressEvent {
  type: 'attack-progress';
  runId: number;
  attackId: AttackName;
  n: number;
  /** The iterates so far, row-major. */
  trajectory: Float32Array;
}

export interface AttackResultEvent {
  type: 'attack-result';
  runId: number;
  pointIndex: number | null;
  /** Part of a "run all attacks" sweep (the page shows only the chosen attack's readout). */
  sweep: boolean;
  readout: AttackReadout;
  /** Worker time from request to result, ms. */
  elapsedMs: number;
}

export interface AttackBatchProgressEvent {
  type: 'attack-batch-progress';
  phase: 'attack' | 'constrained';
  done: number;
  total: number;
}

export type AttackEvent = AttackProgressEvent | AttackResultEvent | AttackBatchProgressEvent;
