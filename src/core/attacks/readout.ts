import type { AttackKind, AttackName } from './types';
import type { StartStatus } from './confirmAdversarial';

/**
 * What one attack measures (docs/science.md §6 "attack decomposition"), shared by the worker that
 * computes it and the page that shows it. Dimension-agnostic: every point is a flat
 * Float32Array of length n (n = 2, 3 for the toys, 196 for 14x14 images).
 */

/** The null of docs/science.md §4 for the tangent share ρ: Beta(k/2, (n−k)/2). */
export interface NullSummary {
  k: number;
  n: number;
  mean: number;
  sd: number;
  lo: number;
  hi: number;
}

/** Everything the readout shows about one attack (docs/science.md §6 "attack decomposition"). */
export interface AttackReadout {
  attackId: AttackName;
  /** Fixed budget (‖δ‖ is the ε spent) or minimal distance (‖δ‖ ends at the first crossing). */
  kind: AttackKind;
  n: number;
  x0: Float32Array;
  /** Every iterate, row-major (steps x n); row 0 is x0. */
  trajectory: Float32Array;
  final: Float32Array;
  /** The boundary crossing on the segment into the first flipped iterate, or null. */
  crossing: Float32Array | null;
  /** ‖crossing − x0‖₂: how far along the path the boundary was, for every kind of attack; null without a crossing. */
  crossingL2: number | null;
  success: boolean;
  /** 'in-target' / 'misclassified': the start was already there; nothing flipped, nothing counted. */
  start: StartStatus;
  flipStep: number | null;
  steps: number;
  originalClass: number;
  finalClass: number;
  /** Probability the model gives its predicted class at x0 and at the final point. */
  originalConfidence: number;
  finalConfidence: number;
  target: number | null;
  l2: number;
  linf: number;
  rho: number;
  tangentNorm: number;
  normalNorm: number;
  angleDeg: number;
  nullRho: NullSummary;
  /** P_T δ and P_N δ with δ = final − x0, split by the tangent basis at x0 (for the arrows). */
  tangentPart: Float32Array;
  normalPart: Float32Array;
}

/** What every attack readout reports, toys and images alike (docs/science.md §6 decomposition). */
export interface AttackSummary {
  attackId: AttackName;
  /** Training / test point index, or null for a free start point. */
  index: number | null;
  label: number | null;
  originalClass: number;
  finalClass: number;
  success: boolean;
  /** Clean, or already in the target class / misclassified (left out of every statistic). */
  start: StartStatus;
  flipStep: number | null;
  steps: number;
  l2: number;
  linf: number;
  rho: number;
  angleDeg: number;
}

/** One table / CSV row: the scalar part of a readout. */
export interface AttackRow extends AttackSummary {
  kind: AttackKind;
  /** ‖c − x0‖₂ for the path's first boundary crossing c (compares across kinds); null without one. */
  crossingL2: number | null;
  tangentNorm: number;
  normalNorm: number;
  originalConfidence: number;
  finalConfidence: number;
  /** Minimal L2 flip norms, unconstrained / on-manifold / off-manifold (batch only, null = no flip). */
  freeNorm?: number | null;
  onNorm?: number | null;
  offNorm?: number | null;
}

/** r_on, r_off and the consistency check of docs/science.md §3 Exp. B and §4. */
export interface ConstrainedSummary {
  meanFree: number;
  meanOn: number;
  meanOff: number;
  rOn: number;
  rOff: number;
  consistency: number;
  /** |consistency − 1| > 0.25: the local-linear picture does not hold for this run. */
  flagged: boolean;
  /** Points where all three modes flipped (the means use only these). */
  used: number;
  failed: { free: number; on: number; off: number };
}
