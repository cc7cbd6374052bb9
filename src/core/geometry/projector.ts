/**
 * Tangent/normal split of a vector given an orthonormal tangent basis Q (k rows of length n):
 * P_T v = Qᵀ(Q v), P_N v = v − P_T v (docs/science.md §3, §4, §6 "attack decomposition").
 * Never forms an n×n matrix: O(nk) per call, fine for n = 800, k = 32.
 */
import type { Vec } from '../linalg';

export interface Decomposition {
  /** Tangent share ρ = |P_T d|² / |d|² (NaN for d = 0). */
  rho: number;
  tangentNorm: number;
  normalNorm: number;
  /** Angle between d and the tangent space, degrees in [0, 90] (NaN for d = 0). */
  angleDeg: number;
}

/** P_T v. */
export function projectTangent(Q: ArrayLike<number>[], v: Vec): Float64Array {
  const out = new Float64Array(v.length);
  for (const q of Q) {
    let s = 0;
    for (let i = 0; i < v.length; i++) s += q[i] * v[i];
    for (let i = 0; i < v.length; i++) out[i] += s * q[i];
  }
  return out;
}

/** P_N v = v − P_T v. */
export function projectNormal(Q: ArrayLike<number>[], v: Vec): Float64Array {
  const t = projectTangent(Q, v);
  for (let i = 0; i < v.length; i++) t[i] = v[i] - t[i];
  return t;
}

/**
 * Split d into tangent and normal parts. |P_T d|² = Σ (q·d)² by orthonormality; |P_N d| is
 * computed from the explicit remainder (not √(|d|² − |P_T d|²)) so tiny normal parts keep
 * their relative accuracy.
 */
export function decompose(Q: ArrayLike<number>[], d: Vec): Decomposition {
  const t = projectTangent(Q, d);
  let tt = 0;
  let nn = 0;
  for (let i = 0; i < d.length; i++) {
    tt += t[i] * t[i];
    const r = d[i] - t[i];
    nn += r * r;
  }
  const tangentNorm = Math.sqrt(tt);
  const normalNorm = Math.sqrt(nn);
  const total = tt + nn;
  if (!(total > 0)) return { rho: NaN, tangentNorm, normalNorm, angleDeg: NaN };
  return {
    rho: tt / total,
    tangentNorm,
    normalNorm,
    angleDeg: (Math.atan2(normalNorm, tangentNorm) * 180) / Math.PI,
  };
}

/** ρ(v) = |P_T v|² / |v|² (docs/science.md §4). */
export function tangentShare(Q: ArrayLike<number>[], v: Vec): number {
  return decompose(Q, v).rho;
}
