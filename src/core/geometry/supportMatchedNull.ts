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

function quantile(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * The support-matched null of ρ for vector v (length n: a perturbation δ or a gradient g)
 * against the orthonormal tangent basis Q (k rows of length n).
 * Cost: O(k·s²) for the exact moments and O(M·k·s) for the draws, s = support size.
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

  let trace = 0; // Σ_i v_i² h_i
  for (const w of W) for (let t = 0; t < s; t++) trace += w[t] * w[t];
  let offDiag2 = 0; // Σ_{i≠l} B_il², B_il = Σ_j W_ji W_jl
  for (let t = 0; t < s; t++) {
    for (let u = t + 1; u < s; u++) {
      let b = 0;
      for (let j = 0; j < k; j++) b += W[j][t] * W[j][u];
      offDiag2 += 2 * b * b;
    }
  }
  const mean = trace / norm2;
  const sd = Math.sqrt(2 * offDiag2) / norm2;

  const rng = createRng(options.seed ?? 1);
  const sign = new Float64Array(s);
  const rho = new Float64Array(draws);
  let sum = 0;
  for (let m = 0; m < draws; m++) {
    for (let t = 0; t < s; t++) sign[t] = rng.next() < 0.5 ? -1 : 1;
    let proj2 = 0;
    for (let j = 0; j < k; j++) {
      const w = W[j];
      let c = 0;
      for (let t = 0; t < s; t++) c += sign[t] * w[t];
      proj2 += c * c;
    }
    rho[m] = proj2 / norm2;
    sum += rho[m];
  }
  rho.sort();
  return { mean, sd, sampleMean: sum / draws, lo: quantile(rho, 0.025), hi: quantile(rho, 0.975), support: s, draws };
}
