/**
 * Intrinsic coordinates for the toy manifolds, so layouts and label patterns are written once
 * for all of them. Internal to datasets/: the shared Manifold interface stays minimal.
 */
import type { Rng } from '../rng';
import type { Manifold } from './types';

export interface Chart {
  /** Number of intrinsic coordinates (= manifold.k). */
  readonly dim: number;
  /** Which coordinates wrap around (the sphere's azimuth). */
  readonly periodic: readonly boolean[];
  /** Point of M at chart coordinates u ∈ [0,1]^dim (the data hull maps to the unit cube). */
  toPoint(u: ArrayLike<number>): Float64Array;
  /** Chart coordinates of a point on M (inverse of toPoint). */
  toCoords(x: ArrayLike<number>): Float64Array;
  /** A point drawn uniformly (w.r.t. surface measure) from the data hull on M. */
  sampleUniform(rng: Rng): Float64Array;
  /** Optional regular layout of about `count` points, when the chart grid is a poor fit. */
  gridPoints?(count: number): Float64Array[];
}

/** A manifold that also carries a chart (all toys except the two-sphere union). */
export interface ChartedManifold extends Manifold {
  readonly chart: Chart;
}

/** Points per axis of a regular grid with at most `count` points in `dim` dimensions. */
export function gridSide(count: number, dim: number): number {
  return Math.max(1, Math.floor(Math.pow(count, 1 / dim) + 1e-9));
}

/**
 * Chart coordinates of an m^dim grid, u_i = i/(m−1) (edges included, like the paper's
 * {0, .25, .5, .75, 1}); first coordinate varies slowest. m = 1 gives the centre.
 */
export function gridCoords(m: number, dim: number): Float64Array[] {
  const out: Float64Array[] = [];
  const total = Math.pow(m, dim);
  for (let idx = 0; idx < total; idx++) {
    const u = new Float64Array(dim);
    let r = idx;
    for (let d = dim - 1; d >= 0; d--) {
      const i = r % m;
      r = Math.floor(r / m);
      u[d] = m === 1 ? 0.5 : i / (m - 1);
    }
    out.push(u);
  }
  return out;
}

export function unitVector(n: number, i: number): Float64Array {
  const e = new Float64Array(n);
  e[i] = 1;
  return e;
}

export function checkDim(x: ArrayLike<number>, n: number, who: string): void {
  if (x.length !== n) throw new Error(`${who}: expected a point of length ${n}, got ${x.length}`);
}
