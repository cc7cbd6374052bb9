/**
 * The null model of docs/science.md §4: for a direction unrelated to M, the tangent share
 * ρ = |P_T g|²/|g|² of an isotropic Gaussian g is Beta(k/2, (n−k)/2) (ratio of χ²_k to
 * χ²_k + χ²_{n−k}). Every ratio the app shows is compared with this, so it is exact here:
 * regularized incomplete beta by Lentz's continued fraction (Numerical Recipes §6.4) and
 * quantiles by bisection (monotone CDF, 1e-15 bracket: robust where Newton can overshoot).
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos g = 7, ~1e-15 relative). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let s = LANCZOS[0];
  for (let i = 1; i < 9; i++) s += LANCZOS[i] / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(s);
}

function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** Continued fraction for I_x(a, b), modified Lentz; converges for x < (a+1)/(a+b+2). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const FPMIN = 1e-300;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < FPMIN) d = FPMIN;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 5000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = 1 + aa / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = 1 + aa / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) return h;
  }
  return h; // 5000 terms is far beyond what a, b ≤ 400 need (O(√max(a,b)))
}

function checkShape(a: number, b: number): void {
  if (!(a > 0 && b > 0 && Number.isFinite(a) && Number.isFinite(b)))
    throw new Error(`Beta shape parameters must be positive and finite (got a=${a}, b=${b})`);
}

/** Regularized incomplete beta I_x(a, b) = P(X ≤ x) for X ~ Beta(a, b). */
export function betaCdf(x: number, a: number, b: number): number {
  checkShape(a, b);
  if (!(x > 0)) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b));
  // Use the symmetry I_x(a,b) = 1 − I_{1−x}(b,a) where the fraction converges fastest.
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
  return 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** The p-quantile of Beta(a, b), by bisection on the CDF. */
export function betaQuantile(p: number, a: number, b: number): number {
  checkShape(a, b);
  if (!(p >= 0 && p <= 1)) throw new Error(`betaQuantile: p must be in [0, 1] (got ${p})`);
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 200 && hi - lo > 1e-15; i++) {
    const mid = 0.5 * (lo + hi);
    if (betaCdf(mid, a, b) < p) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

/** Density of Beta(a, b) at x (for drawing the null curve over a histogram of ρ). */
export function betaPdf(x: number, a: number, b: number): number {
  checkShape(a, b);
  if (x < 0 || x > 1) return 0;
  if (x === 0) return a < 1 ? Infinity : a === 1 ? Math.exp(-logBeta(a, b)) : 0;
  if (x === 1) return b < 1 ? Infinity : b === 1 ? Math.exp(-logBeta(a, b)) : 0;
  return Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logBeta(a, b));
}

export interface NullRho {
  /** Beta shape parameters k/2 and (n−k)/2. */
  a: number;
  b: number;
  /** k/n. */
  mean: number;
  /** 2k(n−k) / (n²(n+2)). */
  variance: number;
  sd: number;
  /** Central interval at `level` (default 95 %). */
  lo: number;
  hi: number;
  level: number;
}

/** The §4 null distribution of ρ for a k-dim tangent space in R^n. */
export function nullRho(k: number, n: number, level = 0.95): NullRho {
  if (!(Number.isInteger(k) && Number.isInteger(n) && k >= 1 && k < n))
    throw new Error(`nullRho needs integers 1 ≤ k < n (got k=${k}, n=${n})`);
  if (!(level > 0 && level < 1)) throw new Error(`nullRho: level must be in (0, 1) (got ${level})`);
  const a = k / 2;
  const b = (n - k) / 2;
  const variance = (2 * k * (n - k)) / (n * n * (n + 2));
  const tail = (1 - level) / 2;
  return {
    a,
    b,
    mean: k / n,
    variance,
    sd: Math.sqrt(variance),
    lo: betaQuantile(tail, a, b),
    hi: betaQuantile(1 - tail, a, b),
    level,
  };
}

/** Linearised attack-norm ratios from ρ (docs/science.md §4): r_on = 1/√ρ, r_off = 1/√(1−ρ). */
export function ratiosFromRho(rho: number): { rOn: number; rOff: number } {
  return { rOn: 1 / Math.sqrt(rho), rOff: 1 / Math.sqrt(1 - rho) };
}

/** r_on⁻² + r_off⁻², which is 1 under local linearity (docs/science.md §4); flag runs far from 1. */
export function consistency(rOn: number, rOff: number): number {
  return 1 / (rOn * rOn) + 1 / (rOff * rOff);
}
