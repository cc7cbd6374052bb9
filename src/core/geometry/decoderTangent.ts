/**
 * Tangent space of the autoencoder manifold at x (docs/science.md §3): z = E(x), J = dD/dz
 * (n x k, forward mode in decoderMap.ts), Q = an orthonormal basis of J's column span.
 * Directions whose singular value is below `rankTol * sigma_max` are dropped, so a
 * (nearly) rank-deficient decoder gives a smaller Q and reports its numerical rank.
 */
import type { Projector } from '../attacks/types';
import { stackForward, stackJacobian, type DenseStack } from '../model/decoderMap';
import type { Rng } from '../rng';
import { jacobianSpectrum } from './decoderTangentSpectrum';
import { orthonormalize } from './orthonormalize';
import { projectNormal, projectTangent } from './projector';

export interface TangentFrame {
  /** Latent code E(x). */
  readonly z: Float64Array;
  /** Reconstruction D(E(x)): the point of M nearest-ish to x. */
  readonly recon: Float64Array;
  /** Columns dD/dz_c (k of them, length n). */
  readonly J: Float64Array[];
  /** Orthonormal tangent basis (rank rows of length n). */
  readonly Q: Float64Array[];
  readonly rank: number;
  /** Singular values of J, descending (k of them). */
  readonly sigma: Float64Array;
}

/** What the experiments need at each image: an orthonormal tangent basis. */
export type TangentProvider = (x: ArrayLike<number>) => { Q: Float64Array[]; rank: number };

export interface ManifoldMaps {
  readonly encoder: DenseStack;
  readonly decoder: DenseStack;
}

/** Q from the left singular vectors u_i = J v_i / sigma_i above the rank tolerance. */
export function tangentBasisFromJacobian(J: Float64Array[], rankTol = 1e-6): { Q: Float64Array[]; rank: number; sigma: Float64Array } {
  const { sigma, v } = jacobianSpectrum(J);
  const n = J.length ? J[0].length : 0;
  const keep = sigma.length ? sigma.filter((s) => s > rankTol * sigma[0]).length : 0;
  const U: Float64Array[] = [];
  for (let i = 0; i < keep; i++) {
    const u = new Float64Array(n);
    J.forEach((col, c) => {
      const w = v[i][c];
      for (let r = 0; r < n; r++) u[r] += w * col[r];
    });
    U.push(u);
  }
  // Gram–Schmidt twice polishes orthonormality to machine precision.
  const Q = orthonormalize(U, 1e-12);
  return { Q, rank: Q.length, sigma };
}

/** The full tangent frame of the autoencoder manifold at x. */
export function decoderTangentAt(maps: ManifoldMaps, x: ArrayLike<number>, rankTol = 1e-6): TangentFrame {
  const z = stackForward(maps.encoder, x);
  const { y, cols } = stackJacobian(maps.decoder, z);
  const { Q, rank, sigma } = tangentBasisFromJacobian(cols, rankTol);
  return { z, recon: y, J: cols, Q, rank, sigma };
}

/** A TangentProvider over the autoencoder (docs/science.md §3). */
export function decoderTangentProvider(maps: ManifoldMaps, rankTol = 1e-6): TangentProvider {
  return (x) => decoderTangentAt(maps, x, rankTol);
}

/** P_T = Q Q^T and P_N = I - Q Q^T as an attack Projector. */
export function projectorFromBasis(Q: ArrayLike<number>[]): Projector {
  return { tangent: (v) => projectTangent(Q, v), normal: (v) => projectNormal(Q, v) };
}

/** A uniformly random orthonormal k-frame in R^n (Gaussian vectors, orthonormalised). */
export function randomFrame(k: number, n: number, rng: Rng): Float64Array[] {
  const V = Array.from({ length: k }, () => Float64Array.from({ length: n }, () => rng.normal()));
  return orthonormalize(V);
}

/**
 * Chordal distance between span(A) and span(B), both orthonormal with the same k:
 * |P_A - P_B|_F / sqrt(2) = sqrt(k - |A B^T|_F^2); 0 iff the subspaces coincide.
 */
export function subspaceDistance(A: ArrayLike<number>[], B: ArrayLike<number>[]): number {
  if (A.length !== B.length) throw new Error(`subspaceDistance: dimensions ${A.length} and ${B.length} differ`);
  let f = 0;
  for (const a of A) {
    for (const b of B) {
      let s = 0;
      for (let i = 0; i < a.length; i++) s += a[i] * b[i];
      f += s * s;
    }
  }
  return Math.sqrt(Math.max(0, A.length - f));
}
