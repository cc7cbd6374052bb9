/**
 * The 2-D slice of image space through a digit x (docs/science.md §3, §6): the plane
 * x + a·u + b·v with u the leading tangent direction of the AE manifold at x (largest singular
 * value of dD/dz) and v the off-manifold part of the margin gradient, P_N g / |P_N g|. The
 * coordinates a, b are L2 distances in pixel space (u, v orthonormal). Grid vertices are
 * evaluated by the real network unclipped: the plane leaves the [0, 1] pixel box away from x.
 */
import { projectNormal } from './projector';
import { orthonormalize } from './orthonormalize';

export interface SlicePlane {
  readonly x0: Float64Array;
  /** Leading tangent direction (unit). */
  readonly u: Float64Array;
  /** Normalised P_N g (unit, orthogonal to u). */
  readonly v: Float64Array;
  /** |P_N g| / |g|: how much of the gradient is off the manifold (1 − ρ_g)^½. */
  readonly normalShare: number;
}

/** u = Q[0], v = P_N g normalised; a fixed normal direction if P_N g vanishes. */
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
  const [u, v] = orthonormalize([Float64Array.from(Q[0]), nn > 1e-20 ? pn : fallback]);
  return { x0: Float64Array.from(x0), u, v, normalShare: gg > 0 ? Math.sqrt(nn / gg) : NaN };
}

/** Vertex coordinate i of `res` on [-extent, extent]. */
export const gridCoord = (i: number, res: number, extent: number): number => extent * (-1 + (2 * i) / (res - 1));

/** The res² images x0 + a u + b v (a fastest), row-major res² × n. */
export function slicePlaneImages(p: SlicePlane, res: number, extent: number): Float32Array {
  const n = p.x0.length;
  const out = new Float32Array(res * res * n);
  for (let j = 0, o = 0; j < res; j++) {
    const b = gridCoord(j, res, extent);
    for (let i = 0; i < res; i++, o += n) {
      const a = gridCoord(i, res, extent);
      for (let q = 0; q < n; q++) out[o + q] = p.x0[q] + a * p.u[q] + b * p.v[q];
    }
  }
  return out;
}

/** (a, b) of x in the plane: ((x − x0)·u, (x − x0)·v). */
export function planeCoords(p: SlicePlane, x: ArrayLike<number>): [number, number] {
  let a = 0,
    b = 0;
  for (let q = 0; q < p.x0.length; q++) {
    const d = x[q] - p.x0[q];
    a += d * p.u[q];
    b += d * p.v[q];
  }
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
