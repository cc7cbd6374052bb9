import { describe, expect, it } from 'vitest';
import { betaCdf, betaPdf, betaQuantile, consistency, logGamma, nullRho, ratiosFromRho } from './nullModel';

// Reference values from scipy.stats.beta (ppf at 0.025 / 0.975, cdf and pdf at 0.1).
const SCIPY: [number, number, number, number, number, number][] = [
  [8, 90, 0.036280249820163264, 0.14304845576806904, 0.7654925503672333, 9.785925552837714],
  [4, 94, 0.01134827256883414, 0.08773178214043566, 0.9901074669025909, 0.7696558127110472],
  [16, 82, 0.0973246513542186, 0.242197303576728, 0.03115542408030843, 2.4950157788418315],
  [1, 24.5, 0.0010328461645713663, 0.1397794837261458, 0.924326907708074, 2.05998973461354],
  [1.5, 398.5, 0.00027055318242624895, 0.011653710501941644, 1.0, 1.840362571365222e-15],
  [5, 3, 0.2904208637373427, 0.9010117215574921, 0.00017650000000000003, 0.008505000000000002],
];

describe('Beta distribution', () => {
  it('logGamma matches factorials and Γ(1/2) = √π', () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    expect(logGamma(400)).toBeCloseTo(1994.5092334361334, 9); // Python math.lgamma(400)
  });

  it('Beta(1,1) is uniform', () => {
    for (const x of [0.1, 0.37, 0.9]) {
      expect(betaCdf(x, 1, 1)).toBeCloseTo(x, 14);
      expect(betaPdf(x, 1, 1)).toBeCloseTo(1, 13);
    }
    expect(betaQuantile(0.025, 1, 1)).toBeCloseTo(0.025, 13);
  });

  it('Beta(1/2,1/2) is the arcsine law: CDF (2/π) asin √x', () => {
    for (const x of [1e-4, 0.1, 0.5, 0.8, 0.999]) expect(betaCdf(x, 0.5, 0.5)).toBeCloseTo((2 / Math.PI) * Math.asin(Math.sqrt(x)), 13);
    for (const p of [0.025, 0.5, 0.975]) expect(betaQuantile(p, 0.5, 0.5)).toBeCloseTo(Math.sin((Math.PI * p) / 2) ** 2, 12);
    expect(betaPdf(0.3, 0.5, 0.5)).toBeCloseTo(1 / (Math.PI * Math.sqrt(0.3 * 0.7)), 12);
    expect(betaPdf(0, 0.5, 0.5)).toBe(Infinity);
  });

  it('closed forms: I_x(1,b) = 1 − (1−x)^b and I_x(2,3) = 6x² − 8x³ + 3x⁴', () => {
    expect(betaCdf(0.2, 1, 7)).toBeCloseTo(1 - 0.8 ** 7, 14);
    expect(betaQuantile(0.5, 1, 7)).toBeCloseTo(1 - 0.5 ** (1 / 7), 12);
    const x = 0.35;
    expect(betaCdf(x, 2, 3)).toBeCloseTo(6 * x ** 2 - 8 * x ** 3 + 3 * x ** 4, 14);
    expect(betaPdf(0, 1, 7)).toBeCloseTo(7, 12);
  });

  it.each(SCIPY)('Beta(%f, %f) matches scipy', (a, b, q025, q975, cdf, pdf) => {
    expect(betaQuantile(0.025, a, b)).toBeCloseTo(q025, 11);
    expect(betaQuantile(0.975, a, b)).toBeCloseTo(q975, 11);
    expect(betaCdf(0.1, a, b)).toBeCloseTo(cdf, 12);
    expect(betaPdf(0.1, a, b) / pdf).toBeCloseTo(1, 10);
  });

  it('pdf integrates to 1 (midpoint rule) for an n = 800 null', () => {
    const a = 8;
    const b = 392;
    let s = 0;
    const N = 20000;
    for (let i = 0; i < N; i++) s += betaPdf((i + 0.5) / N, a, b) / N;
    expect(s).toBeCloseTo(1, 6);
  });

  it('rejects bad shapes and probabilities', () => {
    expect(() => betaCdf(0.5, 0, 1)).toThrow(/positive/);
    expect(() => betaQuantile(1.5, 1, 1)).toThrow(/p must/);
  });
});

describe('null model of ρ (docs/science.md §4)', () => {
  it('k = 16, n = 196: mean 0.0816 and the Beta(8, 90) interval', () => {
    const r = nullRho(16, 196);
    expect(r.a).toBe(8);
    expect(r.b).toBe(90);
    expect(r.mean).toBeCloseTo(0.0816, 4);
    expect(r.variance).toBeCloseTo((2 * 16 * 180) / (196 * 196 * 198), 15);
    // The Beta variance ab/((a+b)²(a+b+1)) is the same number.
    expect(r.variance).toBeCloseTo((8 * 90) / (98 * 98 * 99), 15);
    expect(r.lo).toBeCloseTo(0.036280249820163264, 11);
    expect(r.hi).toBeCloseTo(0.14304845576806904, 11);
  });

  it('§4 table: null ρ is 0.041 / 0.082 / 0.163 for k = 8 / 16 / 32 at n = 196', () => {
    expect(nullRho(8, 196).mean).toBeCloseTo(0.041, 3);
    expect(nullRho(16, 196).mean).toBeCloseTo(0.082, 3);
    expect(nullRho(32, 196).mean).toBeCloseTo(0.163, 3);
  });

  it('rejects k ≥ n', () => {
    expect(() => nullRho(3, 3)).toThrow(/1 ≤ k < n/);
  });

  it('ratios and their consistency', () => {
    const { rOn, rOff } = ratiosFromRho(0.1);
    expect(rOn).toBeCloseTo(1 / Math.sqrt(0.1), 14);
    expect(rOff).toBeCloseTo(1 / Math.sqrt(0.9), 14);
    expect(consistency(rOn, rOff)).toBeCloseTo(1, 14);
    // The reference reproduction (r_on 3.1, r_off 1.08) sits near 1: 0.104 + 0.857.
    expect(consistency(3.1, 1.08)).toBeCloseTo(0.9614, 3);
  });
});
