/**
 * The support-matched null of docs/science.md §4 (the pixel box): the tangent share
 * ρ = |P_T v|² / |v|² of random perturbations that keep a vector's own per-pixel magnitudes
 * |v_i| (so its support: pixels held on a box face stay at zero) and draw each sign at random.
 *
 * With u = s ⊙ |v|, s_i = ±1 independent and fair, and h_i = (P_T)_ii = Σ_j Q_ji² the leverage of
 * pixel i, ρ(u) = sᵀ B s / |v|² with B = D_|v| P_T D_|v|, so exactly
 *   E[ρ]   = Σ_i v_i² h_i / |v|²
 *   Var[ρ] = 2 Σ_{i≠l} B_il² / |v|⁴          (Rademacher quadratic form).
 * For all-equal magnitudes on every pixel E[ρ] = tr(P_T)/n = k/n, the isotropic null's mean; a
 * vector on one pixel i has ρ = h_i for every sign. The 2.5 / 97.5 % quantiles come from M seeded
 * draws (the distribution is discrete and skewed, no closed form).
 */
import { createRng } from '../rng';

export interface SupportMatchedNull {
  /** Exact E[ρ] (formula above). */
  readonly mean: number;
  /** Exact standard deviation of ρ. */
  readonly sd: number;
  /** Monte Carlo mean of the M draws (agrees with `mean` within ~3 sd/√M). */
  readonly sampleMean: number;
  /** 2.5 % and 97.5 % quantiles of the M draws (type-7 interpolation). */
  readonly lo: number;
  readonly hi: number;
  /** Pixels where v is nonzero (the support every draw keeps). */
  readonly support: number;
  readonly draws: number;
}

export interface SupportMatchedNullOptions {
  /** Number of random-sign draws M (default 1000). */
  readonly draws?: number;
  /** Seed of the signs (default 1). */
  readonly seed?: number;
}

/**
 * Only the exact mean Σ_i v_i² h_i / |v|² of the null above (O(k·n), no draws); NaN for a zero v.
 * Throws for a length mismatch.
 */
export function supportMatchedMean(v: ArrayLike<number>, Q: readonly ArrayLike<number>[]): number {
  let num = 0,
    den = 0;
  for (let i = 0; i < v.length; i++) {
    const v2 = v[i] * v[i];
    if (v2 === 0) continue;
    let h = 0;
    for (const q of Q) {
      if (q.length !== v.length) throw new Error(`supportMatchedMean: a basis vector has length ${q.length}, v has ${v.length}`);
      h += q[i] * q[i];
    }
    num += v2 * h;
    den += v2;
  }
  return den > 0 ? num / den : NaN;
}

function quantile(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * The support-matched null of ρ for vector v (length n: a perturbation δ or a gradient g)
 * against the orthonormal tangent basis Q (k rows of length n).
 * Cost: O(k²·s) for the exact moments and O(M·k·s) for the draws, s = support size.
 * Throws for a zero or non-finite v, a length mismatch or M < 2.
 */
export function supportMatchedNull(
  v: ArrayLike<number>,
  Q: readonly ArrayLike<number>[],
  options: SupportMatchedNullOptions = {},
): SupportMatchedNull {
  const draws = options.draws ?? 1000;
  if (!(Number.isInteger(draws) && draws >= 2)) throw new Error(`supportMatchedNull: draws must be an integer ≥ 2 (got ${draws})`);
  const n = v.length;
  for (const [j, q] of Q.entries()) {
    if (q.length !== n) throw new Error(`supportMatchedNull: basis vector ${j} has length ${q.length}, v has ${n}`);
  }
  const idx: number[] = [];
  let norm2 = 0;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(v[i])) throw new Error(`supportMatchedNull: v[${i}] = ${v[i]} is not finite`);
    if (v[i] !== 0) {
      idx.push(i);
      norm2 += v[i] * v[i];
    }
  }
  if (norm2 === 0) throw new Error('supportMatchedNull: v is zero, its tangent share is undefined');
  const s = idx.length;
  const k = Q.length;
  // W[j][t] = Q_j(i_t) |v(i_t)|: the basis restricted to the support, scaled by the magnitudes.
  const W = Q.map((q) => Float64Array.from(idx, (i) => q[i] * Math.abs(v[i])));

  // Σ_{i≠l} B_il² with B = WᵀW (s×s) is |B|_F² − Σ_i B_ii², and |WᵀW|_F² = |WWᵀ|_F² (k×k):
  // O(k²·s) instead of O(k·s²), which matters for a dense gradient (s = n).
  const diag = new Float64Array(s); // B_ii = Σ_j W_ji²
  for (const w of W) for (let t = 0; t < s; t++) diag[t] += w[t] * w[t];
  let trace = 0; // Σ_i v_i² h_i = Σ_i B_ii
  let diag2 = 0;
  for (let t = 0; t < s; t++) {
    trace += diag[t];
    diag2 += diag[t] * diag[t];
  }
  let frob2 = 0; // |WWᵀ|_F²
  for (let a = 0; a < k; a++) {
    for (let b = a; b < k; b++) {
      let g = 0;
      const wa = W[a],
        wb = W[b];
      for (let t = 0; t < s; t++) g += wa[t] * wb[t];
      frob2 += (a === b ? 1 : 2) * g * g;
    }
  }
  const offDiag2 = Math.max(0, frob2 - diag2);
  const mean = trace / norm2;
  const sd = Math.sqrt(2 * offDiag2) / norm2;

  const rng = createRng(options.seed ?? 1);
  // Σ_t s_t w_t = T − 2 Σ_{s_t = −1} w_t with T = Σ_t w_t: only the negative pixels are summed.
  const total = W.map((w) => w.reduce((a, x) => a + x, 0));
  const neg = new Int32Array(s);
  const rho = new Float64Array(draws);
  let sum = 0;
  for (let m = 0; m < draws; m++) {
    let nNeg = 0;
    for (let t = 0; t < s; t++) if (rng.next() < 0.5) neg[nNeg++] = t;
    let proj2 = 0;
    for (let j = 0; j < k; j++) {
      const w = W[j];
      let c = 0;
      for (let q = 0; q < nNeg; q++) c += w[neg[q]];
      c = total[j] - 2 * c;
      proj2 += c * c;
    }
    rho[m] = proj2 / norm2;
    sum += rho[m];
  }
  rho.sort();
  return { mean, sd, sampleMean: sum / draws, lo: quantile(rho, 0.025), hi: quantile(rho, 0.975), support: s, draws };
}
