import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { orthonormalize } from './orthonormalize';
import { tangentShare } from './projector';
import { supportMatchedMean, supportMatchedNull } from './supportMatchedNull';

function randomBasis(k: number, n: number, seed: number): Float64Array[] {
  const rng = createRng(seed);
  return orthonormalize(Array.from({ length: k }, () => Float64Array.from({ length: n }, () => rng.normal())));
}

/** Leverage h_i = (P_T)_ii. */
const leverage = (Q: Float64Array[], i: number) => Q.reduce((s, q) => s + q[i] * q[i], 0);

describe('supportMatchedNull', () => {
  const n = 196;
  const k = 16;
  const Q = randomBasis(k, n, 7);

  it('the mean alone equals the full null mean (a sparse vector, as δ on a box face)', () => {
    const rng = createRng(11);
    const v = Float64Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 0 : rng.normal()));
    expect(supportMatchedMean(v, Q)).toBeCloseTo(supportMatchedNull(v, Q, { draws: 2 }).mean, 14);
    expect(supportMatchedMean(new Float64Array(n), Q)).toBeNaN();
  });

  it('a vector on one pixel has rho = the leverage of that pixel for every sign', () => {
    const v = new Float64Array(n);
    v[40] = -0.3;
    const r = supportMatchedNull(v, Q, { draws: 200 });
    const h = leverage(Q, 40);
    expect(r.support).toBe(1);
    expect(r.mean).toBeCloseTo(h, 14);
    expect(r.sampleMean).toBeCloseTo(h, 14);
    expect(r.lo).toBeCloseTo(h, 14);
    expect(r.hi).toBeCloseTo(h, 14);
    expect(r.sd).toBe(0);
    // On an axis-aligned tangent space a pixel outside it has rho = 0 exactly.
    const E = Array.from({ length: k }, (_, j) => Float64Array.from({ length: n }, (_, i) => (i === j ? 1 : 0)));
    expect(supportMatchedNull(v, E, { draws: 10 }).hi).toBe(0);
  });

  it('all-equal magnitudes on every pixel: mean k/n exactly, sd from tr(P_T²) = k', () => {
    const v = Float64Array.from({ length: n }, (_, i) => (i % 3 ? 0.2 : -0.2));
    const r = supportMatchedNull(v, Q, { draws: 4000, seed: 3 });
    expect(r.support).toBe(n);
    expect(r.mean).toBeCloseTo(k / n, 12);
    // Var = 2 Σ_{i≠l} P_il² / n² = 2 (k − Σ h_i²) / n².
    let sumH2 = 0;
    for (let i = 0; i < n; i++) sumH2 += leverage(Q, i) ** 2;
    expect(r.sd).toBeCloseTo(Math.sqrt(2 * (k - sumH2)) / n, 10);
    expect(Math.abs(r.sampleMean - r.mean)).toBeLessThan((3 * r.sd) / Math.sqrt(r.draws));
    expect(r.lo).toBeLessThan(r.mean);
    expect(r.hi).toBeGreaterThan(r.mean);
  });

  it('equal magnitudes on a subset S: mean = the average leverage over S', () => {
    const S = [3, 17, 18, 50, 51, 52, 100, 150, 190];
    const v = new Float64Array(n);
    for (const i of S) v[i] = 0.5;
    const r = supportMatchedNull(v, Q, { draws: 50 });
    expect(r.support).toBe(S.length);
    expect(r.mean).toBeCloseTo(S.reduce((s, i) => s + leverage(Q, i), 0) / S.length, 13);
  });

  it('matches brute-force enumeration of every sign pattern (mean, sd and quantiles)', () => {
    // Small case: n = 12, k = 3, support 10, unequal magnitudes: 2^10 patterns, each rho by
    // the projector (an independent code path).
    const nn = 12;
    const QQ = randomBasis(3, nn, 11);
    const rng = createRng(5);
    const v = Float64Array.from({ length: nn }, (_, i) => (i === 2 || i === 9 ? 0 : rng.uniform(-1, 1)));
    const supp = [...v.keys()].filter((i) => v[i] !== 0);
    const all: number[] = [];
    for (let mask = 0; mask < 1 << supp.length; mask++) {
      const u = new Float64Array(nn);
      supp.forEach((i, b) => {
        u[i] = ((mask >> b) & 1 ? -1 : 1) * Math.abs(v[i]);
      });
      all.push(tangentShare(QQ, u));
    }
    const exactMean = all.reduce((s, x) => s + x, 0) / all.length;
    const exactSd = Math.sqrt(all.reduce((s, x) => s + (x - exactMean) ** 2, 0) / all.length);
    const r = supportMatchedNull(v, QQ, { draws: 20000, seed: 9 });
    expect(r.support).toBe(10);
    expect(r.mean).toBeCloseTo(exactMean, 12);
    expect(r.sd).toBeCloseTo(exactSd, 12);
    expect(Math.abs(r.sampleMean - exactMean)).toBeLessThan((4 * exactSd) / Math.sqrt(r.draws));
    // Monte Carlo quantiles against the exact ones: each sits within 1 % of probability mass.
    all.sort((a, b) => a - b);
    const cdf = (x: number) => all.filter((y) => y <= x).length / all.length;
    expect(cdf(r.lo)).toBeGreaterThan(0.015);
    expect(cdf(r.lo)).toBeLessThan(0.04);
    expect(cdf(r.hi)).toBeGreaterThan(0.96);
    expect(cdf(r.hi)).toBeLessThanOrEqual(0.99);
  });

  it('depends only on the magnitudes, and is reproducible from its seed', () => {
    const rng = createRng(2);
    const v = Float64Array.from({ length: n }, () => (rng.next() < 0.3 ? 0 : rng.normal()));
    const a = supportMatchedNull(v, Q, { seed: 4, draws: 300 });
    const flipped = supportMatchedNull(
      v.map((x, i) => (i % 2 ? -x : x)),
      Q,
      { seed: 4, draws: 300 },
    );
    expect(flipped).toEqual(a);
    const scaled = supportMatchedNull(
      v.map((x) => 3 * x),
      Q,
      { seed: 4, draws: 300 },
    );
    expect(scaled.mean).toBeCloseTo(a.mean, 12);
    expect(scaled.lo).toBeCloseTo(a.lo, 12);
    const other = supportMatchedNull(v, Q, { seed: 5, draws: 300 });
    expect(other.mean).toBe(a.mean);
    expect(other.lo).not.toBe(a.lo);
  });

  it('rejects a zero vector, a non-finite entry, a wrong-length basis and too few draws', () => {
    expect(() => supportMatchedNull(new Float64Array(n), Q)).toThrow(/zero/);
    const bad = new Float64Array(n).fill(0.1);
    bad[5] = NaN;
    expect(() => supportMatchedNull(bad, Q)).toThrow(/v\[5\] = NaN/);
    expect(() => supportMatchedNull(new Float64Array(n - 1).fill(1), Q)).toThrow(/length 196, v has 195/);
    expect(() => supportMatchedNull(new Float64Array(n).fill(1), Q, { draws: 1 })).toThrow(/draws/);
  });
});
