/**
 * A data manifold M (dimension k) inside R^n with exact geometry (docs/science.md §2, §6).
 * Bases are orthonormal row vectors: tangentBasis returns k vectors of length n,
 * normalBasis returns n - k vectors; together they span R^n.
 */
export interface Manifold {
  readonly kind: ManifoldKind;
  /** Ambient dimension n. */
  readonly n: number;
  /** Intrinsic dimension k. */
  readonly k: number;
  /** The view box (also the attack clip box) [lo, hi] per axis. */
  readonly bounds: { lo: number[]; hi: number[] };
  /** The nearest point of M to x (exact where the manifold allows it). */
  project(x: ArrayLike<number>): Float64Array;
  tangentBasis(x: ArrayLike<number>): Float64Array[];
  normalBasis(x: ArrayLike<number>): Float64Array[];
  /**
   * Probe points on M inside the data hull, used by the clinging metric C
   * (docs/science.md §6); e.g. the 21x21 grid on z = 0.5 for the plane.
   */
  probeGrid(): Float64Array[];
  /** Cap on the normal distance searched from M (0.5 for the unit-cube toys). */
  readonly normalCap: number;
}

export type ManifoldKind = 'line2d' | 'plane3d' | 'sheet3d' | 'sphere3d' | 'planeRn' | 'spheresRn';

/** A labelled point set on (or near) a manifold. Points are row-major, N x n. */
export interface Dataset {
  readonly manifold: Manifold;
  readonly n: number;
  readonly count: number;
  readonly points: Float32Array;
  readonly labels: Int32Array;
  readonly numClasses: number;
}
