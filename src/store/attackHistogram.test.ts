import { describe, expect, it } from 'vitest';
import { densityHistogram } from './attackHistogram';

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
