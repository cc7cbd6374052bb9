import { describe, expect, it } from 'vitest';
import { densityHistogram, mean, median, quantile, stat } from './stats';

describe('densityHistogram', () => {
  it('is a density over [0, 1]: integrates to 1, puts 1 in the last bin, skips NaN and out-of-range', () => {
    const h = densityHistogram([0, 0.01, 0.26, 0.5, 1, NaN, -0.1, 1.5], 4);
    expect(Array.from(h.counts)).toEqual([2, 1, 1, 1]);
    expect(h.used).toBe(5);
    expect(h.density.reduce((s, d) => s + d * 0.25, 0)).toBeCloseTo(1, 12);
  });
  it('is all zero without values', () => {
    const h = densityHistogram([], 10);
    expect(h.used).toBe(0);
    expect(Array.from(h.density).every((d) => d === 0)).toBe(true);
  });
});

describe('summary statistics (finite values only)', () => {
  it('mean, median and R-7 quartiles by hand', () => {
    const v = [4, NaN, 1, 3, Infinity, 2];
    expect(mean(v)).toBe(2.5);
    expect(median(v)).toBe(2.5);
    expect(median([3, 1, 2])).toBe(2);
    expect(quantile(v, 0.25)).toBeCloseTo(1.75, 12);
    const s = stat([1, 2, 3, 4, null, undefined]);
    expect(s).toMatchObject({ count: 4, mean: 2.5, median: 2.5, q75: 3.25 });
    expect(s.sd).toBeCloseTo(Math.sqrt(5 / 3), 12);
  });
  it('NaN when nothing finite is left; sd needs two values', () => {
    expect(mean([])).toBeNaN();
    expect(median([NaN])).toBeNaN();
    expect(stat([7]).sd).toBeNaN();
    expect(stat([]).mean).toBeNaN();
  });
});
