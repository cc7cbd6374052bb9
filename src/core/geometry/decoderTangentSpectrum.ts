/**
 * Singular values and right singular vectors of a tall Jacobian J (n x k, k <= ~64) from the
 * k x k Gram matrix J^T J by the cyclic Jacobi eigenvalue method. It is exact to ~1e-15
 * relative to the largest eigenvalue, so singular values down to ~1e-7 sigma_max are
 * resolved: enough to report the numerical rank of dD/dz (docs/science.md §3).
 */

export interface Spectrum {
  /** Singular values of J, descending. */
  readonly sigma: Float64Array;
  /** Right singular vectors v_i (length k), in the same order. */
  readonly v: Float64Array[];
}

/** Eigen-decomposition of a symmetric matrix (rows); returns values and unit eigenvectors. */
export function symmetricEigen(A: ArrayLike<number>[]): { values: Float64Array; vectors: Float64Array[] } {
  const k = A.length;
  const a = A.map((r) => Float64Array.from(r));
  const V = Array.from({ length: k }, (_, i) => {
    const e = new Float64Array(k);
    e[i] = 1;
    return e;
  });
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    let diag = 0;
    for (let p = 0; p < k; p++) {
      diag += a[p][p] * a[p][p];
      for (let q = p + 1; q < k; q++) off += a[p][q] * a[p][q];
    }
    if (off <= 1e-32 * diag || off === 0) break;
    for (let p = 0; p < k - 1; p++) {
      for (let q = p + 1; q < k; q++) {
        if (a[p][q] === 0) continue;
        const theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let r = 0; r < k; r++) {
          const arp = a[r][p];
          const arq = a[r][q];
          a[r][p] = c * arp - s * arq;
          a[r][q] = s * arp + c * arq;
        }
        for (let r = 0; r < k; r++) {
          const apr = a[p][r];
          const aqr = a[q][r];
          a[p][r] = c * apr - s * aqr;
          a[q][r] = s * apr + c * aqr;
        }
        // V's columns are the eigenvectors: V <- V G.
        for (let r = 0; r < k; r++) {
          const vrp = V[r][p];
          const vrq = V[r][q];
          V[r][p] = c * vrp - s * vrq;
          V[r][q] = s * vrp + c * vrq;
        }
      }
    }
  }
  const order = Array.from({ length: k }, (_, i) => i).sort((i, j) => a[j][j] - a[i][i]);
  return {
    values: Float64Array.from(order, (i) => a[i][i]),
    vectors: order.map((i) => Float64Array.from(V, (row) => row[i])),
  };
}

/** SVD spectrum of J given as k columns of length n. */
export function jacobianSpectrum(cols: ArrayLike<number>[]): Spectrum {
  const k = cols.length;
  const G = Array.from({ length: k }, () => new Float64Array(k));
  for (let i = 0; i < k; i++) {
    for (let j = i; j < k; j++) {
      let s = 0;
      const a = cols[i];
      const b = cols[j];
      for (let r = 0; r < a.length; r++) s += a[r] * b[r];
      G[i][j] = G[j][i] = s;
    }
  }
  const { values, vectors } = symmetricEigen(G);
  return { sigma: values.map((l) => Math.sqrt(Math.max(l, 0))), v: vectors };
}
