import { describe, expect, it } from 'vitest';
import { norm2, normInf } from '../linalg';
import { createRng } from '../rng';
import { sampleL2Ball, sampleLinfBox } from './ballSampling';

describe('random starts (docs/science.md §7, §8)', () => {
  it.each([2, 3, 10])('L2 ball in n = %i: radius CDF is u^n (KS on 5,000 draws)', (n) => {
    const rng = createRng(n);
    const eps = 0.7;
    const N = 5000;
    const radii = Array.from({ length: N }, () => norm2(sampleL2Ball(n, eps, rng)) / eps).sort((a, b) => a - b);
    let D = 0;
    radii.forEach((u, i) => {
      const F = u ** n;
      D = Math.max(D, Math.abs(F - i / N), Math.abs(F - (i + 1) / N));
    });
    expect(radii[N - 1]).toBeLessThanOrEqual(1);
    expect(D).toBeLessThan(1.63 / Math.sqrt(N)); // KS critical value at the 1 % level
  });
  it('L2 ball directions are isotropic (mean near 0)', () => {
    const rng = createRng(5);
    const mean = new Float64Array(3);
    for (let t = 0; t < 5000; t++) sampleL2Ball(3, 1, rng).forEach((v, i) => (mean[i] += v / 5000));
    expect(normInf(mean)).toBeLessThan(0.03);
  });
  it('Linf box: inside [-eps, eps]^n and uniform per coordinate', () => {
    const rng = createRng(1);
    const xs = Array.from({ length: 5000 }, () => sampleLinfBox(4, 0.3, rng));
    expect(Math.max(...xs.map((x) => normInf(x)))).toBeLessThanOrEqual(0.3);
    const below = xs.filter((x) => x[0] < 0.15).length / xs.length;
    expect(below).toBeCloseTo(0.75, 1);
  });
});
