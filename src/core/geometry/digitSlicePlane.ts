/**
 * The 2-D slice of image space through a digit x (docs/science.md §3, §6): the plane
 * x + a·u + b·v with u the leading tangent direction of the AE manifold at x (largest singular
 * value of dD/dz) and v the off-manifold part of the margin gradient, P_N g / |P_N g|; and the
 * 3-D slice x + a·u + b·t₂ + c·v that adds the second tangent direction t₂ (the plane is its
 * b = 0 section). The coordinates are L2 distances in pixel space (u, t₂, v orthonormal). Grid
 * vertices are evaluated by the real network unclipped: the slice leaves the [0, 1] pixel box
 * away from x.
 */
import { projectNormal } from './projector';
import { orthonormalize } from './orthonormalize';

export interface SlicePlane {
  readonly x0: Float64Array;
  /** Leading tangent direction (unit). */
  readonly u: Float64Array;
  /** Normalised P_N g (unit, orthogonal to u). */
  readonly v: Float64Array;
  /** Second tangent direction (unit, orthogonal to u and v); null when the tangent space is a line. */
  readonly t2: Float64Array | null;
  /** |P_N g| / |g|: how much of the gradient is off the manifold (1 − ρ_g)^½. */
  readonly normalShare: number;
}

/** u = Q[0], t₂ = Q[1], v = P_N g normalised; a fixed normal direction if P_N g vanishes. */
export function slicePlane(x0: ArrayLike<number>, Q: readonly ArrayLike<number>[], g: ArrayLike<number>): SlicePlane {
  if (Q.length === 0) throw new Error('slicePlane: the tangent basis is empty');
  const n = x0.length;
  const pn = projectNormal(Q as ArrayLike<number>[], Float64Array.from(g));
  let gg = 0,
    nn = 0;
  for (let i = 0; i < n; i++) {
    gg += g[i] * g[i];
    nn += pn[i] * pn[i];
  }
  const fallback = projectNormal(
    Q as ArrayLike<number>[],
    Float64Array.from({ length: n }, (_, i) => Math.sin(i + 1)),
  );
  const [u, v, t2] = orthonormalize([
    Float64Array.from(Q[0]),
    nn > 1e-20 ? pn : fallback,
    ...(Q.length > 1 ? [Float64Array.from(Q[1])] : []),
  ]);
  return { x0: Float64Array.from(x0), u, v, t2: t2 ?? null, normalShare: gg > 0 ? Math.sqrt(nn / gg) : NaN };
}

/** Vertex coordinate i of `res` on [-extent, extent]. */
export const gridCoord = (i: number, res: number, extent: number): number => extent * (-1 + (2 * i) / (res - 1));

/** The 3-D slice's axes (u, t₂, v), so that its b = 0 section is the plane; null without t₂. */
export function volumeAxes(p: SlicePlane): [Float64Array, Float64Array, Float64Array] | null {
  return p.t2 ? [p.u, p.t2, p.v] : null;
}

/**
 * Images at `count` vertices of the res^d grid x0 + Σ_a c_a·axes[a], c_a on [-extent, extent],
 * starting at vertex `start` (axis 0 fastest), row-major count × n.
 */
export function sliceImages(
  x0: ArrayLike<number>,
  axes: readonly ArrayLike<number>[],
  res: number,
  extent: number,
  start = 0,
  count = res ** axes.length,
): Float32Array {
  const n = x0.length,
    d = axes.length;
  const out = new Float32Array(count * n);
  const c = new Float64Array(d);
  for (let t = 0, o = 0; t < count; t++, o += n) {
    for (let a = 0, v = start + t; a < d; a++, v = Math.floor(v / res)) c[a] = gridCoord(v % res, res, extent);
    for (let q = 0; q < n; q++) {
      let s = x0[q];
      for (let a = 0; a < d; a++) s += c[a] * axes[a][q];
      out[o + q] = s;
    }
  }
  return out;
}

/** Coordinates (x − x0)·axes[a] of x along each axis. */
export function axisCoords(x0: ArrayLike<number>, axes: readonly ArrayLike<number>[], x: ArrayLike<number>): number[] {
  return axes.map((u) => {
    let s = 0;
    for (let q = 0; q < x0.length; q++) s += (x[q] - x0[q]) * u[q];
    return s;
  });
}

/** (a, b) of x in the plane: ((x − x0)·u, (x − x0)·v). */
export function planeCoords(p: SlicePlane, x: ArrayLike<number>): [number, number] {
  const [a, b] = axisCoords(p.x0, [p.u, p.v], x);
  return [a, b];
}

/** Margin z_cls − max_{j≠cls} z_j and the predicted class of each of `count` logit rows. */
export function marginsOfLogits(
  logits: Float32Array,
  count: number,
  numClasses: number,
  cls: number,
): { margins: Float32Array; classes: Uint8Array } {
  const margins = new Float32Array(count);
  const classes = new Uint8Array(count);
  for (let r = 0, o = 0; r < count; r++, o += numClasses) {
    let other = -Infinity,
      best = 0;
    for (let j = 0; j < numClasses; j++) {
      if (logits[o + j] > logits[o + best]) best = j;
      if (j !== cls && logits[o + j] > other) other = logits[o + j];
    }
    margins[r] = logits[o + cls] - other;
    classes[r] = best;
  }
  return { margins, classes };
}
