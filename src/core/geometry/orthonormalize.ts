/**
 * Orthonormal bases for tangent spaces (docs/science.md §3: "orthonormalise J into Q").
 * Vectors are rows (length n); a basis is an array of k rows, like Manifold.tangentBasis.
 */

/**
 * Modified Gram–Schmidt, applied twice ("twice is enough", Giraud et al. 2005) so the result
 * is orthonormal to machine precision even when the inputs are nearly dependent.
 * A vector whose remainder is below `relTol` times its own norm is dropped as dependent.
 */
export function orthonormalize(vectors: ArrayLike<number>[], relTol = 1e-10): Float64Array[] {
  const Q: Float64Array[] = [];
  for (const v of vectors) {
    const w = Float64Array.from(v);
    let n0 = 0;
    for (let i = 0; i < w.length; i++) n0 += w[i] * w[i];
    n0 = Math.sqrt(n0);
    if (!(n0 > 0)) continue;
    for (let pass = 0; pass < 2; pass++) {
      for (const q of Q) {
        let s = 0;
        for (let i = 0; i < w.length; i++) s += q[i] * w[i];
        for (let i = 0; i < w.length; i++) w[i] -= s * q[i];
      }
    }
    let nw = 0;
    for (let i = 0; i < w.length; i++) nw += w[i] * w[i];
    nw = Math.sqrt(nw);
    if (nw <= relTol * n0) continue;
    for (let i = 0; i < w.length; i++) w[i] /= nw;
    Q.push(w);
  }
  return Q;
}

/**
 * An orthonormal basis of the complement of span(Q) in R^n (n - rank rows).
 * Uses Householder QR of the n×k matrix [q_1 … q_k]: the last n - k columns of
 * H_1⋯H_k are orthonormal and orthogonal to span(Q). Cost O(n²k), so n = 800, k = 32 is
 * cheap, where Gram–Schmidt against all of e_1…e_n would be O(n³).
 * Q must have full rank (orthonormal rows always do).
 */
export function orthogonalComplement(Q: ArrayLike<number>[], n: number): Float64Array[] {
  const k = Q.length;
  if (k > n) throw new Error(`orthogonalComplement: ${k} vectors cannot be independent in R^${n}`);
  // Columns of A, copied so we can reduce them in place.
  const A = Q.map((q) => {
    if (q.length !== n) throw new Error(`orthogonalComplement: vector length ${q.length} ≠ n = ${n}`);
    return Float64Array.from(q);
  });
  const V: Float64Array[] = []; // Householder vectors, V[c] acts on indices c..n-1 (stored full length)
  for (let c = 0; c < k; c++) {
    const a = A[c];
    let s = 0;
    for (let i = c; i < n; i++) s += a[i] * a[i];
    const alpha = Math.sqrt(s);
    if (!(alpha > 1e-12)) throw new Error('orthogonalComplement: the vectors are linearly dependent');
    const v = new Float64Array(n);
    for (let i = c; i < n; i++) v[i] = a[i];
    v[c] += a[c] >= 0 ? alpha : -alpha; // sign choice avoids cancellation
    let vv = 0;
    for (let i = c; i < n; i++) vv += v[i] * v[i];
    const vn = Math.sqrt(vv);
    for (let i = c; i < n; i++) v[i] /= vn;
    V.push(v);
    for (let j = c + 1; j < k; j++) reflect(v, A[j], c, n);
  }
  const out: Float64Array[] = [];
  for (let j = k; j < n; j++) {
    const e = new Float64Array(n);
    e[j] = 1;
    for (let c = k - 1; c >= 0; c--) reflect(V[c], e, c, n); // H_1 ⋯ H_k e_j
    out.push(e);
  }
  return out;
}

/** x ← (I − 2 v vᵀ) x on indices from..n-1 (v is unit and zero before `from`). */
function reflect(v: Float64Array, x: Float64Array, from: number, n: number): void {
  let s = 0;
  for (let i = from; i < n; i++) s += v[i] * x[i];
  s *= 2;
  for (let i = from; i < n; i++) x[i] -= s * v[i];
}
