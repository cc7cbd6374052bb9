/**
 * An exact linear "autoencoder": D(z) = A z + c, E(x) = A^T (x - c) with A's k columns
 * orthonormal in R^n. Its tangent space is span(A) everywhere, so the decoder-Jacobian
 * pipeline and Experiments A/B can be checked against known answers (docs/science.md §8).
 */
import type { ManifoldMaps } from './decoderTangent';

/** A: k orthonormal vectors of length n (the columns); c: the offset (length n). */
export function linearManifoldMaps(A: ArrayLike<number>[], c: ArrayLike<number>): ManifoldMaps {
  const k = A.length;
  const n = c.length;
  const We = new Float32Array(n * k);
  const Wd = new Float32Array(k * n);
  const be = new Float32Array(k);
  for (let j = 0; j < k; j++) {
    if (A[j].length !== n) throw new Error(`linearManifoldMaps: column ${j} has length ${A[j].length}, expected ${n}`);
    let s = 0;
    for (let i = 0; i < n; i++) {
      We[i * k + j] = A[j][i];
      Wd[j * n + i] = A[j][i];
      s += A[j][i] * c[i];
    }
    be[j] = -s;
  }
  return {
    encoder: { layers: [{ inDim: n, outDim: k, W: We, b: be, activation: 'linear' }] },
    decoder: { layers: [{ inDim: k, outDim: n, W: Wd, b: Float32Array.from(c), activation: 'linear' }] },
  };
}
