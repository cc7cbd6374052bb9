/**
 * Two concentric spheres of radii 1 and 1.3 about the origin of R^n (Gilmer et al.,
 * "Adversarial Spheres"; docs/science.md §2). M is their union, k = n − 1; the normal at x is the
 * radial direction and projection goes to the nearer sphere.
 */
import type { Rng } from '../rng';
import { createRng } from '../rng';
import { checkDim, unitVector } from './chart';
import type { Manifold } from './types';

export const SPHERE_RADII = [1, 1.3] as const;
const MID = (SPHERE_RADII[0] + SPHERE_RADII[1]) / 2;

function radial(x: ArrayLike<number>, n: number): Float64Array {
  checkDim(x, n, 'spheresRn');
  let r = 0;
  for (let i = 0; i < n; i++) r += x[i] * x[i];
  r = Math.sqrt(r);
  if (!(r > 1e-12)) return unitVector(n, 0);
  return Float64Array.from(x, (v) => v / r);
}

/** A point drawn uniformly from the sphere of the given radius in R^n. */
export function sampleOnSphere(n: number, radius: number, rng: Rng): Float64Array {
  const g = Float64Array.from({ length: n }, () => rng.normal());
  let r = 0;
  for (const v of g) r += v * v;
  r = Math.sqrt(r);
  return g.map((v) => (radius * v) / r);
}

/**
 * Orthonormal basis of u⊥ from the Householder reflection H = I − 2wwᵀ/(wᵀw) that maps
 * e_0 to ±u: H's other columns are orthonormal and ⟂ u. O(n²), where Gram–Schmidt is O(n³).
 */
function tangentOf(u: Float64Array): Float64Array[] {
  const n = u.length;
  const w = Float64Array.from(u);
  w[0] += u[0] >= 0 ? 1 : -1; // w = u ± e_0, the sign that avoids cancellation
  let ww = 0;
  for (const v of w) ww += v * v;
  const out: Float64Array[] = [];
  for (let j = 1; j < n; j++) {
    const col = new Float64Array(n);
    const s = (2 * w[j]) / ww;
    for (let i = 0; i < n; i++) col[i] = -s * w[i];
    col[j] += 1;
    out.push(col);
  }
  return out;
}

export function createSpheresRn(n: number): Manifold {
  if (!(Number.isInteger(n) && n >= 2)) throw new Error(`spheresRn needs an integer n ≥ 2 (got ${n})`);
  const box = SPHERE_RADII[1] + 0.3;
  return {
    kind: 'spheresRn',
    n,
    k: n - 1,
    bounds: { lo: new Array<number>(n).fill(-box), hi: new Array<number>(n).fill(box) },
    // The gap between the spheres; a boundary halfway sits 0.15 from each.
    normalCap: 0.3,
    project(x) {
      const u = radial(x, n);
      let r = 0;
      for (let i = 0; i < n; i++) r += x[i] * x[i];
      const R = Math.sqrt(r) < MID ? SPHERE_RADII[0] : SPHERE_RADII[1];
      return u.map((v) => R * v);
    },
    tangentBasis: (x) => tangentOf(radial(x, n)),
    normalBasis: (x) => [radial(x, n)],
    // 100 fixed pseudo-random points on each sphere.
    probeGrid() {
      const rng = createRng(1801);
      return SPHERE_RADII.flatMap((R) => Array.from({ length: 100 }, () => sampleOnSphere(n, R, rng)));
    },
  };
}
