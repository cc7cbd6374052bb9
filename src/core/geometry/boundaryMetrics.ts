/**
 * Boundary-to-manifold distances of docs/science.md §6: clinging C and dimple depths D_i.
 * The classifier is a black box `classOf(x)`; distances are found by a coarse scan along
 * ±normal then bisection, so thin pockets narrower than one scan step (cap/steps) can be
 * missed: that is the price of needing no gradients.
 */
import type { Classifier } from '../model/classifier';
import { predictClass } from '../model/classifier';
import type { Dataset, Manifold } from '../datasets/types';
import { createRng } from '../rng';
import { orthonormalize } from './orthonormalize';

export type ClassOf = (x: Float64Array) => number;

export interface CrossingOptions {
  /** Coarse scan steps per side (default 64). */
  steps?: number;
  /** Bisection bracket width (default 1e-4). */
  tol?: number;
}

export interface NormalSearchOptions extends CrossingOptions {
  /**
   * For codimension > 1: search this many seeded random unit directions of the normal space
   * instead of every normal basis vector (the cost is linear in the count). Default: all.
   */
  maxDirections?: number;
  /** Seed for those random directions (default 0). */
  seed?: number;
}

export function classOfFromClassifier(clf: Classifier): ClassOf {
  return (x) => predictClass(clf.logits(x));
}

/**
 * First |t| in (0, cap] at which classOf(p ± t·normal) differs from classOf(p); cap if none
 * (docs/science.md §6: "a column with no crossing counts as the cap").
 */
export function normalCrossing(
  classOf: ClassOf,
  p: ArrayLike<number>,
  normal: ArrayLike<number>,
  cap: number,
  opts: CrossingOptions = {},
): number {
  const steps = opts.steps ?? 64;
  const tol = opts.tol ?? 1e-4;
  const at = (t: number): number => {
    const x = new Float64Array(p.length);
    for (let i = 0; i < p.length; i++) x[i] = p[i] + t * normal[i];
    return classOf(x);
  };
  const c0 = at(0);
  let prev = 0;
  for (let s = 1; s <= steps; s++) {
    const t = (cap * s) / steps;
    let best = Infinity;
    for (const sign of [1, -1]) {
      if (at(sign * t) === c0) continue;
      // Bracket [prev, t]: same class at prev (scanned), different at t.
      let lo = prev;
      let hi = t;
      while (hi - lo > tol) {
        const mid = 0.5 * (lo + hi);
        if (at(sign * mid) === c0) lo = mid;
        else hi = mid;
      }
      best = Math.min(best, 0.5 * (lo + hi));
    }
    if (best < Infinity) return best;
    prev = t;
  }
  return cap;
}

/**
 * Directions searched from p: the single normal for codimension 1; for codimension > 1 every
 * normal basis vector (or `maxDirections` random unit normals), and the distance is the minimum
 * over them: the nearest boundary along any searched normal direction.
 */
export function normalDirections(manifold: Manifold, p: ArrayLike<number>, opts: NormalSearchOptions = {}): Float64Array[] {
  const basis = manifold.normalBasis(p);
  const m = opts.maxDirections;
  if (m === undefined || m >= basis.length) return basis;
  if (!(Number.isInteger(m) && m >= 1)) throw new Error(`maxDirections must be a positive integer (got ${m})`);
  const rng = createRng(opts.seed ?? 0);
  const dirs: Float64Array[] = [];
  for (let j = 0; j < m; j++) {
    const v = new Float64Array(manifold.n);
    for (const b of basis) {
      const c = rng.normal();
      for (let i = 0; i < v.length; i++) v[i] += c * b[i];
    }
    dirs.push(v);
  }
  return orthonormalize(dirs);
}

/** Normal distance from p on M to the boundary: min over the searched normal directions. */
export function distanceToBoundary(classOf: ClassOf, manifold: Manifold, p: ArrayLike<number>, opts: NormalSearchOptions = {}): number {
  let best = manifold.normalCap;
  for (const d of normalDirections(manifold, p, opts)) {
    best = Math.min(best, normalCrossing(classOf, p, d, best, opts));
  }
  return best;
}

/** Per-probe normal distances over manifold.probeGrid() (the terms of C). */
export function clingingProfile(classOf: ClassOf, manifold: Manifold, opts: NormalSearchOptions = {}): Float64Array {
  const probes = manifold.probeGrid();
  return Float64Array.from(probes, (p) => distanceToBoundary(classOf, manifold, p, opts));
}

/** Clinging C: mean normal distance from the probe grid on M to the boundary, capped (§6). */
export function clinging(classOf: ClassOf, manifold: Manifold, opts: NormalSearchOptions = {}): number {
  const d = clingingProfile(classOf, manifold, opts);
  let s = 0;
  for (const v of d) s += v;
  return s / d.length;
}

/**
 * Dimple depths D_i (§6): normal distance from each training point to the boundary, positive
 * when the point is classified correctly, negative when not.
 */
export function dimpleDepths(classOf: ClassOf, dataset: Dataset, opts: NormalSearchOptions = {}): Float64Array {
  const { n, count, points, labels, manifold } = dataset;
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const p = Float64Array.from(points.subarray(i * n, (i + 1) * n));
    const dist = distanceToBoundary(classOf, manifold, p, opts);
    out[i] = classOf(p) === labels[i] ? dist : -dist;
  }
  return out;
}
